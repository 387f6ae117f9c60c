from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.semantic_archive_refusal import SemanticArchiveRefusal
from ...models.semantic_project_archive_form import SemanticProjectArchiveForm
from ...models.semantic_project_sync_result import SemanticProjectSyncResult
from ...models.tsoa_error import TsoaError
from ...types import Response


def _get_kwargs(
    semantic_project_id: UUID,
    *,
    body: SemanticProjectArchiveForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/semantic-models/{semantic_project_id}/ingest".format(
            semantic_project_id=quote(str(semantic_project_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str | None:
    if response.status_code == 201:
        response_201 = SemanticProjectSyncResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SemanticArchiveRefusal.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = TsoaError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TsoaError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = TsoaError.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> SemanticProjectSyncResult:
    """The body of a 201 response as its model (for the resource layer)."""
    response_201 = SemanticProjectSyncResult.from_dict(response.json())

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "ingest_semantic_model (POST /v1/semantic-models/{semantic_project_id}/ingest)",
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
    body: SemanticProjectArchiveForm,
) -> Response[SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str]:
    """Ingest a semantic project (semantic-models path)

     The older spelling of IngestSemanticProject's path, which Hex still serves: same form, payload
    and errors as `POST /v1/semantic-projects/{semanticProjectId}/ingest`; use that path in new
    code.

    Rate limit: 3 requests per minute (Hex's documented limit; the mock's group is
    `hex-semantic-ingest`).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (SemanticProjectArchiveForm): The form IngestSemanticProject takes. Example: {'file':
            'semantic-project.zip', 'dryRun': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str]
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
    body: SemanticProjectArchiveForm,
) -> SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str | None:
    """Ingest a semantic project (semantic-models path)

     The older spelling of IngestSemanticProject's path, which Hex still serves: same form, payload
    and errors as `POST /v1/semantic-projects/{semanticProjectId}/ingest`; use that path in new
    code.

    Rate limit: 3 requests per minute (Hex's documented limit; the mock's group is
    `hex-semantic-ingest`).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (SemanticProjectArchiveForm): The form IngestSemanticProject takes. Example: {'file':
            'semantic-project.zip', 'dryRun': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str
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
    body: SemanticProjectArchiveForm,
) -> Response[SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str]:
    """Ingest a semantic project (semantic-models path)

     The older spelling of IngestSemanticProject's path, which Hex still serves: same form, payload
    and errors as `POST /v1/semantic-projects/{semanticProjectId}/ingest`; use that path in new
    code.

    Rate limit: 3 requests per minute (Hex's documented limit; the mock's group is
    `hex-semantic-ingest`).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (SemanticProjectArchiveForm): The form IngestSemanticProject takes. Example: {'file':
            'semantic-project.zip', 'dryRun': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str]
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
    body: SemanticProjectArchiveForm,
) -> SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str | None:
    """Ingest a semantic project (semantic-models path)

     The older spelling of IngestSemanticProject's path, which Hex still serves: same form, payload
    and errors as `POST /v1/semantic-projects/{semanticProjectId}/ingest`; use that path in new
    code.

    Rate limit: 3 requests per minute (Hex's documented limit; the mock's group is
    `hex-semantic-ingest`).

    Args:
        semantic_project_id (UUID): Identifies a semantic project. Example:
            6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.
        body (SemanticProjectArchiveForm): The form IngestSemanticProject takes. Example: {'file':
            'semantic-project.zip', 'dryRun': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SemanticArchiveRefusal | SemanticProjectSyncResult | TsoaError | str
    """

    return (
        await asyncio_detailed(
            semantic_project_id=semantic_project_id,
            client=client,
            body=body,
        )
    ).parsed
