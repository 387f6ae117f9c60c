from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.thread_message_list import ThreadMessageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    full: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    params["full"] = full

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ThreadMessageList | str | None:
    if response.status_code == 200:
        response_200 = ThreadMessageList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> ThreadMessageList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ThreadMessageList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ThreadMessageList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_thread_messages (GET /v1/threads/{thread_id}/messages)",
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
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    full: bool | Unset = False,
) -> Response[ApiError | ThreadMessageList | str]:
    """Read the messages of an agent thread

     The thread's messages as one flat list of text blocks, oldest first within a page, each
    prefixed with its author's role (`user:`, `assistant:`; a failure is tagged `error:`).
    Without a cursor the most recent page comes back; `before` pages towards older messages,
    `after` towards newer ones. With `full`, each block's `text` is instead the message's JSON
    record. Pages hold at most 50 blocks.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        thread_id (UUID): The id of an agent thread. Example:
            6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of message blocks per page. Example: 25.
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ThreadMessageList | str]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        after=after,
        before=before,
        limit=limit,
        full=full,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    full: bool | Unset = False,
) -> ApiError | ThreadMessageList | str | None:
    """Read the messages of an agent thread

     The thread's messages as one flat list of text blocks, oldest first within a page, each
    prefixed with its author's role (`user:`, `assistant:`; a failure is tagged `error:`).
    Without a cursor the most recent page comes back; `before` pages towards older messages,
    `after` towards newer ones. With `full`, each block's `text` is instead the message's JSON
    record. Pages hold at most 50 blocks.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        thread_id (UUID): The id of an agent thread. Example:
            6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of message blocks per page. Example: 25.
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ThreadMessageList | str
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        after=after,
        before=before,
        limit=limit,
        full=full,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    full: bool | Unset = False,
) -> Response[ApiError | ThreadMessageList | str]:
    """Read the messages of an agent thread

     The thread's messages as one flat list of text blocks, oldest first within a page, each
    prefixed with its author's role (`user:`, `assistant:`; a failure is tagged `error:`).
    Without a cursor the most recent page comes back; `before` pages towards older messages,
    `after` towards newer ones. With `full`, each block's `text` is instead the message's JSON
    record. Pages hold at most 50 blocks.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        thread_id (UUID): The id of an agent thread. Example:
            6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of message blocks per page. Example: 25.
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ThreadMessageList | str]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        after=after,
        before=before,
        limit=limit,
        full=full,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    full: bool | Unset = False,
) -> ApiError | ThreadMessageList | str | None:
    """Read the messages of an agent thread

     The thread's messages as one flat list of text blocks, oldest first within a page, each
    prefixed with its author's role (`user:`, `assistant:`; a failure is tagged `error:`).
    Without a cursor the most recent page comes back; `before` pages towards older messages,
    `after` towards newer ones. With `full`, each block's `text` is instead the message's JSON
    record. Pages hold at most 50 blocks.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        thread_id (UUID): The id of an agent thread. Example:
            6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of message blocks per page. Example: 25.
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ThreadMessageList | str
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            after=after,
            before=before,
            limit=limit,
            full=full,
        )
    ).parsed
