from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.run_chart_image import RunChartImage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: UUID,
    run_id: UUID,
    static_id: UUID,
    *,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["width"] = width

    params["height"] = height

    params["includeTitle"] = include_title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/runs/{run_id}/cells/{static_id}/image".format(
            project_id=quote(str(project_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            static_id=quote(str(static_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | RunChartImage | str | None:
    if response.status_code == 200:
        response_200 = RunChartImage.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> RunChartImage:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = RunChartImage.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | RunChartImage | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_chart_image_from_run (GET /v1/projects/{project_id}/runs/{run_id}/cells/{static_id}/image)",
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
    run_id: UUID,
    static_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> Response[ApiError | RunChartImage | str]:
    """Get a chart cell's image from a run

     Returns a chart cell as it was rendered during the given run, as a base64-encoded PNG in a
    JSON body. The cell is named by its `staticId`, which stays the same across project
    versions, not by its version-scoped cell id. Only chart cells that ran without error in that
    run have an image. `width` and `height` (in pixels) only take effect when both are given;
    `includeTitle=true` draws the chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RunChartImage | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        run_id=run_id,
        static_id=static_id,
        width=width,
        height=height,
        include_title=include_title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    run_id: UUID,
    static_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> ApiError | RunChartImage | str | None:
    """Get a chart cell's image from a run

     Returns a chart cell as it was rendered during the given run, as a base64-encoded PNG in a
    JSON body. The cell is named by its `staticId`, which stays the same across project
    versions, not by its version-scoped cell id. Only chart cells that ran without error in that
    run have an image. `width` and `height` (in pixels) only take effect when both are given;
    `includeTitle=true` draws the chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RunChartImage | str
    """

    return sync_detailed(
        project_id=project_id,
        run_id=run_id,
        static_id=static_id,
        client=client,
        width=width,
        height=height,
        include_title=include_title,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    run_id: UUID,
    static_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> Response[ApiError | RunChartImage | str]:
    """Get a chart cell's image from a run

     Returns a chart cell as it was rendered during the given run, as a base64-encoded PNG in a
    JSON body. The cell is named by its `staticId`, which stays the same across project
    versions, not by its version-scoped cell id. Only chart cells that ran without error in that
    run have an image. `width` and `height` (in pixels) only take effect when both are given;
    `includeTitle=true` draws the chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RunChartImage | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        run_id=run_id,
        static_id=static_id,
        width=width,
        height=height,
        include_title=include_title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    run_id: UUID,
    static_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> ApiError | RunChartImage | str | None:
    """Get a chart cell's image from a run

     Returns a chart cell as it was rendered during the given run, as a base64-encoded PNG in a
    JSON body. The cell is named by its `staticId`, which stays the same across project
    versions, not by its version-scoped cell id. Only chart cells that ran without error in that
    run have an image. `width` and `height` (in pixels) only take effect when both are given;
    `includeTitle=true` draws the chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL).
            Example: 5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RunChartImage | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            run_id=run_id,
            static_id=static_id,
            client=client,
            width=width,
            height=height,
            include_title=include_title,
        )
    ).parsed
