from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.project_run_list import ProjectRunList
from ...models.project_run_status import ProjectRunStatus
from ...models.run_trigger_filter import RunTriggerFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status_filter: ProjectRunStatus | Unset = UNSET,
    run_trigger_filter: RunTriggerFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status_filter: str | Unset = UNSET
    if not isinstance(status_filter, Unset):
        json_status_filter = status_filter.value

    params["statusFilter"] = json_status_filter

    json_run_trigger_filter: str | Unset = UNSET
    if not isinstance(run_trigger_filter, Unset):
        json_run_trigger_filter = run_trigger_filter.value

    params["runTriggerFilter"] = json_run_trigger_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/runs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ProjectRunList | str | None:
    if response.status_code == 200:
        response_200 = ProjectRunList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> ProjectRunList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ProjectRunList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ProjectRunList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_project_runs (GET /v1/projects/{project_id}/runs)",
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
    offset: int | Unset = UNSET,
    status_filter: ProjectRunStatus | Unset = UNSET,
    run_trigger_filter: RunTriggerFilter | Unset = UNSET,
) -> Response[ApiError | ProjectRunList | str]:
    """List a project's runs

     Returns the project's runs, most recent first, whatever triggered them (the API, a
    schedule, or a publish / app refresh) unless `runTriggerFilter` or `statusFilter` narrow
    them. Unlike the other lists this one pages by `offset`; `nextPage` and `previousPage` are
    ready-made URLs for the neighbouring pages, `null` at either end.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        offset (int | Unset): How many items to skip, for offset-paged lists. Example: 25.
        status_filter (ProjectRunStatus | Unset): Where a run stands. `PENDING` and `RUNNING` are
            in progress; `COMPLETED` is success; `ERRORED`, `KILLED` (cancelled) and
            `UNABLE_TO_ALLOCATE_KERNEL` are failures. Example: COMPLETED.
        run_trigger_filter (RunTriggerFilter | Unset): Which runs to list by what started them;
            `ALL` applies no filter. Example: SCHEDULED.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProjectRunList | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        status_filter=status_filter,
        run_trigger_filter=run_trigger_filter,
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
    offset: int | Unset = UNSET,
    status_filter: ProjectRunStatus | Unset = UNSET,
    run_trigger_filter: RunTriggerFilter | Unset = UNSET,
) -> ApiError | ProjectRunList | str | None:
    """List a project's runs

     Returns the project's runs, most recent first, whatever triggered them (the API, a
    schedule, or a publish / app refresh) unless `runTriggerFilter` or `statusFilter` narrow
    them. Unlike the other lists this one pages by `offset`; `nextPage` and `previousPage` are
    ready-made URLs for the neighbouring pages, `null` at either end.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        offset (int | Unset): How many items to skip, for offset-paged lists. Example: 25.
        status_filter (ProjectRunStatus | Unset): Where a run stands. `PENDING` and `RUNNING` are
            in progress; `COMPLETED` is success; `ERRORED`, `KILLED` (cancelled) and
            `UNABLE_TO_ALLOCATE_KERNEL` are failures. Example: COMPLETED.
        run_trigger_filter (RunTriggerFilter | Unset): Which runs to list by what started them;
            `ALL` applies no filter. Example: SCHEDULED.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProjectRunList | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        status_filter=status_filter,
        run_trigger_filter=run_trigger_filter,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status_filter: ProjectRunStatus | Unset = UNSET,
    run_trigger_filter: RunTriggerFilter | Unset = UNSET,
) -> Response[ApiError | ProjectRunList | str]:
    """List a project's runs

     Returns the project's runs, most recent first, whatever triggered them (the API, a
    schedule, or a publish / app refresh) unless `runTriggerFilter` or `statusFilter` narrow
    them. Unlike the other lists this one pages by `offset`; `nextPage` and `previousPage` are
    ready-made URLs for the neighbouring pages, `null` at either end.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        offset (int | Unset): How many items to skip, for offset-paged lists. Example: 25.
        status_filter (ProjectRunStatus | Unset): Where a run stands. `PENDING` and `RUNNING` are
            in progress; `COMPLETED` is success; `ERRORED`, `KILLED` (cancelled) and
            `UNABLE_TO_ALLOCATE_KERNEL` are failures. Example: COMPLETED.
        run_trigger_filter (RunTriggerFilter | Unset): Which runs to list by what started them;
            `ALL` applies no filter. Example: SCHEDULED.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProjectRunList | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        status_filter=status_filter,
        run_trigger_filter=run_trigger_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status_filter: ProjectRunStatus | Unset = UNSET,
    run_trigger_filter: RunTriggerFilter | Unset = UNSET,
) -> ApiError | ProjectRunList | str | None:
    """List a project's runs

     Returns the project's runs, most recent first, whatever triggered them (the API, a
    schedule, or a publish / app refresh) unless `runTriggerFilter` or `statusFilter` narrow
    them. Unlike the other lists this one pages by `offset`; `nextPage` and `previousPage` are
    ready-made URLs for the neighbouring pages, `null` at either end.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        limit (int | Unset): Number of items per page. Example: 25.
        offset (int | Unset): How many items to skip, for offset-paged lists. Example: 25.
        status_filter (ProjectRunStatus | Unset): Where a run stands. `PENDING` and `RUNNING` are
            in progress; `COMPLETED` is success; `ERRORED`, `KILLED` (cancelled) and
            `UNABLE_TO_ALLOCATE_KERNEL` are failures. Example: COMPLETED.
        run_trigger_filter (RunTriggerFilter | Unset): Which runs to list by what started them;
            `ALL` applies no filter. Example: SCHEDULED.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProjectRunList | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            status_filter=status_filter,
            run_trigger_filter=run_trigger_filter,
        )
    ).parsed
