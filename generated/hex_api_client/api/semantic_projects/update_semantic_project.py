from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.semantic_update_refusal import SemanticUpdateRefusal
from ...models.tsoa_error import TsoaError
from ...models.update_semantic_project_request import UpdateSemanticProjectRequest
from ...models.update_semantic_project_response import UpdateSemanticProjectResponse
from ...types import Response


def _get_kwargs(
    semantic_project_id: UUID,
    *,
    body: UpdateSemanticProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/semantic-projects/{semantic_project_id}".format(
            semantic_project_id=quote(str(semantic_project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str | None:
    if response.status_code == 200:
        response_200 = UpdateSemanticProjectResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> SemanticUpdateRefusal | TsoaError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = SemanticUpdateRefusal.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = TsoaError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = TsoaError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SemanticUpdateRefusal.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UpdateSemanticProjectResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UpdateSemanticProjectResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "update_semantic_project (PATCH /v1/semantic-projects/{semantic_project_id})",
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
    semantic_project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSemanticProjectRequest,
) -> Response[SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str]:
    """Set statuses on a semantic project's datasets and views

     Sets or clears (`status: null`) the status, endorsed ones included, of datasets and views
    of the semantic project, by name. All or nothing: if any update is refused, none is
    applied, and the error's `details` list every refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (UpdateSemanticProjectRequest): Status updates, applied all together or not at all.
            Example: {'updates': [{'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SemanticUpdateRefusal | SemanticUpdateRefusal | TsoaError | TsoaError | UpdateSemanticProjectResponse | str]
    """

    kwargs = _get_kwargs(
        semantic_project_id=semantic_project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    semantic_project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSemanticProjectRequest,
) -> SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str | None:
    """Set statuses on a semantic project's datasets and views

     Sets or clears (`status: null`) the status, endorsed ones included, of datasets and views
    of the semantic project, by name. All or nothing: if any update is refused, none is
    applied, and the error's `details` list every refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (UpdateSemanticProjectRequest): Status updates, applied all together or not at all.
            Example: {'updates': [{'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SemanticUpdateRefusal | SemanticUpdateRefusal | TsoaError | TsoaError | UpdateSemanticProjectResponse | str
    """

    return sync_detailed(
        semantic_project_id=semantic_project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    semantic_project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSemanticProjectRequest,
) -> Response[SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str]:
    """Set statuses on a semantic project's datasets and views

     Sets or clears (`status: null`) the status, endorsed ones included, of datasets and views
    of the semantic project, by name. All or nothing: if any update is refused, none is
    applied, and the error's `details` list every refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (UpdateSemanticProjectRequest): Status updates, applied all together or not at all.
            Example: {'updates': [{'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SemanticUpdateRefusal | SemanticUpdateRefusal | TsoaError | TsoaError | UpdateSemanticProjectResponse | str]
    """

    kwargs = _get_kwargs(
        semantic_project_id=semantic_project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    semantic_project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSemanticProjectRequest,
) -> SemanticUpdateRefusal | TsoaError | UpdateSemanticProjectResponse | str | None:
    """Set statuses on a semantic project's datasets and views

     Sets or clears (`status: null`) the status, endorsed ones included, of datasets and views
    of the semantic project, by name. All or nothing: if any update is refused, none is
    applied, and the error's `details` list every refused update with its reason.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (UpdateSemanticProjectRequest): Status updates, applied all together or not at all.
            Example: {'updates': [{'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SemanticUpdateRefusal | SemanticUpdateRefusal | TsoaError | TsoaError | UpdateSemanticProjectResponse | str
    """

    return (
        await asyncio_detailed(
            semantic_project_id=semantic_project_id,
            client=client,
            body=body,
        )
    ).parsed
