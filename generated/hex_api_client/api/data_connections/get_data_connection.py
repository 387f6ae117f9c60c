from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_connection import DataConnection
from ...types import Response


def _get_kwargs(
    data_connection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data-connections/{data_connection_id}".format(
            data_connection_id=quote(str(data_connection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DataConnection | str | None:
    if response.status_code == 200:
        response_200 = DataConnection.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DataConnection:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = DataConnection.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DataConnection | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_data_connection (GET /v1/data-connections/{data_connection_id})",
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
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DataConnection | str]:
    """Get one data connection

     Returns one data connection in full: its non-secret connection settings, flags, schema
    filters, schema refresh schedule and sharing. Passwords, keys and tokens are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataConnection | str]
    """

    kwargs = _get_kwargs(
        data_connection_id=data_connection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DataConnection | str | None:
    """Get one data connection

     Returns one data connection in full: its non-secret connection settings, flags, schema
    filters, schema refresh schedule and sharing. Passwords, keys and tokens are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataConnection | str
    """

    return sync_detailed(
        data_connection_id=data_connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DataConnection | str]:
    """Get one data connection

     Returns one data connection in full: its non-secret connection settings, flags, schema
    filters, schema refresh schedule and sharing. Passwords, keys and tokens are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataConnection | str]
    """

    kwargs = _get_kwargs(
        data_connection_id=data_connection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DataConnection | str | None:
    """Get one data connection

     Returns one data connection in full: its non-secret connection settings, flags, schema
    filters, schema refresh schedule and sharing. Passwords, keys and tokens are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataConnection | str
    """

    return (
        await asyncio_detailed(
            data_connection_id=data_connection_id,
            client=client,
        )
    ).parsed
