from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schema_update_refusal import SchemaUpdateRefusal
from ...models.tsoa_error import TsoaError
from ...models.update_data_connection_schema_request import (
    UpdateDataConnectionSchemaRequest,
)
from ...models.update_data_connection_schema_response import (
    UpdateDataConnectionSchemaResponse,
)
from ...types import Response


def _get_kwargs(
    data_connection_id: UUID,
    *,
    body: UpdateDataConnectionSchemaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/data-connections/{data_connection_id}/schema".format(
            data_connection_id=quote(str(data_connection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str | None:
    if response.status_code == 200:
        response_200 = UpdateDataConnectionSchemaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> SchemaUpdateRefusal | TsoaError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = SchemaUpdateRefusal.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = TsoaError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = TsoaError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SchemaUpdateRefusal.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UpdateDataConnectionSchemaResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UpdateDataConnectionSchemaResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "update_data_connection_schema (PATCH /v1/data-connections/{data_connection_id}/schema)",
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
    body: UpdateDataConnectionSchemaRequest,
) -> Response[
    SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str
]:
    """Set statuses on a connection's databases, schemas and tables

     Sets or clears (`status: null`) the status, endorsed ones included, of databases, schemas
    and tables in the connection's catalog. A DATABASE is named plainly (`analytics`), a SCHEMA
    and a TABLE by their qualified names (`analytics.public`, `analytics.public.orders`). All or
    nothing: if any update is refused, none is applied, and the error's `details` list every
    refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (UpdateDataConnectionSchemaRequest): Status updates, applied all together or not at
            all. Example: {'updates': [{'type': 'TABLE', 'name': 'analytics.public.orders', 'status':
            'Certified'}, {'type': 'SCHEMA', 'name': 'analytics.staging', 'status': None}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaUpdateRefusal | SchemaUpdateRefusal | TsoaError | TsoaError | UpdateDataConnectionSchemaResponse | str]
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
    body: UpdateDataConnectionSchemaRequest,
) -> SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str | None:
    """Set statuses on a connection's databases, schemas and tables

     Sets or clears (`status: null`) the status, endorsed ones included, of databases, schemas
    and tables in the connection's catalog. A DATABASE is named plainly (`analytics`), a SCHEMA
    and a TABLE by their qualified names (`analytics.public`, `analytics.public.orders`). All or
    nothing: if any update is refused, none is applied, and the error's `details` list every
    refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (UpdateDataConnectionSchemaRequest): Status updates, applied all together or not at
            all. Example: {'updates': [{'type': 'TABLE', 'name': 'analytics.public.orders', 'status':
            'Certified'}, {'type': 'SCHEMA', 'name': 'analytics.staging', 'status': None}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaUpdateRefusal | SchemaUpdateRefusal | TsoaError | TsoaError | UpdateDataConnectionSchemaResponse | str
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
    body: UpdateDataConnectionSchemaRequest,
) -> Response[
    SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str
]:
    """Set statuses on a connection's databases, schemas and tables

     Sets or clears (`status: null`) the status, endorsed ones included, of databases, schemas
    and tables in the connection's catalog. A DATABASE is named plainly (`analytics`), a SCHEMA
    and a TABLE by their qualified names (`analytics.public`, `analytics.public.orders`). All or
    nothing: if any update is refused, none is applied, and the error's `details` list every
    refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (UpdateDataConnectionSchemaRequest): Status updates, applied all together or not at
            all. Example: {'updates': [{'type': 'TABLE', 'name': 'analytics.public.orders', 'status':
            'Certified'}, {'type': 'SCHEMA', 'name': 'analytics.staging', 'status': None}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaUpdateRefusal | SchemaUpdateRefusal | TsoaError | TsoaError | UpdateDataConnectionSchemaResponse | str]
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
    body: UpdateDataConnectionSchemaRequest,
) -> SchemaUpdateRefusal | TsoaError | UpdateDataConnectionSchemaResponse | str | None:
    """Set statuses on a connection's databases, schemas and tables

     Sets or clears (`status: null`) the status, endorsed ones included, of databases, schemas
    and tables in the connection's catalog. A DATABASE is named plainly (`analytics`), a SCHEMA
    and a TABLE by their qualified names (`analytics.public`, `analytics.public.orders`). All or
    nothing: if any update is refused, none is applied, and the error's `details` list every
    refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        data_connection_id (UUID): The id of a data connection. Example:
            c8f815c8-88c2-4dea-981f-69f544d6165d.
        body (UpdateDataConnectionSchemaRequest): Status updates, applied all together or not at
            all. Example: {'updates': [{'type': 'TABLE', 'name': 'analytics.public.orders', 'status':
            'Certified'}, {'type': 'SCHEMA', 'name': 'analytics.staging', 'status': None}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaUpdateRefusal | SchemaUpdateRefusal | TsoaError | TsoaError | UpdateDataConnectionSchemaResponse | str
    """

    return (
        await asyncio_detailed(
            data_connection_id=data_connection_id,
            client=client,
            body=body,
        )
    ).parsed
