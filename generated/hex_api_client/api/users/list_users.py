from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sort_direction import SortDirection
from ...models.user_list import UserList
from ...models.user_sort_by import UserSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: UserSortBy | Unset = UserSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
    group_id: UUID | Unset = UNSET,
    user_ids: str | Unset = UNSET,
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

    json_group_id: str | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = str(group_id)
    params["groupId"] = json_group_id

    params["userIds"] = user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | UserList | str | None:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UserList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UserList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | UserList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "list_users (GET /v1/users)", response.status_code, response.content, error
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
    sort_by: UserSortBy | Unset = UserSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
    group_id: UUID | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> Response[ApiError | UserList | str]:
    """List workspace users

     Pages through the workspace's users, by default ordered by name, A to Z. Narrow the list to
    the members of one group with `groupId` (an unknown group gives a 404), or to specific users
    with `userIds`. Pages may hold up to 500 users.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page, for lists that allow larger pages. Example:
            100.
        sort_by (UserSortBy | Unset): The fields users can be ordered by. Default:
            UserSortBy.NAME. Example: EMAIL.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.
        group_id (UUID | Unset): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        user_ids (str | Unset):  Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b,9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        group_id=group_id,
        user_ids=user_ids,
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
    sort_by: UserSortBy | Unset = UserSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
    group_id: UUID | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> ApiError | UserList | str | None:
    """List workspace users

     Pages through the workspace's users, by default ordered by name, A to Z. Narrow the list to
    the members of one group with `groupId` (an unknown group gives a 404), or to specific users
    with `userIds`. Pages may hold up to 500 users.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page, for lists that allow larger pages. Example:
            100.
        sort_by (UserSortBy | Unset): The fields users can be ordered by. Default:
            UserSortBy.NAME. Example: EMAIL.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.
        group_id (UUID | Unset): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        user_ids (str | Unset):  Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b,9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserList | str
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        group_id=group_id,
        user_ids=user_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: UserSortBy | Unset = UserSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
    group_id: UUID | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> Response[ApiError | UserList | str]:
    """List workspace users

     Pages through the workspace's users, by default ordered by name, A to Z. Narrow the list to
    the members of one group with `groupId` (an unknown group gives a 404), or to specific users
    with `userIds`. Pages may hold up to 500 users.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page, for lists that allow larger pages. Example:
            100.
        sort_by (UserSortBy | Unset): The fields users can be ordered by. Default:
            UserSortBy.NAME. Example: EMAIL.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.
        group_id (UUID | Unset): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        user_ids (str | Unset):  Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b,9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        group_id=group_id,
        user_ids=user_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: UserSortBy | Unset = UserSortBy.NAME,
    sort_direction: SortDirection | Unset = SortDirection.ASC,
    group_id: UUID | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> ApiError | UserList | str | None:
    """List workspace users

     Pages through the workspace's users, by default ordered by name, A to Z. Narrow the list to
    the members of one group with `groupId` (an unknown group gives a 404), or to specific users
    with `userIds`. Pages may hold up to 500 users.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page, for lists that allow larger pages. Example:
            100.
        sort_by (UserSortBy | Unset): The fields users can be ordered by. Default:
            UserSortBy.NAME. Example: EMAIL.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.ASC. Example:
            DESC.
        group_id (UUID | Unset): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        user_ids (str | Unset):  Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b,9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            group_id=group_id,
            user_ids=user_ids,
        )
    ).parsed
