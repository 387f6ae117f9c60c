from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.cell_chart_image import CellChartImage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cell_id: UUID,
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
        "url": "/v1/cells/{cell_id}/image".format(
            cell_id=quote(str(cell_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CellChartImage | str | None:
    if response.status_code == 200:
        response_200 = CellChartImage.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

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


def _parse_success(response: httpx.Response) -> CellChartImage:
    """The body of a 200 response as its model (for the resource layer)."""
    response_200 = CellChartImage.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CellChartImage | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise errors.UnparseableResponse(
            "get_chart_image_from_logic (GET /v1/cells/{cell_id}/image)",
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
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> Response[ApiError | CellChartImage | str]:
    """Get a chart cell's image from the draft

     Returns a chart cell as it currently appears in the project's draft notebook, as a
    base64-encoded PNG in a JSON body. The cell may be named by its id or its static id. `width`
    and `height` (in pixels) only take effect when both are given; `includeTitle=true` draws the
    chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CellChartImage | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
        width=width,
        height=height,
        include_title=include_title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> ApiError | CellChartImage | str | None:
    """Get a chart cell's image from the draft

     Returns a chart cell as it currently appears in the project's draft notebook, as a
    base64-encoded PNG in a JSON body. The cell may be named by its id or its static id. `width`
    and `height` (in pixels) only take effect when both are given; `includeTitle=true` draws the
    chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CellChartImage | str
    """

    return sync_detailed(
        cell_id=cell_id,
        client=client,
        width=width,
        height=height,
        include_title=include_title,
    ).parsed


async def asyncio_detailed(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> Response[ApiError | CellChartImage | str]:
    """Get a chart cell's image from the draft

     Returns a chart cell as it currently appears in the project's draft notebook, as a
    base64-encoded PNG in a JSON body. The cell may be named by its id or its static id. `width`
    and `height` (in pixels) only take effect when both are given; `includeTitle=true` draws the
    chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CellChartImage | str]
    """

    kwargs = _get_kwargs(
        cell_id=cell_id,
        width=width,
        height=height,
        include_title=include_title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cell_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    include_title: bool | Unset = UNSET,
) -> ApiError | CellChartImage | str | None:
    """Get a chart cell's image from the draft

     Returns a chart cell as it currently appears in the project's draft notebook, as a
    base64-encoded PNG in a JSON body. The cell may be named by its id or its static id. `width`
    and `height` (in pixels) only take effect when both are given; `includeTitle=true` draws the
    chart's title into the image.

    Rate limit: Hex's `hex-chart-image` group, at most 20 requests per minute.

    Args:
        cell_id (UUID): The version-scoped id of a cell. Example:
            3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        width (int | Unset): A width or height of a rendered chart image, in pixels. Example: 800.
        height (int | Unset): A width or height of a rendered chart image, in pixels. Example:
            800.
        include_title (bool | Unset): Draw the chart's title into the image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CellChartImage | str
    """

    return (
        await asyncio_detailed(
            cell_id=cell_id,
            client=client,
            width=width,
            height=height,
            include_title=include_title,
        )
    ).parsed
