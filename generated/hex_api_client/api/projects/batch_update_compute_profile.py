from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.batch_update_compute_profile_request import (
    BatchUpdateComputeProfileRequest,
)
from ...models.compute_profile_batch_result import ComputeProfileBatchResult
from ...types import Response


def _get_kwargs(
    *,
    body: BatchUpdateComputeProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/compute-profile/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ComputeProfileBatchResult | str | None:
    if response.status_code == 200:
        response_200 = ComputeProfileBatchResult.from_dict(response.json())

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

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

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


def _parse_success(response: httpx.Response) -> ComputeProfileBatchResult:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = ComputeProfileBatchResult.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ComputeProfileBatchResult | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "batch_update_compute_profile (POST /v1/projects/compute-profile/batch)",
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
    body: BatchUpdateComputeProfileRequest,
) -> Response[ApiError | ComputeProfileBatchResult | str]:
    """Set the compute profile of several projects

     Sets the compute profile (kernel image and machine size) of up to 25 projects at once. Every
    project the caller can edit is updated; the others (unknown, not visible, or shared below
    Can edit) are left unchanged and listed in `errors` with the reason, and the request still
    succeeds.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (BatchUpdateComputeProfileRequest): The projects to change (at most 25; a project
            named twice counts once) and the compute profile they get. Example: {'projectIds':
            ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11',
            'size': 'medium'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ComputeProfileBatchResult | str]
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
    body: BatchUpdateComputeProfileRequest,
) -> ApiError | ComputeProfileBatchResult | str | None:
    """Set the compute profile of several projects

     Sets the compute profile (kernel image and machine size) of up to 25 projects at once. Every
    project the caller can edit is updated; the others (unknown, not visible, or shared below
    Can edit) are left unchanged and listed in `errors` with the reason, and the request still
    succeeds.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (BatchUpdateComputeProfileRequest): The projects to change (at most 25; a project
            named twice counts once) and the compute profile they get. Example: {'projectIds':
            ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11',
            'size': 'medium'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ComputeProfileBatchResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchUpdateComputeProfileRequest,
) -> Response[ApiError | ComputeProfileBatchResult | str]:
    """Set the compute profile of several projects

     Sets the compute profile (kernel image and machine size) of up to 25 projects at once. Every
    project the caller can edit is updated; the others (unknown, not visible, or shared below
    Can edit) are left unchanged and listed in `errors` with the reason, and the request still
    succeeds.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (BatchUpdateComputeProfileRequest): The projects to change (at most 25; a project
            named twice counts once) and the compute profile they get. Example: {'projectIds':
            ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11',
            'size': 'medium'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ComputeProfileBatchResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchUpdateComputeProfileRequest,
) -> ApiError | ComputeProfileBatchResult | str | None:
    """Set the compute profile of several projects

     Sets the compute profile (kernel image and machine size) of up to 25 projects at once. Every
    project the caller can edit is updated; the others (unknown, not visible, or shared below
    Can edit) are left unchanged and listed in `errors` with the reason, and the request still
    succeeds.

    Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
    default (Hex notes these numbers may vary per workspace).

    Args:
        body (BatchUpdateComputeProfileRequest): The projects to change (at most 25; a project
            named twice counts once) and the compute profile they get. Example: {'projectIds':
            ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11',
            'size': 'medium'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ComputeProfileBatchResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
