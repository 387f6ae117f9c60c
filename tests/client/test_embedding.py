"""Signed embedding through the client, in-process and served: the URL it gets opens once."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
from starlette.testclient import TestClient

from hex_api_client.api.embedding import create_presigned_url
from hex_api_client.models import EmbeddingDisplayOptions, EmbeddingRequest, EmbeddingResponse, EmbeddingTheme
from tests.client.conftest import IN_PROCESS, Target
from tests.client.support import WEEKLY, expect


def follow(target: Target, url: str) -> httpx.Response:
    if target.name == IN_PROCESS:
        with TestClient(target.mock.app) as client:
            page: httpx.Response = client.get(urlsplit(url).path)
            return page
    return httpx.get(url)


def test_the_signed_url_points_at_the_mock_and_opens_once(target: Target) -> None:
    request = EmbeddingRequest(display_options=EmbeddingDisplayOptions(theme=EmbeddingTheme.DARK))
    signed = expect(create_presigned_url.sync(WEEKLY, client=target.client, body=request), EmbeddingResponse)

    assert signed.url.startswith(target.base_url.removesuffix("/api") + "/embedded/")
    first, second = follow(target, signed.url), follow(target, signed.url)
    assert first.status_code == 200
    assert "Weekly revenue" in first.text
    assert second.status_code == 410
