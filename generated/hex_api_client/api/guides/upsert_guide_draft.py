from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tsoa_error import TsoaError
from ...models.upsert_guide_draft_request import UpsertGuideDraftRequest
from ...models.upsert_guide_draft_response import UpsertGuideDraftResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpsertGuideDraftRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/guides/draft",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TsoaError | UpsertGuideDraftResponse | str | None:
    if response.status_code == 200:
        response_200 = UpsertGuideDraftResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UpsertGuideDraftResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UpsertGuideDraftResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TsoaError | UpsertGuideDraftResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "upsert_guide_draft (PUT /v1/guides/draft)",
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
    body: UpsertGuideDraftRequest,
) -> Response[TsoaError | UpsertGuideDraftResponse | str]:
    """Create or overwrite guide drafts

     Writes draft contents for one or more guide files, matched by `filePath`. A file with no
    guide yet becomes a new guide; a guide without a draft gets one; an existing draft is
    overwritten. A guide of the same path that is synced from a different source (for example
    one authored in Hex) is only overwritten with `forceWrite: true`. Problems with single files
    that do not fail the whole request come back in `warnings`. Publish the drafts with
    PublishGuideDrafts.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (UpsertGuideDraftRequest): Draft contents for one or more guide files. Example:
            {'files': [{'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked
            when an invoice is paid.\\n'}], 'forceWrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpsertGuideDraftResponse | str]
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
    body: UpsertGuideDraftRequest,
) -> TsoaError | UpsertGuideDraftResponse | str | None:
    """Create or overwrite guide drafts

     Writes draft contents for one or more guide files, matched by `filePath`. A file with no
    guide yet becomes a new guide; a guide without a draft gets one; an existing draft is
    overwritten. A guide of the same path that is synced from a different source (for example
    one authored in Hex) is only overwritten with `forceWrite: true`. Problems with single files
    that do not fail the whole request come back in `warnings`. Publish the drafts with
    PublishGuideDrafts.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (UpsertGuideDraftRequest): Draft contents for one or more guide files. Example:
            {'files': [{'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked
            when an invoice is paid.\\n'}], 'forceWrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpsertGuideDraftResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertGuideDraftRequest,
) -> Response[TsoaError | UpsertGuideDraftResponse | str]:
    """Create or overwrite guide drafts

     Writes draft contents for one or more guide files, matched by `filePath`. A file with no
    guide yet becomes a new guide; a guide without a draft gets one; an existing draft is
    overwritten. A guide of the same path that is synced from a different source (for example
    one authored in Hex) is only overwritten with `forceWrite: true`. Problems with single files
    that do not fail the whole request come back in `warnings`. Publish the drafts with
    PublishGuideDrafts.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (UpsertGuideDraftRequest): Draft contents for one or more guide files. Example:
            {'files': [{'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked
            when an invoice is paid.\\n'}], 'forceWrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpsertGuideDraftResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertGuideDraftRequest,
) -> TsoaError | UpsertGuideDraftResponse | str | None:
    """Create or overwrite guide drafts

     Writes draft contents for one or more guide files, matched by `filePath`. A file with no
    guide yet becomes a new guide; a guide without a draft gets one; an existing draft is
    overwritten. A guide of the same path that is synced from a different source (for example
    one authored in Hex) is only overwritten with `forceWrite: true`. Problems with single files
    that do not fail the whole request come back in `warnings`. Publish the drafts with
    PublishGuideDrafts.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (UpsertGuideDraftRequest): Draft contents for one or more guide files. Example:
            {'files': [{'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked
            when an invoice is paid.\\n'}], 'forceWrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpsertGuideDraftResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
