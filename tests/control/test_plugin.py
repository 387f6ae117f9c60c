"""The pytest plugin: `hex_client_factory`, the live server built from `hex_mock_options`, and the
async fixtures under anyio's pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from hex_api_client import AuthenticatedClient
from hex_api_client.api.users import me
from hex_api_client.models import MeUser, MeWorkspaceToken
from hex_mock.mock import HexMock

KIM = "hxtp_kim_plugin"
OPTIONS: dict[str, Any] = {
    "fixtures": {
        "users": [{"email": "kim@example.com", "role": "MANAGER"}],
        "tokens": [{"secret": KIM, "user": "kim@example.com"}],
    },
    "seed": 3,
}


def test_the_client_factory_calls_the_same_mock_with_each_token(
    hex_client_factory: Callable[[str], AuthenticatedClient], hex_mock: HexMock
) -> None:
    admin = me.sync(client=hex_client_factory("hxtp_demo_ana_admin"))
    workspace = me.sync(client=hex_client_factory("hxtw_demo_readonly"))
    assert isinstance(admin, MeUser)
    assert admin.email == "ana@example.com"
    assert isinstance(workspace, MeWorkspaceToken)
    assert [entry.token_kind for entry in hex_mock.journal()] == ["personal", "workspace"]


class TestTheLiveServerFollowsTheOptions:
    @pytest.fixture
    def hex_mock_options(self) -> dict[str, Any]:
        return OPTIONS

    def test_its_workspace_is_the_options_one(self, hex_live_server: str, hex_live_mock: HexMock) -> None:
        mine = httpx.get(f"{hex_live_server}/api/v1/users/me", headers={"Authorization": f"Bearer {KIM}"})
        assert mine.json()["email"] == "kim@example.com"
        demo = httpx.get(
            f"{hex_live_server}/api/v1/users/me", headers={"Authorization": "Bearer hxtp_demo_ana_admin"}
        )
        assert demo.status_code == 401
        assert [user.email for user in hex_live_mock.workspace.users] == ["kim@example.com"]
        hex_live_mock.load_fixtures({"users": [{"email": "temp@example.com"}]})

    def test_each_test_gets_it_reset(self, hex_live_mock: HexMock) -> None:
        assert [user.email for user in hex_live_mock.workspace.users] == ["kim@example.com"]


def test_the_default_live_server_serves_the_demo(hex_live_server: str) -> None:
    response = httpx.get(
        f"{hex_live_server}/api/v1/users/me", headers={"Authorization": "Bearer hxtp_demo_ana_admin"}
    )
    assert response.json()["email"] == "ana@example.com"


@pytest.mark.anyio
async def test_the_async_client_runs_under_anyio(hex_async_client: AuthenticatedClient) -> None:
    answer = await me.asyncio(client=hex_async_client)
    assert isinstance(answer, MeUser)
    assert answer.email == "ana@example.com"
