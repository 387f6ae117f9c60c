from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_connection_list import DataConnectionList
from ...models.data_connection_sort_by import DataConnectionSortBy
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data-connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DataConnectionList | str | None:
    if response.status_code == 200:
        response_200 = DataConnectionList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DataConnectionList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = DataConnectionList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DataConnectionList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "list_data_connections (GET /v1/data-connections)",
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
) -> Response[ApiError | DataConnectionList | str]:
    """List data connections

     Pages through the workspace's data connections, by default ordered by name, A to Z. Each
    item is either the full connection (settings, schema filters, refresh schedule, sharing) or
    a reduced form with only id, name, type and description. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        sort_by (DataConnectionSortBy | Unset): The fields data connections can be ordered by.
            Default: DataConnectionSortBy.NAME. Example: CREATED_AT.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataConnectionList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
) -> ApiError | DataConnectionList | str | None:
    """List data connections

     Pages through the workspace's data connections, by default ordered by name, A to Z. Each
    item is either the full connection (settings, schema filters, refresh schedule, sharing) or
    a reduced form with only id, name, type and description. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        sort_by (DataConnectionSortBy | Unset): The fields data connections can be ordered by.
            Default: DataConnectionSortBy.NAME. Example: CREATED_AT.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataConnectionList | str
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
) -> Response[ApiError | DataConnectionList | str]:
    """List data connections

     Pages through the workspace's data connections, by default ordered by name, A to Z. Each
    item is either the full connection (settings, schema filters, refresh schedule, sharing) or
    a reduced form with only id, name, type and description. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        sort_by (DataConnectionSortBy | Unset): The fields data connections can be ordered by.
            Default: DataConnectionSortBy.NAME. Example: CREATED_AT.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataConnectionList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
) -> ApiError | DataConnectionList | str | None:
    """List data connections

     Pages through the workspace's data connections, by default ordered by name, A to Z. Each
    item is either the full connection (settings, schema filters, refresh schedule, sharing) or
    a reduced form with only id, name, type and description. Secrets are never returned.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        sort_by (DataConnectionSortBy | Unset): The fields data connections can be ordered by.
            Default: DataConnectionSortBy.NAME. Example: CREATED_AT.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataConnectionList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
