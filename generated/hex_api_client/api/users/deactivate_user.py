from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.deactivate_user_response import DeactivateUserResponse
from ...types import Response


def _get_kwargs(
    user_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users/{user_id}/deactivate".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DeactivateUserResponse | str | None:
    if response.status_code == 200:
        response_200 = DeactivateUserResponse.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DeactivateUserResponse:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = DeactivateUserResponse.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DeactivateUserResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "deactivate_user (POST /v1/users/{user_id}/deactivate)",
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
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DeactivateUserResponse | str]:
    """Deactivate a user

     Deactivates a workspace user and returns the user as it is afterwards. A deactivated user can
    no longer sign in and their personal access tokens stop working. Takes no request body.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        user_id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeactivateUserResponse | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DeactivateUserResponse | str | None:
    """Deactivate a user

     Deactivates a workspace user and returns the user as it is afterwards. A deactivated user can
    no longer sign in and their personal access tokens stop working. Takes no request body.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        user_id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeactivateUserResponse | str
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DeactivateUserResponse | str]:
    """Deactivate a user

     Deactivates a workspace user and returns the user as it is afterwards. A deactivated user can
    no longer sign in and their personal access tokens stop working. Takes no request body.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        user_id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeactivateUserResponse | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DeactivateUserResponse | str | None:
    """Deactivate a user

     Deactivates a workspace user and returns the user as it is afterwards. A deactivated user can
    no longer sign in and their personal access tokens stop working. Takes no request body.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Args:
        user_id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeactivateUserResponse | str
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
