from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    org_guide_file_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/guides/draft/{org_guide_file_id}".format(
            org_guide_file_id=quote(str(org_guide_file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TsoaError | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "delete_guide_draft (DELETE /v1/guides/draft/{org_guide_file_id})",
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
    org_guide_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | TsoaError | str]:
    """Discard a guide's draft

     Throws away the draft of one guide file. The published version, if any, is not affected.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        org_guide_file_id (UUID): The id of a guide file. Example:
            4b3a2918-0f7e-4d6c-9b5a-483726150f9e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TsoaError | str]
    """

    kwargs = _get_kwargs(
        org_guide_file_id=org_guide_file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_guide_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | TsoaError | str | None:
    """Discard a guide's draft

     Throws away the draft of one guide file. The published version, if any, is not affected.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        org_guide_file_id (UUID): The id of a guide file. Example:
            4b3a2918-0f7e-4d6c-9b5a-483726150f9e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TsoaError | str
    """

    return sync_detailed(
        org_guide_file_id=org_guide_file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_guide_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | TsoaError | str]:
    """Discard a guide's draft

     Throws away the draft of one guide file. The published version, if any, is not affected.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        org_guide_file_id (UUID): The id of a guide file. Example:
            4b3a2918-0f7e-4d6c-9b5a-483726150f9e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TsoaError | str]
    """

    kwargs = _get_kwargs(
        org_guide_file_id=org_guide_file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_guide_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | TsoaError | str | None:
    """Discard a guide's draft

     Throws away the draft of one guide file. The published version, if any, is not affected.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        org_guide_file_id (UUID): The id of a guide file. Example:
            4b3a2918-0f7e-4d6c-9b5a-483726150f9e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TsoaError | str
    """

    return (
        await asyncio_detailed(
            org_guide_file_id=org_guide_file_id,
            client=client,
        )
    ).parsed
