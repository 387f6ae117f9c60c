from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.draft_guide_list import DraftGuideList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["externalSource"] = external_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/guides/draft/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DraftGuideList | str | None:
    if response.status_code == 200:
        response_200 = DraftGuideList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DraftGuideList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = DraftGuideList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DraftGuideList | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "list_draft_guides (GET /v1/guides/draft/list)",
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
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
) -> Response[ApiError | DraftGuideList | str]:
    """List guides that have a draft

     Pages through the guide files that currently have a draft, up to 100 per page (also the
    default page size). `externalSource` restricts the list to guides synced from one external
    source.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        limit (int | Unset): Number of guide files per page (1 to 100, default 100). Example: 50.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        external_source (str | Unset):  Example: {"source":"github","owner":"my-org","repo":"my-
            repo","baseUrl":"https://github.com"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DraftGuideList | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        external_source=external_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
) -> ApiError | DraftGuideList | str | None:
    """List guides that have a draft

     Pages through the guide files that currently have a draft, up to 100 per page (also the
    default page size). `externalSource` restricts the list to guides synced from one external
    source.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        limit (int | Unset): Number of guide files per page (1 to 100, default 100). Example: 50.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        external_source (str | Unset):  Example: {"source":"github","owner":"my-org","repo":"my-
            repo","baseUrl":"https://github.com"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DraftGuideList | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        before=before,
        external_source=external_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
) -> Response[ApiError | DraftGuideList | str]:
    """List guides that have a draft

     Pages through the guide files that currently have a draft, up to 100 per page (also the
    default page size). `externalSource` restricts the list to guides synced from one external
    source.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        limit (int | Unset): Number of guide files per page (1 to 100, default 100). Example: 50.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        external_source (str | Unset):  Example: {"source":"github","owner":"my-org","repo":"my-
            repo","baseUrl":"https://github.com"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DraftGuideList | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        external_source=external_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
) -> ApiError | DraftGuideList | str | None:
    """List guides that have a draft

     Pages through the guide files that currently have a draft, up to 100 per page (also the
    default page size). `externalSource` restricts the list to guides synced from one external
    source.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        limit (int | Unset): Number of guide files per page (1 to 100, default 100). Example: 50.
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        external_source (str | Unset):  Example: {"source":"github","owner":"my-org","repo":"my-
            repo","baseUrl":"https://github.com"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DraftGuideList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            before=before,
            external_source=external_source,
        )
    ).parsed
