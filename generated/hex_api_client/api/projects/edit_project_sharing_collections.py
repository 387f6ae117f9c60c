from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_project_sharing_collections_request import (
    EditProjectSharingCollectionsRequest,
)
from ...models.edit_project_sharing_collections_response import (
    EditProjectSharingCollectionsResponse,
)
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    project_id: UUID,
    *,
    body: EditProjectSharingCollectionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/sharing/collections".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EditProjectSharingCollectionsResponse | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = EditProjectSharingCollectionsResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> EditProjectSharingCollectionsResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = EditProjectSharingCollectionsResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EditProjectSharingCollectionsResponse | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "edit_project_sharing_collections (PATCH /v1/projects/{project_id}/sharing/collections)",
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
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditProjectSharingCollectionsRequest,
) -> Response[EditProjectSharingCollectionsResponse | TsoaError | str]:
    """Add a project to collections

     Adds the project to up to 25 collections, identified by id, with the given access level for
    the collections' members, changes that level, or takes the project out of a collection
    (`NONE`). Workspace tokens need the Collections write scope on top of the Projects write
    scope. Changes that could not be applied are listed in `errors` while the rest still take
    effect. The response carries the project with its sharing after the change.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EditProjectSharingCollectionsRequest): The body of EditProjectSharingCollections.
            Example: {'sharing': {'upsert': {'collections': [{'collection': {'id':
            '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditProjectSharingCollectionsResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditProjectSharingCollectionsRequest,
) -> EditProjectSharingCollectionsResponse | TsoaError | str | None:
    """Add a project to collections

     Adds the project to up to 25 collections, identified by id, with the given access level for
    the collections' members, changes that level, or takes the project out of a collection
    (`NONE`). Workspace tokens need the Collections write scope on top of the Projects write
    scope. Changes that could not be applied are listed in `errors` while the rest still take
    effect. The response carries the project with its sharing after the change.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EditProjectSharingCollectionsRequest): The body of EditProjectSharingCollections.
            Example: {'sharing': {'upsert': {'collections': [{'collection': {'id':
            '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditProjectSharingCollectionsResponse | TsoaError | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditProjectSharingCollectionsRequest,
) -> Response[EditProjectSharingCollectionsResponse | TsoaError | str]:
    """Add a project to collections

     Adds the project to up to 25 collections, identified by id, with the given access level for
    the collections' members, changes that level, or takes the project out of a collection
    (`NONE`). Workspace tokens need the Collections write scope on top of the Projects write
    scope. Changes that could not be applied are listed in `errors` while the rest still take
    effect. The response carries the project with its sharing after the change.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EditProjectSharingCollectionsRequest): The body of EditProjectSharingCollections.
            Example: {'sharing': {'upsert': {'collections': [{'collection': {'id':
            '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditProjectSharingCollectionsResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EditProjectSharingCollectionsRequest,
) -> EditProjectSharingCollectionsResponse | TsoaError | str | None:
    """Add a project to collections

     Adds the project to up to 25 collections, identified by id, with the given access level for
    the collections' members, changes that level, or takes the project out of a collection
    (`NONE`). Workspace tokens need the Collections write scope on top of the Projects write
    scope. Changes that could not be applied are listed in `errors` while the rest still take
    effect. The response carries the project with its sharing after the change.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EditProjectSharingCollectionsRequest): The body of EditProjectSharingCollections.
            Example: {'sharing': {'upsert': {'collections': [{'collection': {'id':
            '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditProjectSharingCollectionsResponse | TsoaError | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
