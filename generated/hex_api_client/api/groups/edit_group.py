from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_group_request import EditGroupRequest
from ...models.group import Group
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    group_id: UUID,
    *,
    body: EditGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Group | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> Group:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = Group.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Group | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "edit_group (PATCH /v1/groups/{group_id})",
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
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditGroupRequest,
) -> Response[Group | TsoaError | str]:
    """Rename a group or change its members

     Renames a group and/or adds and removes members (up to 100 users in each of `add` and
    `remove`).

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        group_id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        body (EditGroupRequest): The changes to make to a group; omitted fields stay as they are.
            Example: {'name': 'Analytics team', 'members': {'add': {'users': [{'id':
            '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Group | TsoaError | str]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditGroupRequest,
) -> Group | TsoaError | str | None:
    """Rename a group or change its members

     Renames a group and/or adds and removes members (up to 100 users in each of `add` and
    `remove`).

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        group_id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        body (EditGroupRequest): The changes to make to a group; omitted fields stay as they are.
            Example: {'name': 'Analytics team', 'members': {'add': {'users': [{'id':
            '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Group | TsoaError | str
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditGroupRequest,
) -> Response[Group | TsoaError | str]:
    """Rename a group or change its members

     Renames a group and/or adds and removes members (up to 100 users in each of `add` and
    `remove`).

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        group_id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        body (EditGroupRequest): The changes to make to a group; omitted fields stay as they are.
            Example: {'name': 'Analytics team', 'members': {'add': {'users': [{'id':
            '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Group | TsoaError | str]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditGroupRequest,
) -> Group | TsoaError | str | None:
    """Rename a group or change its members

     Renames a group and/or adds and removes members (up to 100 users in each of `add` and
    `remove`).

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        group_id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        body (EditGroupRequest): The changes to make to a group; omitted fields stay as they are.
            Example: {'name': 'Analytics team', 'members': {'add': {'users': [{'id':
            '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Group | TsoaError | str
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
