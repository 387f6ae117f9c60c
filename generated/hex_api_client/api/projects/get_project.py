from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.project import Project
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    *,
    include_sharing: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeSharing"] = include_sharing

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Project | str | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> Project:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = Project.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Project | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_project (GET /v1/projects/{project_id})",
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
    include_sharing: bool | Unset = False,
) -> Response[ApiError | Project | str]:
    """Get a project

     Returns the metadata of one project: title, description, type, creator and owner, status,
    categories, review requirement, app-view analytics, lifecycle timestamps and schedules.
    Its sharing is only included with `includeSharing=true`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        include_sharing (bool | Unset): Add the project's `sharing` to the response. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Project | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_sharing=include_sharing,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_sharing: bool | Unset = False,
) -> ApiError | Project | str | None:
    """Get a project

     Returns the metadata of one project: title, description, type, creator and owner, status,
    categories, review requirement, app-view analytics, lifecycle timestamps and schedules.
    Its sharing is only included with `includeSharing=true`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        include_sharing (bool | Unset): Add the project's `sharing` to the response. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Project | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        include_sharing=include_sharing,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_sharing: bool | Unset = False,
) -> Response[ApiError | Project | str]:
    """Get a project

     Returns the metadata of one project: title, description, type, creator and owner, status,
    categories, review requirement, app-view analytics, lifecycle timestamps and schedules.
    Its sharing is only included with `includeSharing=true`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        include_sharing (bool | Unset): Add the project's `sharing` to the response. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Project | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_sharing=include_sharing,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_sharing: bool | Unset = False,
) -> ApiError | Project | str | None:
    """Get a project

     Returns the metadata of one project: title, description, type, creator and owner, status,
    categories, review requirement, app-view analytics, lifecycle timestamps and schedules.
    Its sharing is only included with `includeSharing=true`.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        include_sharing (bool | Unset): Add the project's `sharing` to the response. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Project | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            include_sharing=include_sharing,
        )
    ).parsed
