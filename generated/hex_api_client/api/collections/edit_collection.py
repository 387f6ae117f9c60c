from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.edit_collection_request import EditCollectionRequest
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    collection_id: UUID,
    *,
    body: EditCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Collection | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = Collection.from_dict(response.json())

        return response_200

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


def _parse_success(response: httpx.Response) -> Collection:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = Collection.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Collection | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "edit_collection (PATCH /v1/collections/{collection_id})",
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
    collection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionRequest,
) -> Response[Collection | TsoaError | str]:
    """Rename, describe or re-share a collection

     Changes a collection's name or description, and adds or updates who it is shared with.
    Sharing changes are wrapped in `sharing.upsert`; principals that are not mentioned keep the
    access they have.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        collection_id (UUID): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        body (EditCollectionRequest): The changes to make to a collection; omitted fields stay as
            they are. Example: {'name': 'Finance (FY25)', 'sharing': {'upsert': {'workspace':
            {'members': 'MEMBER'}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | TsoaError | str]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionRequest,
) -> Collection | TsoaError | str | None:
    """Rename, describe or re-share a collection

     Changes a collection's name or description, and adds or updates who it is shared with.
    Sharing changes are wrapped in `sharing.upsert`; principals that are not mentioned keep the
    access they have.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        collection_id (UUID): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        body (EditCollectionRequest): The changes to make to a collection; omitted fields stay as
            they are. Example: {'name': 'Finance (FY25)', 'sharing': {'upsert': {'workspace':
            {'members': 'MEMBER'}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection | TsoaError | str
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionRequest,
) -> Response[Collection | TsoaError | str]:
    """Rename, describe or re-share a collection

     Changes a collection's name or description, and adds or updates who it is shared with.
    Sharing changes are wrapped in `sharing.upsert`; principals that are not mentioned keep the
    access they have.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        collection_id (UUID): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        body (EditCollectionRequest): The changes to make to a collection; omitted fields stay as
            they are. Example: {'name': 'Finance (FY25)', 'sharing': {'upsert': {'workspace':
            {'members': 'MEMBER'}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | TsoaError | str]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionRequest,
) -> Collection | TsoaError | str | None:
    """Rename, describe or re-share a collection

     Changes a collection's name or description, and adds or updates who it is shared with.
    Sharing changes are wrapped in `sharing.upsert`; principals that are not mentioned keep the
    access they have.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        collection_id (UUID): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        body (EditCollectionRequest): The changes to make to a collection; omitted fields stay as
            they are. Example: {'name': 'Finance (FY25)', 'sharing': {'upsert': {'workspace':
            {'members': 'MEMBER'}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection | TsoaError | str
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
