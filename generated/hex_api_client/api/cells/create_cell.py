from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.cell import Cell
from ...models.create_code_cell_request import CreateCodeCellRequest
from ...models.create_markdown_cell_request import CreateMarkdownCellRequest
from ...models.create_sql_cell_request import CreateSqlCellRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cells",
    }

    if isinstance(body, CreateCodeCellRequest) or isinstance(
        body, CreateSqlCellRequest
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Cell | str | None:
    if response.status_code == 200:
        response_200 = Cell.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> Cell:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = Cell.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Cell | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_cell (POST /v1/cells)",
            response.status_code,
            response.content,
            error,
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
) -> Response[ApiError | Cell | str]:
    """Add a cell to a project's draft

     Adds a code, SQL or markdown cell to the draft version of a project. `contents` must hold
    exactly the entry that matches `cellType`. Without `location` the cell is appended at the end
    of the project. Needs edit rights on the project.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        body (CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest): A new
            cell for a project's draft: `cellType` picks the variant, and `contents` holds exactly
            that variant's entry (`codeCell` for CODE, `sqlCell` for SQL, `markdownCell` for
            MARKDOWN). Example: {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'cellType':
            'SQL', 'label': 'Orders', 'contents': {'sqlCell': {'source': 'select * from orders',
            'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}, 'location':
            {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Cell | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
) -> ApiError | Cell | str | None:
    """Add a cell to a project's draft

     Adds a code, SQL or markdown cell to the draft version of a project. `contents` must hold
    exactly the entry that matches `cellType`. Without `location` the cell is appended at the end
    of the project. Needs edit rights on the project.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        body (CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest): A new
            cell for a project's draft: `cellType` picks the variant, and `contents` holds exactly
            that variant's entry (`codeCell` for CODE, `sqlCell` for SQL, `markdownCell` for
            MARKDOWN). Example: {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'cellType':
            'SQL', 'label': 'Orders', 'contents': {'sqlCell': {'source': 'select * from orders',
            'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}, 'location':
            {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Cell | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
) -> Response[ApiError | Cell | str]:
    """Add a cell to a project's draft

     Adds a code, SQL or markdown cell to the draft version of a project. `contents` must hold
    exactly the entry that matches `cellType`. Without `location` the cell is appended at the end
    of the project. Needs edit rights on the project.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        body (CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest): A new
            cell for a project's draft: `cellType` picks the variant, and `contents` holds exactly
            that variant's entry (`codeCell` for CODE, `sqlCell` for SQL, `markdownCell` for
            MARKDOWN). Example: {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'cellType':
            'SQL', 'label': 'Orders', 'contents': {'sqlCell': {'source': 'select * from orders',
            'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}, 'location':
            {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Cell | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
) -> ApiError | Cell | str | None:
    """Add a cell to a project's draft

     Adds a code, SQL or markdown cell to the draft version of a project. `contents` must hold
    exactly the entry that matches `cellType`. Without `location` the cell is appended at the end
    of the project. Needs edit rights on the project.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        body (CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest): A new
            cell for a project's draft: `cellType` picks the variant, and `contents` holds exactly
            that variant's entry (`codeCell` for CODE, `sqlCell` for SQL, `markdownCell` for
            MARKDOWN). Example: {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'cellType':
            'SQL', 'label': 'Orders', 'contents': {'sqlCell': {'source': 'select * from orders',
            'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}, 'location':
            {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Cell | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
