from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.project_run import ProjectRun
from ...models.run_project_request import RunProjectRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    *,
    body: RunProjectRequest | Unset = UNSET,
    flag_config_override: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(flag_config_override, Unset):
        headers["flag-config-override"] = flag_config_override

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/runs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ProjectRun | str | None:
    if response.status_code == 201:
        response_201 = ProjectRun.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> ProjectRun:
    """The body of a 201 response as its model (for the resource layer)."""
    response_201 = ProjectRun.from_dict(response.json())

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ProjectRun | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "run_project (POST /v1/projects/{project_id}/runs)",
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
    body: RunProjectRequest | Unset = UNSET,
    flag_config_override: str | Unset = UNSET,
) -> Response[ApiError | ProjectRun | str]:
    """Run a published project

     Starts a run of the latest published version of the project and returns at once with the
    run's id and the URLs to follow it; poll GetRunStatus until the status is terminal. The body
    is optional: without one the app's default inputs are used. `inputParams` and `viewId`
    cannot be combined, and neither can custom inputs with `updatePublishedResults` (which also
    needs Can edit). A project that was never published, unknown or ill-typed inputs, or
    conflicting options give 422; a workspace already running its maximum number of kernels
    gives 503. With `dryRun` nothing runs and a placeholder payload comes back.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        flag_config_override (str | Unset): An opaque feature-flag override for the run (format
            undocumented by Hex); echoed as `flagConfigOverride` in the expanded run status.
        body (RunProjectRequest | Unset): Options for a run. Every field is optional; an empty or
            missing body runs the app with its default inputs. Custom `inputParams` rule out `viewId`,
            `updateCache: true` and `updatePublishedResults: true` (422, as Hex answers them: see the
            operation's `x-hex-constraints`). Example: {'inputParams': {'text_input_1': 'Hello
            World'}, 'useCachedSqlResults': False, 'notifications': [{'type': 'FAILURE',
            'includeSuccessScreenshot': False, 'groupIds':
            ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190']}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProjectRun | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        flag_config_override=flag_config_override,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunProjectRequest | Unset = UNSET,
    flag_config_override: str | Unset = UNSET,
) -> ApiError | ProjectRun | str | None:
    """Run a published project

     Starts a run of the latest published version of the project and returns at once with the
    run's id and the URLs to follow it; poll GetRunStatus until the status is terminal. The body
    is optional: without one the app's default inputs are used. `inputParams` and `viewId`
    cannot be combined, and neither can custom inputs with `updatePublishedResults` (which also
    needs Can edit). A project that was never published, unknown or ill-typed inputs, or
    conflicting options give 422; a workspace already running its maximum number of kernels
    gives 503. With `dryRun` nothing runs and a placeholder payload comes back.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        flag_config_override (str | Unset): An opaque feature-flag override for the run (format
            undocumented by Hex); echoed as `flagConfigOverride` in the expanded run status.
        body (RunProjectRequest | Unset): Options for a run. Every field is optional; an empty or
            missing body runs the app with its default inputs. Custom `inputParams` rule out `viewId`,
            `updateCache: true` and `updatePublishedResults: true` (422, as Hex answers them: see the
            operation's `x-hex-constraints`). Example: {'inputParams': {'text_input_1': 'Hello
            World'}, 'useCachedSqlResults': False, 'notifications': [{'type': 'FAILURE',
            'includeSuccessScreenshot': False, 'groupIds':
            ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190']}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProjectRun | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        flag_config_override=flag_config_override,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunProjectRequest | Unset = UNSET,
    flag_config_override: str | Unset = UNSET,
) -> Response[ApiError | ProjectRun | str]:
    """Run a published project

     Starts a run of the latest published version of the project and returns at once with the
    run's id and the URLs to follow it; poll GetRunStatus until the status is terminal. The body
    is optional: without one the app's default inputs are used. `inputParams` and `viewId`
    cannot be combined, and neither can custom inputs with `updatePublishedResults` (which also
    needs Can edit). A project that was never published, unknown or ill-typed inputs, or
    conflicting options give 422; a workspace already running its maximum number of kernels
    gives 503. With `dryRun` nothing runs and a placeholder payload comes back.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        flag_config_override (str | Unset): An opaque feature-flag override for the run (format
            undocumented by Hex); echoed as `flagConfigOverride` in the expanded run status.
        body (RunProjectRequest | Unset): Options for a run. Every field is optional; an empty or
            missing body runs the app with its default inputs. Custom `inputParams` rule out `viewId`,
            `updateCache: true` and `updatePublishedResults: true` (422, as Hex answers them: see the
            operation's `x-hex-constraints`). Example: {'inputParams': {'text_input_1': 'Hello
            World'}, 'useCachedSqlResults': False, 'notifications': [{'type': 'FAILURE',
            'includeSuccessScreenshot': False, 'groupIds':
            ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190']}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProjectRun | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        flag_config_override=flag_config_override,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunProjectRequest | Unset = UNSET,
    flag_config_override: str | Unset = UNSET,
) -> ApiError | ProjectRun | str | None:
    """Run a published project

     Starts a run of the latest published version of the project and returns at once with the
    run's id and the URLs to follow it; poll GetRunStatus until the status is terminal. The body
    is optional: without one the app's default inputs are used. `inputParams` and `viewId`
    cannot be combined, and neither can custom inputs with `updatePublishedResults` (which also
    needs Can edit). A project that was never published, unknown or ill-typed inputs, or
    conflicting options give 422; a workspace already running its maximum number of kernels
    gives 503. With `dryRun` nothing runs and a placeholder payload comes back.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        flag_config_override (str | Unset): An opaque feature-flag override for the run (format
            undocumented by Hex); echoed as `flagConfigOverride` in the expanded run status.
        body (RunProjectRequest | Unset): Options for a run. Every field is optional; an empty or
            missing body runs the app with its default inputs. Custom `inputParams` rule out `viewId`,
            `updateCache: true` and `updatePublishedResults: true` (422, as Hex answers them: see the
            operation's `x-hex-constraints`). Example: {'inputParams': {'text_input_1': 'Hello
            World'}, 'useCachedSqlResults': False, 'notifications': [{'type': 'FAILURE',
            'includeSuccessScreenshot': False, 'groupIds':
            ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190']}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProjectRun | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            flag_config_override=flag_config_override,
        )
    ).parsed
