from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    run_id: UUID,
    *,
    enable_expanded_stats: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enable_expanded_stats, Unset):
        headers["enable-expanded-stats"] = enable_expanded_stats

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/runs/{run_id}".format(
            project_id=quote(str(project_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | RunStatus | str | None:
    if response.status_code == 200:
        response_200 = RunStatus.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

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


def _parse_success(response: httpx.Response) -> RunStatus:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = RunStatus.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | RunStatus | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_run_status (GET /v1/projects/{project_id}/runs/{run_id})",
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
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    enable_expanded_stats: str | Unset = UNSET,
) -> Response[ApiError | RunStatus | str]:
    """Get a run's status

     Returns where a run stands: its status, what triggered it, the project version it ran, and
    its start and end times and elapsed milliseconds once known. Poll it until the status is
    `COMPLETED`, `ERRORED`, `KILLED` or `UNABLE_TO_ALLOCATE_KERNEL`. Send
    `enable-expanded-stats: true` to also receive the run's state events and any flag
    override it ran with.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        enable_expanded_stats (str | Unset): Send `true` to add `stateEvents` and
            `flagConfigOverride` to the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RunStatus | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        run_id=run_id,
        enable_expanded_stats=enable_expanded_stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    enable_expanded_stats: str | Unset = UNSET,
) -> ApiError | RunStatus | str | None:
    """Get a run's status

     Returns where a run stands: its status, what triggered it, the project version it ran, and
    its start and end times and elapsed milliseconds once known. Poll it until the status is
    `COMPLETED`, `ERRORED`, `KILLED` or `UNABLE_TO_ALLOCATE_KERNEL`. Send
    `enable-expanded-stats: true` to also receive the run's state events and any flag
    override it ran with.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        enable_expanded_stats (str | Unset): Send `true` to add `stateEvents` and
            `flagConfigOverride` to the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RunStatus | str
    """

    return sync_detailed(
        project_id=project_id,
        run_id=run_id,
        client=client,
        enable_expanded_stats=enable_expanded_stats,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    enable_expanded_stats: str | Unset = UNSET,
) -> Response[ApiError | RunStatus | str]:
    """Get a run's status

     Returns where a run stands: its status, what triggered it, the project version it ran, and
    its start and end times and elapsed milliseconds once known. Poll it until the status is
    `COMPLETED`, `ERRORED`, `KILLED` or `UNABLE_TO_ALLOCATE_KERNEL`. Send
    `enable-expanded-stats: true` to also receive the run's state events and any flag
    override it ran with.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        enable_expanded_stats (str | Unset): Send `true` to add `stateEvents` and
            `flagConfigOverride` to the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RunStatus | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        run_id=run_id,
        enable_expanded_stats=enable_expanded_stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    enable_expanded_stats: str | Unset = UNSET,
) -> ApiError | RunStatus | str | None:
    """Get a run's status

     Returns where a run stands: its status, what triggered it, the project version it ran, and
    its start and end times and elapsed milliseconds once known. Poll it until the status is
    `COMPLETED`, `ERRORED`, `KILLED` or `UNABLE_TO_ALLOCATE_KERNEL`. Send
    `enable-expanded-stats: true` to also receive the run's state events and any flag
    override it ran with.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        enable_expanded_stats (str | Unset): Send `true` to add `stateEvents` and
            `flagConfigOverride` to the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RunStatus | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            run_id=run_id,
            client=client,
            enable_expanded_stats=enable_expanded_stats,
        )
    ).parsed
