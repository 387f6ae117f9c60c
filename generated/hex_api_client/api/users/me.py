from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.me_user import MeUser
from ...models.me_workspace_token import MeWorkspaceToken
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MeUser | MeWorkspaceToken | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> MeUser | MeWorkspaceToken:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_me_response_type_0 = MeUser.from_dict(data)

                return componentsschemas_me_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_me_response_type_1 = MeWorkspaceToken.from_dict(data)

            return componentsschemas_me_response_type_1

        response_200 = _parse_response_200(response.json())

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


def _parse_success(response: httpx.Response) -> MeUser | MeWorkspaceToken:
    """The body of a 200 response as its model (for the resource layer)."""

    def _parse_response_200(data: object) -> MeUser | MeWorkspaceToken:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_me_response_type_0 = MeUser.from_dict(data)

            return componentsschemas_me_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_me_response_type_1 = MeWorkspaceToken.from_dict(data)

        return componentsschemas_me_response_type_1

    response_200 = _parse_response_200(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MeUser | MeWorkspaceToken | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "me (GET /v1/users/me)", response.status_code, response.content, error
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
) -> Response[ApiError | MeUser | MeWorkspaceToken | str]:
    """Describe the caller's token

     Tells who is calling. With a personal access token the answer is the token's user plus the
    workspace and token expiry; with a workspace token there is no user, so only the workspace
    and the token expiry come back. A cheap way to check that a token works.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MeUser | MeWorkspaceToken | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | MeUser | MeWorkspaceToken | str | None:
    """Describe the caller's token

     Tells who is calling. With a personal access token the answer is the token's user plus the
    workspace and token expiry; with a workspace token there is no user, so only the workspace
    and the token expiry come back. A cheap way to check that a token works.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MeUser | MeWorkspaceToken | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | MeUser | MeWorkspaceToken | str]:
    """Describe the caller's token

     Tells who is calling. With a personal access token the answer is the token's user plus the
    workspace and token expiry; with a workspace token there is no user, so only the workspace
    and the token expiry come back. A cheap way to check that a token works.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MeUser | MeWorkspaceToken | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | MeUser | MeWorkspaceToken | str | None:
    """Describe the caller's token

     Tells who is calling. With a personal access token the answer is the token's user plus the
    workspace and token expiry; with a workspace token there is no user, so only the workspace
    and the token expiry come back. A cheap way to check that a token works.

    Rate limit: Hex's `hex-api-30rpm` group, a fixed 30 requests per minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MeUser | MeWorkspaceToken | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
