"""`--state-file` keeps every workspace of the mock: each under its own key in the same file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from hex_mock import persistence
from hex_mock.mock import HexMock, WorkspaceMock
from tests.reliability.old_formats import downgrade
from tests.reliability.test_persistence import reopened
from tests.resources.conftest import ADMIN, bearer

API = "/api/v1"
SOLO = {
    "users": [{"email": "solo@example.com", "role": "ADMIN"}],
    "tokens": [{"secret": "hxtp_solo", "user": "solo@example.com"}],
}


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state.db"


def secret_for(made: WorkspaceMock, given: str) -> str:
    return next(secret for secret, original in made.replaced_secrets.items() if original == given)


def test_every_workspace_survives_a_restart(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    demo_copy, solo = mock.create_workspace(), mock.create_workspace(SOLO)
    copy_admin, solo_admin = secret_for(demo_copy, ADMIN), secret_for(solo, "hxtp_solo")
    with TestClient(mock.app, base_url="http://mock.test") as client:
        group = client.post(f"{API}/groups", json={"name": "Kept"}, headers=bearer(copy_admin)).json()
    demo_copy.advance(90)
    restored = reopened(mock)
    try:
        assert [workspace.id for workspace in restored.workspaces()] == ["default", demo_copy.id, solo.id]
        assert restored.workspace_mock(demo_copy.id).dump() == demo_copy.dump()
        assert restored.workspace_mock(solo.id).dump() == solo.dump()
        assert restored.dump() == mock.dump()
        assert (
            restored.workspace_mock(demo_copy.id).clock.now() - restored.clock.now()
        ).total_seconds() == 90
        with TestClient(restored.app, base_url="http://mock.test") as client:
            assert client.get(f"{API}/groups/{group['id']}", headers=bearer(copy_admin)).status_code == 200
            assert client.get(f"{API}/groups/{group['id']}", headers=bearer(ADMIN)).status_code == 404
            assert client.get(f"{API}/users/me", headers=bearer(solo_admin)).status_code == 200
            # What a restored workspace was made from comes back too: its reset and its tokens.
            assert client.post(f"/__mock__/workspaces/{demo_copy.id}/reset").status_code == 204
            assert client.get(f"{API}/groups/{group['id']}", headers=bearer(copy_admin)).status_code == 404
            listed = client.get(f"/__mock__/workspaces/{solo.id}").json()["tokens"]
            assert [(token["secret"], token["replaces"]) for token in listed] == [(solo_admin, "hxtp_solo")]
    finally:
        restored.close()


def test_a_removed_workspace_is_gone_after_a_restart(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    kept, removed = mock.create_workspace(), mock.create_workspace()
    mock.delete_workspace(removed.id)
    restored = reopened(mock)
    try:
        assert [workspace.id for workspace in restored.workspaces()] == ["default", kept.id]
        with TestClient(restored.app, base_url="http://mock.test") as client:
            assert (
                client.get(f"{API}/users/me", headers=bearer(secret_for(removed, ADMIN))).status_code == 401
            )
        connection = sqlite3.connect(state_file)
        try:
            for table in [schema.name for schema in persistence.SCHEMAS] + ["settings"]:
                query = f"SELECT count(*) FROM {table} WHERE workspace = ?"
                assert connection.execute(query, (removed.id,)).fetchone() == (0,), table
        finally:
            connection.close()
    finally:
        restored.close()


def test_a_version_2_file_opens_as_the_default_workspace(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    with TestClient(mock.app, base_url="http://mock.test") as client:
        client.post(f"{API}/groups", json={"name": "Before the upgrade"}, headers=bearer(ADMIN))
    mock.close()
    downgrade(state_file, 2)
    # What version 2 could not hold comes back empty: embedding switched off, no scripted outputs,
    # no semantic projects, threads, topics or suggestions.
    expected = mock.dump()
    expected["semantic_projects"] = expected["threads"] = expected["topics"] = expected["suggestions"] = []
    for project in expected["projects"]:
        project["embedding_enabled"] = False
    for cell in expected["cells"]:
        cell["output"] = None
    upgraded = HexMock(fixtures=None, state_file=state_file)
    try:
        assert upgraded.dump() == expected
        assert [workspace.id for workspace in upgraded.workspaces()] == ["default"]
    finally:
        upgraded.close()
    connection = sqlite3.connect(state_file)
    try:
        assert connection.execute("PRAGMA user_version").fetchone() == (persistence.VERSION,)
    finally:
        connection.close()
