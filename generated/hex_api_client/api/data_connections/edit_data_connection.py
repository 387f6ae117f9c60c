from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_connection import DataConnection
from ...models.edit_data_connection_request import EditDataConnectionRequest
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    data_connection_id: UUID,
    *,
    body: EditDataConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/data-connections/{data_connection_id}".format(
            data_connection_id=quote(str(data_connection_id), safe=""),
        ),
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
            "edit_data_connection (PATCH /v1/data-connections/{data_connection_id})",
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
    body: EditDataConnectionRequest,
) -> Response[DataConnection | TsoaError | str]:
    """Edit a data connection

     Changes a data connection: fields left out keep their values. Settings and secrets in
    `connectionDetails` are merged into the stored ones, under the key of the connection's own
    type (its type cannot change). `schemaRefreshSchedule: null` removes the schedule. Group
    grants in `sharing.groups.upsert` are added or replaced (`NONE` takes a group's access
    away). Hex answers 201, not 200. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (EditDataConnectionRequest): Changes to a data connection; fields left out keep their
            values. Example: {'name': 'Analytics warehouse (read replica)', 'connectionDetails':
            {'postgres': {'hostname': 'replica.example.com', 'password': 'new-password'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataConnection | TsoaError | str]
    """

    kwargs = _get_kwargs(
        data_connection_id=data_connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditDataConnectionRequest,
) -> DataConnection | TsoaError | str | None:
    """Edit a data connection

     Changes a data connection: fields left out keep their values. Settings and secrets in
    `connectionDetails` are merged into the stored ones, under the key of the connection's own
    type (its type cannot change). `schemaRefreshSchedule: null` removes the schedule. Group
    grants in `sharing.groups.upsert` are added or replaced (`NONE` takes a group's access
    away). Hex answers 201, not 200. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (EditDataConnectionRequest): Changes to a data connection; fields left out keep their
            values. Example: {'name': 'Analytics warehouse (read replica)', 'connectionDetails':
            {'postgres': {'hostname': 'replica.example.com', 'password': 'new-password'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataConnection | TsoaError | str
    """

    return sync_detailed(
        data_connection_id=data_connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditDataConnectionRequest,
) -> Response[DataConnection | TsoaError | str]:
    """Edit a data connection

     Changes a data connection: fields left out keep their values. Settings and secrets in
    `connectionDetails` are merged into the stored ones, under the key of the connection's own
    type (its type cannot change). `schemaRefreshSchedule: null` removes the schedule. Group
    grants in `sharing.groups.upsert` are added or replaced (`NONE` takes a group's access
    away). Hex answers 201, not 200. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (EditDataConnectionRequest): Changes to a data connection; fields left out keep their
            values. Example: {'name': 'Analytics warehouse (read replica)', 'connectionDetails':
            {'postgres': {'hostname': 'replica.example.com', 'password': 'new-password'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataConnection | TsoaError | str]
    """

    kwargs = _get_kwargs(
        data_connection_id=data_connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditDataConnectionRequest,
) -> DataConnection | TsoaError | str | None:
    """Edit a data connection

     Changes a data connection: fields left out keep their values. Settings and secrets in
    `connectionDetails` are merged into the stored ones, under the key of the connection's own
    type (its type cannot change). `schemaRefreshSchedule: null` removes the schedule. Group
    grants in `sharing.groups.upsert` are added or replaced (`NONE` takes a group's access
    away). Hex answers 201, not 200. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (EditDataConnectionRequest): Changes to a data connection; fields left out keep their
            values. Example: {'name': 'Analytics warehouse (read replica)', 'connectionDetails':
            {'postgres': {'hostname': 'replica.example.com', 'password': 'new-password'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataConnection | TsoaError | str
    """

    return (
        await asyncio_detailed(
            data_connection_id=data_connection_id,
            client=client,
            body=body,
        )
    ).parsed
