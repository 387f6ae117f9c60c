from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_list import ProjectList
from ...models.project_sort_by import ProjectSortBy
from ...models.sort_direction import SortDirection
from ...models.tsoa_error import TsoaError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_archived: bool | Unset = False,
    include_components: bool | Unset = False,
    include_trashed: bool | Unset = False,
    include_sharing: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    creator_email: str | Unset = UNSET,
    owner_email: str | Unset = UNSET,
    collection_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeArchived"] = include_archived

    params["includeComponents"] = include_components

    params["includeTrashed"] = include_trashed

    params["includeSharing"] = include_sharing

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = statuses

    params["statuses"] = json_statuses

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories"] = json_categories

    params["creatorEmail"] = creator_email

    params["ownerEmail"] = owner_email

    json_collection_id: str | Unset = UNSET
    if not isinstance(collection_id, Unset):
        json_collection_id = str(collection_id)
    params["collectionId"] = json_collection_id

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

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
        "url": "/v1/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectList | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = ProjectList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> ProjectList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ProjectList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectList | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "list_projects (GET /v1/projects)",
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
    include_archived: bool | Unset = False,
    include_components: bool | Unset = False,
    include_trashed: bool | Unset = False,
    include_sharing: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    creator_email: str | Unset = UNSET,
    owner_email: str | Unset = UNSET,
    collection_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ProjectList | TsoaError | str]:
    """List projects

     Returns one page of the projects the caller is allowed to see, newest-created first unless
    `sortBy` / `sortDirection` say otherwise. Archived projects, trashed projects and components
    are left out unless asked for, and each project's sharing is only included with
    `includeSharing=true`. The remaining filters narrow the list by status name, category name,
    creator, owner or collection. Page through the results with the `pagination` cursors.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        include_archived (bool | Unset): Also return archived projects. Default: False.
        include_components (bool | Unset): Also return components (items with `type` `COMPONENT`).
            Default: False.
        include_trashed (bool | Unset): Also return projects that are in the trash. Default:
            False.
        include_sharing (bool | Unset): Add each project's `sharing` to the response. Default:
            False.
        statuses (list[str] | Unset): Only return projects whose status has one of these names.
            Repeat the parameter for several.
        categories (list[str] | Unset): Only return projects that carry one of these category
            names. Repeat the parameter for several.
        creator_email (str | Unset): Only return projects created by the user with this email
            address.
        owner_email (str | Unset): Only return projects owned by the user with this email address.
        collection_id (UUID | Unset): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        sort_by (ProjectSortBy | Unset): The timestamp a project list is ordered by. Example:
            LAST_EDITED_AT.
        sort_direction (SortDirection | Unset): Sort order. Example: DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        include_archived=include_archived,
        include_components=include_components,
        include_trashed=include_trashed,
        include_sharing=include_sharing,
        statuses=statuses,
        categories=categories,
        creator_email=creator_email,
        owner_email=owner_email,
        collection_id=collection_id,
        limit=limit,
        after=after,
        before=before,
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
    include_archived: bool | Unset = False,
    include_components: bool | Unset = False,
    include_trashed: bool | Unset = False,
    include_sharing: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    creator_email: str | Unset = UNSET,
    owner_email: str | Unset = UNSET,
    collection_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ProjectList | TsoaError | str | None:
    """List projects

     Returns one page of the projects the caller is allowed to see, newest-created first unless
    `sortBy` / `sortDirection` say otherwise. Archived projects, trashed projects and components
    are left out unless asked for, and each project's sharing is only included with
    `includeSharing=true`. The remaining filters narrow the list by status name, category name,
    creator, owner or collection. Page through the results with the `pagination` cursors.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        include_archived (bool | Unset): Also return archived projects. Default: False.
        include_components (bool | Unset): Also return components (items with `type` `COMPONENT`).
            Default: False.
        include_trashed (bool | Unset): Also return projects that are in the trash. Default:
            False.
        include_sharing (bool | Unset): Add each project's `sharing` to the response. Default:
            False.
        statuses (list[str] | Unset): Only return projects whose status has one of these names.
            Repeat the parameter for several.
        categories (list[str] | Unset): Only return projects that carry one of these category
            names. Repeat the parameter for several.
        creator_email (str | Unset): Only return projects created by the user with this email
            address.
        owner_email (str | Unset): Only return projects owned by the user with this email address.
        collection_id (UUID | Unset): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        sort_by (ProjectSortBy | Unset): The timestamp a project list is ordered by. Example:
            LAST_EDITED_AT.
        sort_direction (SortDirection | Unset): Sort order. Example: DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectList | TsoaError | str
    """

    return sync_detailed(
        client=client,
        include_archived=include_archived,
        include_components=include_components,
        include_trashed=include_trashed,
        include_sharing=include_sharing,
        statuses=statuses,
        categories=categories,
        creator_email=creator_email,
        owner_email=owner_email,
        collection_id=collection_id,
        limit=limit,
        after=after,
        before=before,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    include_components: bool | Unset = False,
    include_trashed: bool | Unset = False,
    include_sharing: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    creator_email: str | Unset = UNSET,
    owner_email: str | Unset = UNSET,
    collection_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ProjectList | TsoaError | str]:
    """List projects

     Returns one page of the projects the caller is allowed to see, newest-created first unless
    `sortBy` / `sortDirection` say otherwise. Archived projects, trashed projects and components
    are left out unless asked for, and each project's sharing is only included with
    `includeSharing=true`. The remaining filters narrow the list by status name, category name,
    creator, owner or collection. Page through the results with the `pagination` cursors.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        include_archived (bool | Unset): Also return archived projects. Default: False.
        include_components (bool | Unset): Also return components (items with `type` `COMPONENT`).
            Default: False.
        include_trashed (bool | Unset): Also return projects that are in the trash. Default:
            False.
        include_sharing (bool | Unset): Add each project's `sharing` to the response. Default:
            False.
        statuses (list[str] | Unset): Only return projects whose status has one of these names.
            Repeat the parameter for several.
        categories (list[str] | Unset): Only return projects that carry one of these category
            names. Repeat the parameter for several.
        creator_email (str | Unset): Only return projects created by the user with this email
            address.
        owner_email (str | Unset): Only return projects owned by the user with this email address.
        collection_id (UUID | Unset): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        sort_by (ProjectSortBy | Unset): The timestamp a project list is ordered by. Example:
            LAST_EDITED_AT.
        sort_direction (SortDirection | Unset): Sort order. Example: DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        include_archived=include_archived,
        include_components=include_components,
        include_trashed=include_trashed,
        include_sharing=include_sharing,
        statuses=statuses,
        categories=categories,
        creator_email=creator_email,
        owner_email=owner_email,
        collection_id=collection_id,
        limit=limit,
        after=after,
        before=before,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    include_components: bool | Unset = False,
    include_trashed: bool | Unset = False,
    include_sharing: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    creator_email: str | Unset = UNSET,
    owner_email: str | Unset = UNSET,
    collection_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ProjectList | TsoaError | str | None:
    """List projects

     Returns one page of the projects the caller is allowed to see, newest-created first unless
    `sortBy` / `sortDirection` say otherwise. Archived projects, trashed projects and components
    are left out unless asked for, and each project's sharing is only included with
    `includeSharing=true`. The remaining filters narrow the list by status name, category name,
    creator, owner or collection. Page through the results with the `pagination` cursors.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        include_archived (bool | Unset): Also return archived projects. Default: False.
        include_components (bool | Unset): Also return components (items with `type` `COMPONENT`).
            Default: False.
        include_trashed (bool | Unset): Also return projects that are in the trash. Default:
            False.
        include_sharing (bool | Unset): Add each project's `sharing` to the response. Default:
            False.
        statuses (list[str] | Unset): Only return projects whose status has one of these names.
            Repeat the parameter for several.
        categories (list[str] | Unset): Only return projects that carry one of these category
            names. Repeat the parameter for several.
        creator_email (str | Unset): Only return projects created by the user with this email
            address.
        owner_email (str | Unset): Only return projects owned by the user with this email address.
        collection_id (UUID | Unset): The id of a collection. Example:
            2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        sort_by (ProjectSortBy | Unset): The timestamp a project list is ordered by. Example:
            LAST_EDITED_AT.
        sort_direction (SortDirection | Unset): Sort order. Example: DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectList | TsoaError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            include_archived=include_archived,
            include_components=include_components,
            include_trashed=include_trashed,
            include_sharing=include_sharing,
            statuses=statuses,
            categories=categories,
            creator_email=creator_email,
            owner_email=owner_email,
            collection_id=collection_id,
            limit=limit,
            after=after,
            before=before,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
