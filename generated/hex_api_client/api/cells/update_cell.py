from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.cell import Cell
from ...models.update_cell_request import UpdateCellRequest
from ...types import Response


def _get_kwargs(
    cell_id: UUID,
    *,
    body: UpdateCellRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/cells/{cell_id}".format(
            cell_id=quote(str(cell_id), safe=""),
        ),
    }

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
            "update_cell (PATCH /v1/cells/{cell_id})",
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
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCellRequest,
) -> Response[ApiError | Cell | str]:
    """Change a cell's source or data connection

     Updates a draft cell in place. On SQL cells the source, the output dataframe name and the
    data connection can change (send `dataConnectionId: null` to detach the connection); on code
    and markdown cells only the source can. Returns the cell as it is after the change.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        body (UpdateCellRequest): The changes to make to a cell; omitted fields stay as they are.
            Example: {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents':
            {'sqlCell': {'source': 'select * from orders where amount > 0'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Cell | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCellRequest,
) -> ApiError | Cell | str | None:
    """Change a cell's source or data connection

     Updates a draft cell in place. On SQL cells the source, the output dataframe name and the
    data connection can change (send `dataConnectionId: null` to detach the connection); on code
    and markdown cells only the source can. Returns the cell as it is after the change.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        body (UpdateCellRequest): The changes to make to a cell; omitted fields stay as they are.
            Example: {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents':
            {'sqlCell': {'source': 'select * from orders where amount > 0'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Cell | str
    """

    return sync_detailed(
        cell_id=cell_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCellRequest,
) -> Response[ApiError | Cell | str]:
    """Change a cell's source or data connection

     Updates a draft cell in place. On SQL cells the source, the output dataframe name and the
    data connection can change (send `dataConnectionId: null` to detach the connection); on code
    and markdown cells only the source can. Returns the cell as it is after the change.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        body (UpdateCellRequest): The changes to make to a cell; omitted fields stay as they are.
            Example: {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents':
            {'sqlCell': {'source': 'select * from orders where amount > 0'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Cell | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCellRequest,
) -> ApiError | Cell | str | None:
    """Change a cell's source or data connection

     Updates a draft cell in place. On SQL cells the source, the output dataframe name and the
    data connection can change (send `dataConnectionId: null` to detach the connection); on code
    and markdown cells only the source can. Returns the cell as it is after the change.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        body (UpdateCellRequest): The changes to make to a cell; omitted fields stay as they are.
            Example: {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents':
            {'sqlCell': {'source': 'select * from orders where amount > 0'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Cell | str
    """

    return (
        await asyncio_detailed(
            cell_id=cell_id,
            client=client,
            body=body,
        )
    ).parsed
