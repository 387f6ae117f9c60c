from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tsoa_error import TsoaError
from ...models.update_proposed_change_request import UpdateProposedChangeRequest
from ...models.update_proposed_change_response import UpdateProposedChangeResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    change_id: UUID,
    *,
    body: UpdateProposedChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/suggestions/{id}/changes/{change_id}".format(
            id=quote(str(id), safe=""),
            change_id=quote(str(change_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TsoaError | UpdateProposedChangeResponse | str | None:
    if response.status_code == 200:
        response_200 = UpdateProposedChangeResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> UpdateProposedChangeResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = UpdateProposedChangeResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TsoaError | UpdateProposedChangeResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "update_suggestion_update (POST /v1/suggestions/{id}/changes/{change_id})",
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
    change_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProposedChangeRequest,
) -> Response[TsoaError | UpdateProposedChangeResponse | str]:
    """Update one proposed change of a context suggestion

     Sets the status of one proposed change, typically `COMPLETED` once applied or `DISMISSED`
    with a `rejectionReason`. `updateTarget` names the change's kind, which must match the
    change (400 otherwise). An omitted `rejectionReason` is stored as null. Needs the Admin or
    Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        change_id (UUID): The id of a proposed change (a file update's or a data warehouse
            update's). Example: 4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a.
        body (UpdateProposedChangeRequest): A proposed change's kind (which must match the
            change), new status, and why it was dismissed. Example: {'updateTarget': 'FILE_UPDATE',
            'status': 'COMPLETED', 'rejectionReason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpdateProposedChangeResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        change_id=change_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    change_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProposedChangeRequest,
) -> TsoaError | UpdateProposedChangeResponse | str | None:
    """Update one proposed change of a context suggestion

     Sets the status of one proposed change, typically `COMPLETED` once applied or `DISMISSED`
    with a `rejectionReason`. `updateTarget` names the change's kind, which must match the
    change (400 otherwise). An omitted `rejectionReason` is stored as null. Needs the Admin or
    Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        change_id (UUID): The id of a proposed change (a file update's or a data warehouse
            update's). Example: 4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a.
        body (UpdateProposedChangeRequest): A proposed change's kind (which must match the
            change), new status, and why it was dismissed. Example: {'updateTarget': 'FILE_UPDATE',
            'status': 'COMPLETED', 'rejectionReason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpdateProposedChangeResponse | str
    """

    return sync_detailed(
        id=id,
        change_id=change_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    change_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProposedChangeRequest,
) -> Response[TsoaError | UpdateProposedChangeResponse | str]:
    """Update one proposed change of a context suggestion

     Sets the status of one proposed change, typically `COMPLETED` once applied or `DISMISSED`
    with a `rejectionReason`. `updateTarget` names the change's kind, which must match the
    change (400 otherwise). An omitted `rejectionReason` is stored as null. Needs the Admin or
    Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        change_id (UUID): The id of a proposed change (a file update's or a data warehouse
            update's). Example: 4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a.
        body (UpdateProposedChangeRequest): A proposed change's kind (which must match the
            change), new status, and why it was dismissed. Example: {'updateTarget': 'FILE_UPDATE',
            'status': 'COMPLETED', 'rejectionReason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TsoaError | UpdateProposedChangeResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        change_id=change_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    change_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProposedChangeRequest,
) -> TsoaError | UpdateProposedChangeResponse | str | None:
    """Update one proposed change of a context suggestion

     Sets the status of one proposed change, typically `COMPLETED` once applied or `DISMISSED`
    with a `rejectionReason`. `updateTarget` names the change's kind, which must match the
    change (400 otherwise). An omitted `rejectionReason` is stored as null. Needs the Admin or
    Manager role.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        change_id (UUID): The id of a proposed change (a file update's or a data warehouse
            update's). Example: 4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a.
        body (UpdateProposedChangeRequest): A proposed change's kind (which must match the
            change), new status, and why it was dismissed. Example: {'updateTarget': 'FILE_UPDATE',
            'status': 'COMPLETED', 'rejectionReason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TsoaError | UpdateProposedChangeResponse | str
    """

    return (
        await asyncio_detailed(
            id=id,
            change_id=change_id,
            client=client,
            body=body,
        )
    ).parsed
