from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.continue_thread_request import ContinueThreadRequest
from ...models.continue_thread_response import ContinueThreadResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: ContinueThreadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/threads/{id}/followup".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ContinueThreadResponse | str | None:
    if response.status_code == 200:
        response_200 = ContinueThreadResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> ContinueThreadResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ContinueThreadResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ContinueThreadResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "continue_thread (POST /v1/threads/{id}/followup)",
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContinueThreadRequest,
) -> Response[ApiError | ContinueThreadResponse | str]:
    """Send a follow-up to an agent thread

     Sends another prompt to an idle thread, which runs again until it answers or fails. A
    thread that is still running, or that failed, is refused: Hex does not queue follow-ups.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        body (ContinueThreadRequest): A follow-up prompt. Example: {'prompt': 'Break that down by
            month.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContinueThreadResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContinueThreadRequest,
) -> ApiError | ContinueThreadResponse | str | None:
    """Send a follow-up to an agent thread

     Sends another prompt to an idle thread, which runs again until it answers or fails. A
    thread that is still running, or that failed, is refused: Hex does not queue follow-ups.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        body (ContinueThreadRequest): A follow-up prompt. Example: {'prompt': 'Break that down by
            month.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContinueThreadResponse | str
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContinueThreadRequest,
) -> Response[ApiError | ContinueThreadResponse | str]:
    """Send a follow-up to an agent thread

     Sends another prompt to an idle thread, which runs again until it answers or fails. A
    thread that is still running, or that failed, is refused: Hex does not queue follow-ups.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        body (ContinueThreadRequest): A follow-up prompt. Example: {'prompt': 'Break that down by
            month.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContinueThreadResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContinueThreadRequest,
) -> ApiError | ContinueThreadResponse | str | None:
    """Send a follow-up to an agent thread

     Sends another prompt to an idle thread, which runs again until it answers or fails. A
    thread that is still running, or that failed, is refused: Hex does not queue follow-ups.

    Rate limit: Hex's `hex-run-kernel` group (starting runs and sending thread messages), whose
    figures Hex does not publish.

    Args:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        body (ContinueThreadRequest): A follow-up prompt. Example: {'prompt': 'Break that down by
            month.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContinueThreadResponse | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
