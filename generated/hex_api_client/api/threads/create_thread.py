from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_thread_request import CreateThreadRequest
from ...models.create_thread_response import CreateThreadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateThreadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/threads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateThreadResponse | str | None:
    if response.status_code == 200:
        response_200 = CreateThreadResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> CreateThreadResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = CreateThreadResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CreateThreadResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_thread (POST /v1/threads)",
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
    body: CreateThreadRequest,
) -> Response[ApiError | CreateThreadResponse | str]:
    """Start an agent thread

     Starts a thread of Hex's agent with a prompt. The agent works asynchronously: the thread is
    `RUNNING` until it answers (`IDLE`) or fails (`ERROR`); poll GetThread. With `projectId` the
    agent works in that project's notebook (the caller needs edit access to it); with
    `newProject: true` Hex first creates a project for it, visible through GetProject and
    ListProjects. Availability of threads varies by workspace.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        body (CreateThreadRequest): The first prompt of a new thread. `projectId` and `newProject:
            true` are mutually exclusive. Example: {'prompt': 'Which regions grew fastest last
            quarter?', 'attachments': {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateThreadResponse | str]
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
    body: CreateThreadRequest,
) -> ApiError | CreateThreadResponse | str | None:
    """Start an agent thread

     Starts a thread of Hex's agent with a prompt. The agent works asynchronously: the thread is
    `RUNNING` until it answers (`IDLE`) or fails (`ERROR`); poll GetThread. With `projectId` the
    agent works in that project's notebook (the caller needs edit access to it); with
    `newProject: true` Hex first creates a project for it, visible through GetProject and
    ListProjects. Availability of threads varies by workspace.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        body (CreateThreadRequest): The first prompt of a new thread. `projectId` and `newProject:
            true` are mutually exclusive. Example: {'prompt': 'Which regions grew fastest last
            quarter?', 'attachments': {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateThreadResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest,
) -> Response[ApiError | CreateThreadResponse | str]:
    """Start an agent thread

     Starts a thread of Hex's agent with a prompt. The agent works asynchronously: the thread is
    `RUNNING` until it answers (`IDLE`) or fails (`ERROR`); poll GetThread. With `projectId` the
    agent works in that project's notebook (the caller needs edit access to it); with
    `newProject: true` Hex first creates a project for it, visible through GetProject and
    ListProjects. Availability of threads varies by workspace.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        body (CreateThreadRequest): The first prompt of a new thread. `projectId` and `newProject:
            true` are mutually exclusive. Example: {'prompt': 'Which regions grew fastest last
            quarter?', 'attachments': {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateThreadResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest,
) -> ApiError | CreateThreadResponse | str | None:
    """Start an agent thread

     Starts a thread of Hex's agent with a prompt. The agent works asynchronously: the thread is
    `RUNNING` until it answers (`IDLE`) or fails (`ERROR`); poll GetThread. With `projectId` the
    agent works in that project's notebook (the caller needs edit access to it); with
    `newProject: true` Hex first creates a project for it, visible through GetProject and
    ListProjects. Availability of threads varies by workspace.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        body (CreateThreadRequest): The first prompt of a new thread. `projectId` and `newProject:
            true` are mutually exclusive. Example: {'prompt': 'Which regions grew fastest last
            quarter?', 'attachments': {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateThreadResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
