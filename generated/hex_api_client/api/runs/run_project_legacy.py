from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invalid_param_payload import InvalidParamPayload
from ...models.project_run import ProjectRun
from ...models.run_project_request import RunProjectRequest
from ...models.tsoa_error import TsoaError
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
        "url": "/v1/project/{project_id}/run".format(
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
) -> InvalidParamPayload | TsoaError | ProjectRun | str | None:
    if response.status_code == 201:
        response_201 = ProjectRun.from_dict(response.json())

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

        def _parse_response_422(data: object) -> InvalidParamPayload | TsoaError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_project_error_type_0 = TsoaError.from_dict(data)

                return componentsschemas_run_project_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_run_project_error_type_1 = InvalidParamPayload.from_dict(
                data
            )

            return componentsschemas_run_project_error_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TsoaError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TsoaError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = TsoaError.from_dict(response.json())

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
) -> Response[InvalidParamPayload | TsoaError | ProjectRun | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "run_project_legacy (POST /v1/project/{project_id}/run)",
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
) -> Response[InvalidParamPayload | TsoaError | ProjectRun | str]:
    """Run a published project (legacy path)

     The original path of RunProject, still served because Hex's own Airflow and Dagster
    integrations call it. It accepts the same body and headers and returns the same payload and
    errors as `POST /v1/projects/{projectId}/runs`; use that path in new code.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.
    The budget is shared with RunProject.

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
        Response[InvalidParamPayload | TsoaError | ProjectRun | TsoaError | str]
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
) -> InvalidParamPayload | TsoaError | ProjectRun | str | None:
    """Run a published project (legacy path)

     The original path of RunProject, still served because Hex's own Airflow and Dagster
    integrations call it. It accepts the same body and headers and returns the same payload and
    errors as `POST /v1/projects/{projectId}/runs`; use that path in new code.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.
    The budget is shared with RunProject.

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
        InvalidParamPayload | TsoaError | ProjectRun | TsoaError | str
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
) -> Response[InvalidParamPayload | TsoaError | ProjectRun | str]:
    """Run a published project (legacy path)

     The original path of RunProject, still served because Hex's own Airflow and Dagster
    integrations call it. It accepts the same body and headers and returns the same payload and
    errors as `POST /v1/projects/{projectId}/runs`; use that path in new code.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.
    The budget is shared with RunProject.

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
        Response[InvalidParamPayload | TsoaError | ProjectRun | TsoaError | str]
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
) -> InvalidParamPayload | TsoaError | ProjectRun | str | None:
    """Run a published project (legacy path)

     The original path of RunProject, still served because Hex's own Airflow and Dagster
    integrations call it. It accepts the same body and headers and returns the same payload and
    errors as `POST /v1/projects/{projectId}/runs`; use that path in new code.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages),
    for which Hex gives no figures; the mock allows 20 requests per minute and 60 per hour.
    The budget is shared with RunProject.

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
        InvalidParamPayload | TsoaError | ProjectRun | TsoaError | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            flag_config_override=flag_config_override,
        )
    ).parsed
