from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sort_direction import SortDirection
from ...models.suggestion_list import SuggestionList
from ...models.suggestion_sort_by import SuggestionSortBy
from ...models.suggestion_status import SuggestionStatus
from ...models.tsoa_error import TsoaError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SuggestionStatus | Unset = UNSET,
    sort_by: SuggestionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = SortDirection.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/suggestions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SuggestionList | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = SuggestionList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> SuggestionList:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = SuggestionList.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SuggestionList | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_suggestions (GET /v1/suggestions)",
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SuggestionStatus | Unset = UNSET,
    sort_by: SuggestionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = SortDirection.DESC,
) -> Response[SuggestionList | TsoaError | str]:
    """List context suggestions

     Pages through the workspace's context suggestions: proposals, gathered by Hex's review agent
    from agent threads, to change guide files, workspace rules or warehouse metadata. Without
    `status` only open suggestions are listed. Newest first unless `sortBy` / `sortDirection`
    say otherwise (`EVIDENCE_COUNT` counts a suggestion's sources; suggestions with no source
    date sort after the others when ascending). Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        status (SuggestionStatus | Unset): Where a suggestion stands. Example: OPEN.
        sort_by (SuggestionSortBy | Unset): What suggestions are ordered by: creation, the number
            of sources, or when the latest source was added. Example: CREATED_DATE.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.DESC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuggestionList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        status=status,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SuggestionStatus | Unset = UNSET,
    sort_by: SuggestionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = SortDirection.DESC,
) -> SuggestionList | TsoaError | str | None:
    """List context suggestions

     Pages through the workspace's context suggestions: proposals, gathered by Hex's review agent
    from agent threads, to change guide files, workspace rules or warehouse metadata. Without
    `status` only open suggestions are listed. Newest first unless `sortBy` / `sortDirection`
    say otherwise (`EVIDENCE_COUNT` counts a suggestion's sources; suggestions with no source
    date sort after the others when ascending). Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        status (SuggestionStatus | Unset): Where a suggestion stands. Example: OPEN.
        sort_by (SuggestionSortBy | Unset): What suggestions are ordered by: creation, the number
            of sources, or when the latest source was added. Example: CREATED_DATE.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.DESC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuggestionList | TsoaError | str
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        limit=limit,
        status=status,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SuggestionStatus | Unset = UNSET,
    sort_by: SuggestionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = SortDirection.DESC,
) -> Response[SuggestionList | TsoaError | str]:
    """List context suggestions

     Pages through the workspace's context suggestions: proposals, gathered by Hex's review agent
    from agent threads, to change guide files, workspace rules or warehouse metadata. Without
    `status` only open suggestions are listed. Newest first unless `sortBy` / `sortDirection`
    say otherwise (`EVIDENCE_COUNT` counts a suggestion's sources; suggestions with no source
    date sort after the others when ascending). Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        status (SuggestionStatus | Unset): Where a suggestion stands. Example: OPEN.
        sort_by (SuggestionSortBy | Unset): What suggestions are ordered by: creation, the number
            of sources, or when the latest source was added. Example: CREATED_DATE.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.DESC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuggestionList | TsoaError | str]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        status=status,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SuggestionStatus | Unset = UNSET,
    sort_by: SuggestionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = SortDirection.DESC,
) -> SuggestionList | TsoaError | str | None:
    """List context suggestions

     Pages through the workspace's context suggestions: proposals, gathered by Hex's review agent
    from agent threads, to change guide files, workspace rules or warehouse metadata. Without
    `status` only open suggestions are listed. Newest first unless `sortBy` / `sortDirection`
    say otherwise (`EVIDENCE_COUNT` counts a suggestion's sources; suggestions with no source
    date sort after the others when ascending). Needs the Admin or Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        after (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        before (str | Unset): An opaque cursor. Pass it back unchanged as `after` or `before`.
            Example: eyJrIjpbIjIwMjUtMDMtMTgiXX0.
        limit (int | Unset): Number of items per page. Example: 25.
        status (SuggestionStatus | Unset): Where a suggestion stands. Example: OPEN.
        sort_by (SuggestionSortBy | Unset): What suggestions are ordered by: creation, the number
            of sources, or when the latest source was added. Example: CREATED_DATE.
        sort_direction (SortDirection | Unset): Sort order. Default: SortDirection.DESC. Example:
            DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuggestionList | TsoaError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            limit=limit,
            status=status,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
