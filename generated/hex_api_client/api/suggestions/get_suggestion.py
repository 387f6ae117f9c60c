from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.suggestion_detail import SuggestionDetail
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/suggestions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SuggestionDetail | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = SuggestionDetail.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> SuggestionDetail:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = SuggestionDetail.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SuggestionDetail | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_suggestion (GET /v1/suggestions/{id})",
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
) -> Response[SuggestionDetail | TsoaError | str]:
    """Get a context suggestion

     A suggestion with the evidence behind it (thread warnings and the threads they came from)
    and its proposed changes: guide file edits as diffs, and warehouse description or status
    updates. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuggestionDetail | TsoaError | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> SuggestionDetail | TsoaError | str | None:
    """Get a context suggestion

     A suggestion with the evidence behind it (thread warnings and the threads they came from)
    and its proposed changes: guide file edits as diffs, and warehouse description or status
    updates. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuggestionDetail | TsoaError | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SuggestionDetail | TsoaError | str]:
    """Get a context suggestion

     A suggestion with the evidence behind it (thread warnings and the threads they came from)
    and its proposed changes: guide file edits as diffs, and warehouse description or status
    updates. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuggestionDetail | TsoaError | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> SuggestionDetail | TsoaError | str | None:
    """Get a context suggestion

     A suggestion with the evidence behind it (thread warnings and the threads they came from)
    and its proposed changes: guide file edits as diffs, and warehouse description or status
    updates. Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuggestionDetail | TsoaError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
