from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.cell_output import CellOutput
from ...types import Response


def _get_kwargs(
    cell_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cells/{cell_id}/output".format(
            cell_id=quote(str(cell_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CellOutput | str | None:
    if response.status_code == 200:
        response_200 = CellOutput.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

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


def _parse_success(response: httpx.Response) -> CellOutput:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = CellOutput.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CellOutput | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_cell_output (GET /v1/cells/{cell_id}/output)",
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
) -> Response[ApiError | CellOutput | str]:
    """Get a SQL cell's latest output

     Returns the output preview of a SQL cell from its latest run in the project's draft
    notebook: the first rows of its result (every value as a string, or `null`), or the error
    the cell ended with. The cell may be named by its id or its static id. Hex marks this
    operation unstable.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CellOutput | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CellOutput | str | None:
    """Get a SQL cell's latest output

     Returns the output preview of a SQL cell from its latest run in the project's draft
    notebook: the first rows of its result (every value as a string, or `null`), or the error
    the cell ended with. The cell may be named by its id or its static id. Hex marks this
    operation unstable.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CellOutput | str
    """

    return sync_detailed(
        cell_id=cell_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CellOutput | str]:
    """Get a SQL cell's latest output

     Returns the output preview of a SQL cell from its latest run in the project's draft
    notebook: the first rows of its result (every value as a string, or `null`), or the error
    the cell ended with. The cell may be named by its id or its static id. Hex marks this
    operation unstable.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CellOutput | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CellOutput | str | None:
    """Get a SQL cell's latest output

     Returns the output preview of a SQL cell from its latest run in the project's draft
    notebook: the first rows of its result (every value as a string, or `null`), or the error
    the cell ended with. The cell may be named by its id or its static id. Hex marks this
    operation unstable.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CellOutput | str
    """

    return (
        await asyncio_detailed(
            cell_id=cell_id,
            client=client,
        )
    ).parsed
