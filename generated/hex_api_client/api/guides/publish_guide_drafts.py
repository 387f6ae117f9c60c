from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_guide_drafts_request import PublishGuideDraftsRequest
from ...models.publish_guide_drafts_response import PublishGuideDraftsResponse
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    *,
    body: PublishGuideDraftsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/guides/publish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PublishGuideDraftsResponse | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = PublishGuideDraftsResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> PublishGuideDraftsResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = PublishGuideDraftsResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PublishGuideDraftsResponse | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "publish_guide_drafts (POST /v1/guides/publish)",
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
    body: PublishGuideDraftsRequest,
) -> Response[PublishGuideDraftsResponse | TsoaError | str]:
    """Publish guide drafts

     Publishes the drafts of the listed guide files, or of every guide that has a draft when
    `publishAllDraftGuides` is true (the id list is then ignored). Published guides become the
    context the agent reads.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (PublishGuideDraftsRequest): Which drafts to publish: the listed ids, or every draft
            when `publishAllDraftGuides` is true. An empty object publishes nothing. Example:
            {'orgGuideFileIds': ['4b3a2918-0f7e-4d6c-9b5a-483726150f9e']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishGuideDraftsResponse | TsoaError | str]
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
    body: PublishGuideDraftsRequest,
) -> PublishGuideDraftsResponse | TsoaError | str | None:
    """Publish guide drafts

     Publishes the drafts of the listed guide files, or of every guide that has a draft when
    `publishAllDraftGuides` is true (the id list is then ignored). Published guides become the
    context the agent reads.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (PublishGuideDraftsRequest): Which drafts to publish: the listed ids, or every draft
            when `publishAllDraftGuides` is true. An empty object publishes nothing. Example:
            {'orgGuideFileIds': ['4b3a2918-0f7e-4d6c-9b5a-483726150f9e']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishGuideDraftsResponse | TsoaError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishGuideDraftsRequest,
) -> Response[PublishGuideDraftsResponse | TsoaError | str]:
    """Publish guide drafts

     Publishes the drafts of the listed guide files, or of every guide that has a draft when
    `publishAllDraftGuides` is true (the id list is then ignored). Published guides become the
    context the agent reads.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (PublishGuideDraftsRequest): Which drafts to publish: the listed ids, or every draft
            when `publishAllDraftGuides` is true. An empty object publishes nothing. Example:
            {'orgGuideFileIds': ['4b3a2918-0f7e-4d6c-9b5a-483726150f9e']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishGuideDraftsResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublishGuideDraftsRequest,
) -> PublishGuideDraftsResponse | TsoaError | str | None:
    """Publish guide drafts

     Publishes the drafts of the listed guide files, or of every guide that has a draft when
    `publishAllDraftGuides` is true (the id list is then ignored). Published guides become the
    context the agent reads.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (PublishGuideDraftsRequest): Which drafts to publish: the listed ids, or every draft
            when `publishAllDraftGuides` is true. An empty object publishes nothing. Example:
            {'orgGuideFileIds': ['4b3a2918-0f7e-4d6c-9b5a-483726150f9e']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishGuideDraftsResponse | TsoaError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
