from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateGroupResponse | TsoaError | str | None:
    if response.status_code == 201:
        response_201 = CreateGroupResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> CreateGroupResponse:
    """The body of a 201 response as its model (for the resource layer)."""
    response_201 = CreateGroupResponse.from_dict(response.json())

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateGroupResponse | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_group (POST /v1/groups)",
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
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse | TsoaError | str]:
    """Create a group

     Creates a user group, optionally with up to 100 initial members. Unlike the other group
    operations, the response echoes the members and has no `createdAt`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateGroupRequest): A new group and, optionally, its first members. Example:
            {'name': 'Data team', 'members': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse | TsoaError | str]
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
    body: CreateGroupRequest,
) -> CreateGroupResponse | TsoaError | str | None:
    """Create a group

     Creates a user group, optionally with up to 100 initial members. Unlike the other group
    operations, the response echoes the members and has no `createdAt`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateGroupRequest): A new group and, optionally, its first members. Example:
            {'name': 'Data team', 'members': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse | TsoaError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse | TsoaError | str]:
    """Create a group

     Creates a user group, optionally with up to 100 initial members. Unlike the other group
    operations, the response echoes the members and has no `createdAt`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateGroupRequest): A new group and, optionally, its first members. Example:
            {'name': 'Data team', 'members': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupRequest,
) -> CreateGroupResponse | TsoaError | str | None:
    """Create a group

     Creates a user group, optionally with up to 100 initial members. Unlike the other group
    operations, the response echoes the members and has no `createdAt`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateGroupRequest): A new group and, optionally, its first members. Example:
            {'name': 'Data team', 'members': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse | TsoaError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
