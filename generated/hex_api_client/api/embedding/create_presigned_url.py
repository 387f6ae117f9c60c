from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embedding_request import EmbeddingRequest
from ...models.embedding_response import EmbeddingResponse
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    project_id: UUID,
    *,
    body: EmbeddingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/embedding/createPresignedUrl/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbeddingResponse | TsoaError | str | None:
    if response.status_code == 200:
        response_200 = EmbeddingResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> EmbeddingResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = EmbeddingResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbeddingResponse | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "create_presigned_url (POST /v1/embedding/createPresignedUrl/{project_id})",
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
    body: EmbeddingRequest,
) -> Response[EmbeddingResponse | TsoaError | str]:
    """Create a single-use embedding URL for a project's app

     Returns a signed URL that shows the project's published app in an iframe, for the project's
    signed embedding. The URL can be opened once, within `expiresIn` milliseconds of this
    response (15 seconds unless given; longer values are cut to Hex's maximum of 5 minutes).
    The project must have signed embedding turned on. With `testMode` the app does not run, and
    the request counts neither towards the rate limit nor towards embedding usage.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace); requests with `testMode` are not
    counted.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EmbeddingRequest): How the embedded app is shown and to whom. Example:
            {'hexUserAttributes': {'orgId': 'my-org-id'}, 'expiresIn': 60000, 'displayOptions':
            {'theme': 'dark'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingRequest,
) -> EmbeddingResponse | TsoaError | str | None:
    """Create a single-use embedding URL for a project's app

     Returns a signed URL that shows the project's published app in an iframe, for the project's
    signed embedding. The URL can be opened once, within `expiresIn` milliseconds of this
    response (15 seconds unless given; longer values are cut to Hex's maximum of 5 minutes).
    The project must have signed embedding turned on. With `testMode` the app does not run, and
    the request counts neither towards the rate limit nor towards embedding usage.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace); requests with `testMode` are not
    counted.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EmbeddingRequest): How the embedded app is shown and to whom. Example:
            {'hexUserAttributes': {'orgId': 'my-org-id'}, 'expiresIn': 60000, 'displayOptions':
            {'theme': 'dark'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingResponse | TsoaError | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingRequest,
) -> Response[EmbeddingResponse | TsoaError | str]:
    """Create a single-use embedding URL for a project's app

     Returns a signed URL that shows the project's published app in an iframe, for the project's
    signed embedding. The URL can be opened once, within `expiresIn` milliseconds of this
    response (15 seconds unless given; longer values are cut to Hex's maximum of 5 minutes).
    The project must have signed embedding turned on. With `testMode` the app does not run, and
    the request counts neither towards the rate limit nor towards embedding usage.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace); requests with `testMode` are not
    counted.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EmbeddingRequest): How the embedded app is shown and to whom. Example:
            {'hexUserAttributes': {'orgId': 'my-org-id'}, 'expiresIn': 60000, 'displayOptions':
            {'theme': 'dark'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingResponse | TsoaError | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingRequest,
) -> EmbeddingResponse | TsoaError | str | None:
    """Create a single-use embedding URL for a project's app

     Returns a signed URL that shows the project's published app in an iframe, for the project's
    signed embedding. The URL can be opened once, within `expiresIn` milliseconds of this
    response (15 seconds unless given; longer values are cut to Hex's maximum of 5 minutes).
    The project must have signed embedding turned on. With `testMode` the app does not run, and
    the request counts neither towards the rate limit nor towards embedding usage.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace); requests with `testMode` are not
    counted.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        body (EmbeddingRequest): How the embedded app is shown and to whom. Example:
            {'hexUserAttributes': {'orgId': 'my-org-id'}, 'expiresIn': 60000, 'displayOptions':
            {'theme': 'dark'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingResponse | TsoaError | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
