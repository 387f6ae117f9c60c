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
from hex_mock.pytest_plugin import LiveWorkspace, live_workspace

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


class TestEachTestGetsAWorkspaceOfItsOwn:
    """Both tests change their workspace in the same way: neither sees the other's change, whatever
    order (or worker) they run in."""

    @pytest.mark.parametrize("attempt", [1, 2])
    def test_a_change_stays_in_its_workspace(self, hex_live_workspace: LiveWorkspace, attempt: int) -> None:
        token = {"Authorization": f"Bearer {hex_live_workspace.token()}"}
        with httpx.Client(base_url=f"{hex_live_workspace.base_url}/api/v1", headers=token) as api:
            before = len(api.get("/groups").json()["values"])
            assert api.post("/groups", json={"name": f"Attempt {attempt}"}).status_code == 201
            assert len(api.get("/groups").json()["values"]) == before + 1
        with httpx.Client(base_url=hex_live_workspace.control_url) as control:
            assert (
                control.post("/clock/advance", json={"seconds": 60}).json()["now"]
                == "2025-01-06T09:01:00.000Z"
            )
            journal = control.get("/journal").json()["entries"]
        assert [entry["operationId"] for entry in journal] == ["ListGroups", "CreateGroup", "ListGroups"]


def test_a_workspace_is_removed_when_its_test_ends(hex_workspace_server: str) -> None:
    with live_workspace(hex_workspace_server) as workspace:
        token = {"Authorization": f"Bearer {workspace.token()}"}
        assert httpx.get(f"{workspace.base_url}/api/v1/users/me", headers=token).status_code == 200
    assert httpx.get(f"{workspace.base_url}/api/v1/users/me", headers=token).status_code == 401
    assert httpx.get(workspace.control_url).status_code == 404
