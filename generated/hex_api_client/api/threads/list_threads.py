from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.thread_list import ThreadList
from ...models.thread_source import ThreadSource
from ...models.thread_type import ThreadType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source: ThreadSource | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
    type_: ThreadType | Unset = UNSET,
    num_days: int | Unset = UNSET,
    has_feedback: bool | Unset = UNSET,
    roles: str | Unset = UNSET,
    warnings: str | Unset = UNSET,
    topic_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_user_id: str | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = str(user_id)
    params["userId"] = json_user_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["numDays"] = num_days

    params["hasFeedback"] = has_feedback

    params["roles"] = roles

    params["warnings"] = warnings

    params["topicIds"] = topic_ids

    params["resourceIds"] = resource_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ThreadList | str | None:
    if response.status_code == 200:
        response_200 = ThreadList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> ThreadList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ThreadList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ThreadList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "list_threads (GET /v1/threads)",
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
    source: ThreadSource | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
    type_: ThreadType | Unset = UNSET,
    num_days: int | Unset = UNSET,
    has_feedback: bool | Unset = UNSET,
    roles: str | Unset = UNSET,
    warnings: str | Unset = UNSET,
    topic_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> Response[ApiError | ThreadList | str]:
    """List agent threads

     Pages through the workspace's agent threads, most recently created first. Needs the Manager
    role or above: an Admin sees every thread, a Manager the threads they started plus
    Threads-type threads on projects they can access. A sensitive thread started by someone else
    comes back with its `title` null. The filters combine; the comma-separated ones match any of
    their values.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        source (ThreadSource | Unset): Where a thread was started (`PUBLIC_API` for threads
            started through this API). Example: PUBLIC_API.
        user_id (UUID | Unset): The id of a workspace user. Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        type_ (ThreadType | Unset): The kind of agent thread: a standalone Threads conversation,
            the notebook agent working in a project, or semantic modeling. Example: THREADS.
        num_days (int | Unset):  Example: 7.
        has_feedback (bool | Unset):
        roles (str | Unset):  Example: ADMIN,MANAGER.
        warnings (str | Unset):  Example: USER_DOUBT.
        topic_ids (str | Unset):  Example: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.
        resource_ids (str | Unset):  Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ThreadList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        source=source,
        user_id=user_id,
        type_=type_,
        num_days=num_days,
        has_feedback=has_feedback,
        roles=roles,
        warnings=warnings,
        topic_ids=topic_ids,
        resource_ids=resource_ids,
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
    source: ThreadSource | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
    type_: ThreadType | Unset = UNSET,
    num_days: int | Unset = UNSET,
    has_feedback: bool | Unset = UNSET,
    roles: str | Unset = UNSET,
    warnings: str | Unset = UNSET,
    topic_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> ApiError | ThreadList | str | None:
    """List agent threads

     Pages through the workspace's agent threads, most recently created first. Needs the Manager
    role or above: an Admin sees every thread, a Manager the threads they started plus
    Threads-type threads on projects they can access. A sensitive thread started by someone else
    comes back with its `title` null. The filters combine; the comma-separated ones match any of
    their values.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        source (ThreadSource | Unset): Where a thread was started (`PUBLIC_API` for threads
            started through this API). Example: PUBLIC_API.
        user_id (UUID | Unset): The id of a workspace user. Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        type_ (ThreadType | Unset): The kind of agent thread: a standalone Threads conversation,
            the notebook agent working in a project, or semantic modeling. Example: THREADS.
        num_days (int | Unset):  Example: 7.
        has_feedback (bool | Unset):
        roles (str | Unset):  Example: ADMIN,MANAGER.
        warnings (str | Unset):  Example: USER_DOUBT.
        topic_ids (str | Unset):  Example: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.
        resource_ids (str | Unset):  Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ThreadList | str
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        limit=limit,
        source=source,
        user_id=user_id,
        type_=type_,
        num_days=num_days,
        has_feedback=has_feedback,
        roles=roles,
        warnings=warnings,
        topic_ids=topic_ids,
        resource_ids=resource_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source: ThreadSource | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
    type_: ThreadType | Unset = UNSET,
    num_days: int | Unset = UNSET,
    has_feedback: bool | Unset = UNSET,
    roles: str | Unset = UNSET,
    warnings: str | Unset = UNSET,
    topic_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> Response[ApiError | ThreadList | str]:
    """List agent threads

     Pages through the workspace's agent threads, most recently created first. Needs the Manager
    role or above: an Admin sees every thread, a Manager the threads they started plus
    Threads-type threads on projects they can access. A sensitive thread started by someone else
    comes back with its `title` null. The filters combine; the comma-separated ones match any of
    their values.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        source (ThreadSource | Unset): Where a thread was started (`PUBLIC_API` for threads
            started through this API). Example: PUBLIC_API.
        user_id (UUID | Unset): The id of a workspace user. Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        type_ (ThreadType | Unset): The kind of agent thread: a standalone Threads conversation,
            the notebook agent working in a project, or semantic modeling. Example: THREADS.
        num_days (int | Unset):  Example: 7.
        has_feedback (bool | Unset):
        roles (str | Unset):  Example: ADMIN,MANAGER.
        warnings (str | Unset):  Example: USER_DOUBT.
        topic_ids (str | Unset):  Example: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.
        resource_ids (str | Unset):  Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ThreadList | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        source=source,
        user_id=user_id,
        type_=type_,
        num_days=num_days,
        has_feedback=has_feedback,
        roles=roles,
        warnings=warnings,
        topic_ids=topic_ids,
        resource_ids=resource_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source: ThreadSource | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
    type_: ThreadType | Unset = UNSET,
    num_days: int | Unset = UNSET,
    has_feedback: bool | Unset = UNSET,
    roles: str | Unset = UNSET,
    warnings: str | Unset = UNSET,
    topic_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> ApiError | ThreadList | str | None:
    """List agent threads

     Pages through the workspace's agent threads, most recently created first. Needs the Manager
    role or above: an Admin sees every thread, a Manager the threads they started plus
    Threads-type threads on projects they can access. A sensitive thread started by someone else
    comes back with its `title` null. The filters combine; the comma-separated ones match any of
    their values.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        source (ThreadSource | Unset): Where a thread was started (`PUBLIC_API` for threads
            started through this API). Example: PUBLIC_API.
        user_id (UUID | Unset): The id of a workspace user. Example:
            1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        type_ (ThreadType | Unset): The kind of agent thread: a standalone Threads conversation,
            the notebook agent working in a project, or semantic modeling. Example: THREADS.
        num_days (int | Unset):  Example: 7.
        has_feedback (bool | Unset):
        roles (str | Unset):  Example: ADMIN,MANAGER.
        warnings (str | Unset):  Example: USER_DOUBT.
        topic_ids (str | Unset):  Example: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.
        resource_ids (str | Unset):  Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ThreadList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            limit=limit,
            source=source,
            user_id=user_id,
            type_=type_,
            num_days=num_days,
            has_feedback=has_feedback,
            roles=roles,
            warnings=warnings,
            topic_ids=topic_ids,
            resource_ids=resource_ids,
        )
    ).parsed
