from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.thread import Thread
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Thread | str | None:
    if response.status_code == 200:
        response_200 = Thread.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> Thread:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = Thread.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Thread | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_thread (GET /v1/threads/{id})",
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Thread | str]:
    """Get an agent thread

     The thread's status (`RUNNING`, `IDLE` or `ERROR`), the agent's latest answer once it is
    idle, and the failure once it errs. Its author, Admins, and Managers who can see it in
    ListThreads may read it; a sensitive thread's `title` is null for everyone but its author.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Thread | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Thread | str | None:
    """Get an agent thread

     The thread's status (`RUNNING`, `IDLE` or `ERROR`), the agent's latest answer once it is
    idle, and the failure once it errs. Its author, Admins, and Managers who can see it in
    ListThreads may read it; a sensitive thread's `title` is null for everyone but its author.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Thread | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Thread | str]:
    """Get an agent thread

     The thread's status (`RUNNING`, `IDLE` or `ERROR`), the agent's latest answer once it is
    idle, and the failure once it errs. Its author, Admins, and Managers who can see it in
    ListThreads may read it; a sensitive thread's `title` is null for everyone but its author.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Thread | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Thread | str | None:
    """Get an agent thread

     The thread's status (`RUNNING`, `IDLE` or `ERROR`), the agent's latest answer once it is
    idle, and the failure once it errs. Its author, Admins, and Managers who can see it in
    ListThreads may read it; a sensitive thread's `title` is null for everyone but its author.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Thread | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
