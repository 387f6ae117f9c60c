from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_data_connection_request import CreateDataConnectionRequest
from ...models.data_connection import DataConnection
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateDataConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data-connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataConnection | TsoaError | str | None:
    if response.status_code == 201:
        response_201 = DataConnection.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = TsoaError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = TsoaError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TsoaError.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = TsoaError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = TsoaError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = TsoaError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = TsoaError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TsoaError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TsoaError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> DataConnection:
    """The body of a 201 response as its model (for the resource layer)."""
    response_201 = DataConnection.from_dict(response.json())

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataConnection | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_data_connection (POST /v1/data-connections)",
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
    body: CreateDataConnectionRequest,
) -> Response[DataConnection | TsoaError | str]:
    """Create a data connection

     Creates a workspace data connection of the given `type`. `connectionDetails` holds the
    connection's settings and secrets under the one key that names its type (`{"postgres":
    {...}}`); a key of another type is refused with 422. Secrets (passwords, keys, tokens,
    certificates) are write-only: the response, like every later read, carries only the
    non-secret settings. Unless `sharing` says otherwise, workspace members may query the
    connection.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateDataConnectionRequest): A new data connection. Example: {'name': 'Analytics
            warehouse', 'type': 'postgres', 'connectionDetails': {'postgres': {'username':
            'hex_reader', 'password': 'correct-horse-battery-staple', 'database': 'analytics', 'port':
            5432, 'hostname': 'db.example.com'}}, 'sharing': {'workspace': {'members': 'QUERY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataConnection | TsoaError | str]
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
    body: CreateDataConnectionRequest,
) -> DataConnection | TsoaError | str | None:
    """Create a data connection

     Creates a workspace data connection of the given `type`. `connectionDetails` holds the
    connection's settings and secrets under the one key that names its type (`{"postgres":
    {...}}`); a key of another type is refused with 422. Secrets (passwords, keys, tokens,
    certificates) are write-only: the response, like every later read, carries only the
    non-secret settings. Unless `sharing` says otherwise, workspace members may query the
    connection.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateDataConnectionRequest): A new data connection. Example: {'name': 'Analytics
            warehouse', 'type': 'postgres', 'connectionDetails': {'postgres': {'username':
            'hex_reader', 'password': 'correct-horse-battery-staple', 'database': 'analytics', 'port':
            5432, 'hostname': 'db.example.com'}}, 'sharing': {'workspace': {'members': 'QUERY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataConnection | TsoaError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataConnectionRequest,
) -> Response[DataConnection | TsoaError | str]:
    """Create a data connection

     Creates a workspace data connection of the given `type`. `connectionDetails` holds the
    connection's settings and secrets under the one key that names its type (`{"postgres":
    {...}}`); a key of another type is refused with 422. Secrets (passwords, keys, tokens,
    certificates) are write-only: the response, like every later read, carries only the
    non-secret settings. Unless `sharing` says otherwise, workspace members may query the
    connection.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateDataConnectionRequest): A new data connection. Example: {'name': 'Analytics
            warehouse', 'type': 'postgres', 'connectionDetails': {'postgres': {'username':
            'hex_reader', 'password': 'correct-horse-battery-staple', 'database': 'analytics', 'port':
            5432, 'hostname': 'db.example.com'}}, 'sharing': {'workspace': {'members': 'QUERY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataConnection | TsoaError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataConnectionRequest,
) -> DataConnection | TsoaError | str | None:
    """Create a data connection

     Creates a workspace data connection of the given `type`. `connectionDetails` holds the
    connection's settings and secrets under the one key that names its type (`{"postgres":
    {...}}`); a key of another type is refused with 422. Secrets (passwords, keys, tokens,
    certificates) are write-only: the response, like every later read, carries only the
    non-secret settings. Unless `sharing` says otherwise, workspace members may query the
    connection.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateDataConnectionRequest): A new data connection. Example: {'name': 'Analytics
            warehouse', 'type': 'postgres', 'connectionDetails': {'postgres': {'username':
            'hex_reader', 'password': 'correct-horse-battery-staple', 'database': 'analytics', 'port':
            5432, 'hostname': 'db.example.com'}}, 'sharing': {'workspace': {'members': 'QUERY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataConnection | TsoaError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
