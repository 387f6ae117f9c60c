from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queried_table_list import QueriedTableList
from ...models.tsoa_error import TsoaError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/queriedTables".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueriedTableList | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = QueriedTableList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> QueriedTableList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = QueriedTableList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueriedTableList | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_queried_tables (GET /v1/projects/{project_id}/queriedTables)",
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
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[QueriedTableList | TsoaError | str]:
    """List the warehouse tables a project queries

     Returns one page of the warehouse tables that the project's SQL reads, each with the data
    connection it was queried through. Part of Hex's Observability API, which is only available
    on the Enterprise plan; other workspaces get 403.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueriedTableList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> QueriedTableList | TsoaError | str | None:
    """List the warehouse tables a project queries

     Returns one page of the warehouse tables that the project's SQL reads, each with the data
    connection it was queried through. Part of Hex's Observability API, which is only available
    on the Enterprise plan; other workspaces get 403.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueriedTableList | TsoaError | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[QueriedTableList | TsoaError | str]:
    """List the warehouse tables a project queries

     Returns one page of the warehouse tables that the project's SQL reads, each with the data
    connection it was queried through. Part of Hex's Observability API, which is only available
    on the Enterprise plan; other workspaces get 403.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueriedTableList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> QueriedTableList | TsoaError | str | None:
    """List the warehouse tables a project queries

     Returns one page of the warehouse tables that the project's SQL reads, each with the data
    connection it was queried through. Part of Hex's Observability API, which is only available
    on the Enterprise plan; other workspaces get 403.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueriedTableList | TsoaError | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
