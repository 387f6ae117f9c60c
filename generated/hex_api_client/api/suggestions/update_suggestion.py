from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tsoa_error import TsoaError
from ...models.update_suggestion_request import UpdateSuggestionRequest
from ...models.update_suggestion_response import UpdateSuggestionResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: UpdateSuggestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/suggestions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TsoaError | UpdateSuggestionResponse | str | None:
    if response.status_code == 200:
        response_200 = UpdateSuggestionResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UpdateSuggestionResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UpdateSuggestionResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TsoaError | UpdateSuggestionResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "update_suggestion (POST /v1/suggestions/{id})",
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
    body: UpdateSuggestionRequest,
) -> Response[TsoaError | UpdateSuggestionResponse | str]:
    """Update a context suggestion

     Sets a suggestion's status, typically closing it as `COMPLETED` once its changes were applied
    elsewhere, or `DISMISSED` with a `rejectionReason`. An omitted `rejectionReason` is stored as
    null. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        body (UpdateSuggestionRequest): A suggestion's new status, and why it was dismissed.
            Example: {'status': 'DISMISSED', 'rejectionReason': 'Already covered by the revenue
            guide.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpdateSuggestionResponse | str]
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
    body: UpdateSuggestionRequest,
) -> TsoaError | UpdateSuggestionResponse | str | None:
    """Update a context suggestion

     Sets a suggestion's status, typically closing it as `COMPLETED` once its changes were applied
    elsewhere, or `DISMISSED` with a `rejectionReason`. An omitted `rejectionReason` is stored as
    null. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        body (UpdateSuggestionRequest): A suggestion's new status, and why it was dismissed.
            Example: {'status': 'DISMISSED', 'rejectionReason': 'Already covered by the revenue
            guide.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpdateSuggestionResponse | str
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
    body: UpdateSuggestionRequest,
) -> Response[TsoaError | UpdateSuggestionResponse | str]:
    """Update a context suggestion

     Sets a suggestion's status, typically closing it as `COMPLETED` once its changes were applied
    elsewhere, or `DISMISSED` with a `rejectionReason`. An omitted `rejectionReason` is stored as
    null. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        body (UpdateSuggestionRequest): A suggestion's new status, and why it was dismissed.
            Example: {'status': 'DISMISSED', 'rejectionReason': 'Already covered by the revenue
            guide.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpdateSuggestionResponse | str]
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
    body: UpdateSuggestionRequest,
) -> TsoaError | UpdateSuggestionResponse | str | None:
    """Update a context suggestion

     Sets a suggestion's status, typically closing it as `COMPLETED` once its changes were applied
    elsewhere, or `DISMISSED` with a `rejectionReason`. An omitted `rejectionReason` is stored as
    null. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        body (UpdateSuggestionRequest): A suggestion's new status, and why it was dismissed.
            Example: {'status': 'DISMISSED', 'rejectionReason': 'Already covered by the revenue
            guide.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpdateSuggestionResponse | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
