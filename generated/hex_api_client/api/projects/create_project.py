from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_project_request import CreateProjectRequest
from ...models.project import Project
from ...types import Response


def _get_kwargs(
    *,
    body: CreateProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Project | str | None:
    if response.status_code == 201:
        response_201 = Project.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

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
    """The body of a 201 response as its model (for the resource layer)."""
    response_201 = Project.from_dict(response.json())

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Project | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_project (POST /v1/projects)",
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
    body: CreateProjectRequest,
) -> Response[ApiError | Project | str]:
    """Create a project

     Creates an empty project in the workspace with the given title and, optionally, a
    description. The caller becomes its creator and owner. The new project has no status, no
    categories, no schedules and has never been published, so it cannot be run until someone
    publishes it in Hex.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateProjectRequest): The new project's title and optional description. Example:
            {'title': 'Weekly revenue', 'description': 'Revenue by region, refreshed every Monday.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Project | str]
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
    body: CreateProjectRequest,
) -> ApiError | Project | str | None:
    """Create a project

     Creates an empty project in the workspace with the given title and, optionally, a
    description. The caller becomes its creator and owner. The new project has no status, no
    categories, no schedules and has never been published, so it cannot be run until someone
    publishes it in Hex.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateProjectRequest): The new project's title and optional description. Example:
            {'title': 'Weekly revenue', 'description': 'Revenue by region, refreshed every Monday.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Project | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> Response[ApiError | Project | str]:
    """Create a project

     Creates an empty project in the workspace with the given title and, optionally, a
    description. The caller becomes its creator and owner. The new project has no status, no
    categories, no schedules and has never been published, so it cannot be run until someone
    publishes it in Hex.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateProjectRequest): The new project's title and optional description. Example:
            {'title': 'Weekly revenue', 'description': 'Revenue by region, refreshed every Monday.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Project | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> ApiError | Project | str | None:
    """Create a project

     Creates an empty project in the workspace with the given title and, optionally, a
    description. The caller becomes its creator and owner. The new project has no status, no
    categories, no schedules and has never been published, so it cannot be run until someone
    publishes it in Hex.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (CreateProjectRequest): The new project's title and optional description. Example:
            {'title': 'Weekly revenue', 'description': 'Revenue by region, refreshed every Monday.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Project | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
