"""`--state-file` / HexMock(state_file=...): restored at start, durable before each write is
answered (including across `kill -9`), atomic on disk, and refused loudly when unusable."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from hex_mock import persistence
from hex_mock.clock import ManualClock
from hex_mock.mock import HexMock
from hex_mock.persistence import StateFileError
from hex_mock.store import Table, Token, Workspace
from tests.reliability.support import API, OVERVIEW, ProcessServer, async_client, bearer, run_cli, walk
from tests.resources.conftest import ADMIN, EDITOR
from tests.resources.demo_ids import CHURN, DATA_TEAM, EVE, WEEKLY

# --- a workspace that uses every table and setting ------------------------------------------------


def busy_mock(state_file: Path, clock: ManualClock | None = None) -> HexMock:
    """The demo workspace after writes that fill every table and non-default setting."""
    mock = HexMock(
        fixtures="demo", clock=clock or ManualClock(), validate_responses=True, state_file=state_file
    )
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:

        def ok(response: httpx.Response) -> Any:
            assert response.status_code < 300, response.text
            return response.json() if response.content else None

        mock.workspace.issue_token(EVE, kind="workspace", scopes={"projects:read", "cells:write"})
        mock.workspace.issue_token(EVE, expires_at=mock.clock.now() + timedelta(days=3))
        mock.publish_project(
            CHURN,
            inputs=[
                {"name": "region", "data_type": "string", "input_cell_type": "dropdown", "default": "EU"}
            ],
        )
        ok(
            client.post(
                f"{API}/groups", json={"name": "Ünïcode 😀 group", "members": {"users": [{"id": EVE}]}}
            )
        )
        ok(client.post(f"{API}/collections", json={"name": "Saved"}))
        # An escaped surrogate pair (an emoji) and raw multi-byte text.
        escaped = b'{"title": "New \\u00e9", "description": "made \\ud83d\\ude00 here"}'
        ok(client.post(f"{API}/projects", content=escaped, headers={"content-type": "application/json"}))
        ok(
            client.post(
                f"{API}/cells",
                json={
                    "projectId": WEEKLY,
                    "cellType": "SQL",
                    "contents": {"sqlCell": {"source": "select 1"}},
                    "location": {"insertAfterCellId": OVERVIEW},
                },
            )
        )
        ok(
            client.put(
                f"{API}/guides/draft",
                json={
                    "files": [
                        {
                            "filePath": "teams/ops.md",
                            "contents": "é" * 1000,
                            "externalSource": {
                                "source": "github",
                                "owner": "o",
                                "repo": "r",
                                "branch": "main",
                                "commitHash": "9fceb02d0ae598e95dc970b74767f19372d61af8",
                                "path": "guides/ops.md",
                            },
                        }
                    ]
                },
            )
        )
        mock.script_run_outcomes(WEEKLY, ["ERRORED", "COMPLETED"])
        mock.set_run_progression("reads", reads=3)
        run = ok(
            client.post(
                f"{API}/projects/{WEEKLY}/runs",
                json={
                    "inputParams": {"region": "EMEA"},
                    "notifications": [
                        {"type": "ALL", "includeSuccessScreenshot": True, "groupIds": [DATA_TEAM]},
                    ],
                },
                headers={"flag-config-override": "beta=1"},
            )
        )
        ok(client.get(f"{API}/projects/{WEEKLY}/runs/{run['runId']}"))  # a counted status read
        mock.set_run_progression("clock", pending_seconds=0.25, running_seconds=2.5)
        ok(client.post(f"{API}/projects/{WEEKLY}/runs", json={}))
        mock.set_kernel_capacity(7)
        mock.advance(0.123456)  # microseconds survive the trip
        ok(client.patch(f"{API}/projects/{CHURN}", json={"status": "Completed"}))
    mock.save()  # the tokens issued directly above
    return mock


def comparable(token: Token) -> Token:
    return dataclasses.replace(token, secret=None)


def assert_same_workspace(saved: Workspace, restored: Workspace) -> None:
    """Field by field, record by record (dataclass equality: exact datetimes, frozensets, tuples)."""
    for field in dataclasses.fields(Workspace):
        if field.name in ("clock", "ids"):
            continue
        before, after = getattr(saved, field.name), getattr(restored, field.name)
        if field.name == "tokens":
            assert {key: comparable(token) for key, token in before.items()} == after
        elif isinstance(before, Table):
            assert list(before) == list(after), field.name
        else:
            assert before == after, field.name


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


def test_every_table_and_setting_round_trips(state_file: Path) -> None:
    mock = busy_mock(state_file)
    saved = mock.workspace
    next_id, next_trace = saved.ids.position(), mock.runtime.trace_ids.position()
    mock.close()

    restored = HexMock(fixtures=None, state_file=state_file)
    try:
        assert_same_workspace(saved, restored.workspace)
        assert restored.dump() == mock.dump()
        # New ids continue the sequence: nothing issued after a restart repeats an earlier id.
        assert restored.workspace.ids.position() == next_id
        assert restored.runtime.trace_ids.position() == next_trace
        # The manual clock resumes at the saved time, to the microsecond.
        assert restored.clock.now() == mock.clock.now()
        assert restored.clock.now().microsecond == 123456
    finally:
        restored.close()


def test_tokens_are_saved_as_digests_and_still_authenticate(state_file: Path) -> None:
    mock = busy_mock(state_file)
    issued = [
        token.secret
        for token in mock.workspace.tokens.values()
        if token.secret and "demo" not in token.secret
    ]
    mock.close()
    text = state_file.read_text()
    for secret in [ADMIN, EDITOR, "hxtw_demo_readonly", *issued]:
        assert secret
        assert secret not in text
    restored = HexMock(fixtures=None, state_file=state_file)
    try:
        assert all(token.secret is None for token in restored.workspace.tokens.values())
        client = TestClient(restored.app, base_url="http://mock.test")
        assert client.get(f"{API}/users/me", headers=bearer(ADMIN)).status_code == 200
        assert client.get(f"{API}/users/me", headers=bearer("hxtp_demo_eve_revoked")).status_code == 401
        assert client.get(f"{API}/users/me", headers=bearer("hxtp_demo_eve_expired")).status_code == 401
    finally:
        restored.close()


def test_a_new_file_starts_from_the_fixtures_and_is_written_at_once(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    try:
        assert state_file.exists()
        assert persistence.parse(state_file.read_bytes(), state_file)["workspace"] == mock.dump()
        assert oct(state_file.stat().st_mode & 0o777) == "0o600"
    finally:
        mock.close()


def test_reads_do_not_touch_the_disk_and_writes_do(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    state = mock._state
    assert state is not None
    try:
        with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
            before = state.snapshots_written
            for path in (
                "/groups",
                "/projects",
                f"/projects/{WEEKLY}",
                "/users/me",
                f"/cells?projectId={WEEKLY}",
            ):
                assert client.get(API + path).status_code == 200
            assert client.post(f"{API}/groups", json={}).status_code == 422  # refused writes neither
            assert state.snapshots_written == before
            assert client.post(f"{API}/groups", json={"name": "x"}).status_code == 201
            assert state.snapshots_written == before + 1
    finally:
        mock.close()


def test_a_write_that_cannot_be_saved_is_not_acknowledged(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    try:

        def disk_full(_path: Path, _data: bytes) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(persistence, "write_atomically", disk_full)
        with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
            response = client.post(f"{API}/groups", json={"name": "lost"})
            assert response.status_code == 500
            assert "The change could not be saved" in response.text
            assert client.get(f"{API}/groups").status_code == 200  # reads carry on
    finally:
        mock.close()


# --- atomic writes -------------------------------------------------------------------------------------


def test_writes_go_through_a_synced_temporary_file_and_an_atomic_rename(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        calls.append("fsync")
        real_fsync(descriptor)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(f"replace {Path(source).name}")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    try:
        mock.save()
    finally:
        mock.close()
    # The data is synced before the rename, and the directory after it.
    assert calls == ["fsync", f"replace .{state_file.name}.tmp", "fsync"]


def test_a_crash_during_a_save_leaves_the_previous_state(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    before = state_file.read_bytes()

    def crash(_source: Any, _target: Any) -> None:
        raise KeyboardInterrupt("the process died here")

    monkeypatch.setattr(os, "replace", crash)
    mock.workspace.statuses["New status"] = False
    with pytest.raises(KeyboardInterrupt):
        mock.save()
    mock.close()
    monkeypatch.undo()
    assert state_file.read_bytes() == before
    assert (state_file.parent / f".{state_file.name}.tmp").exists()  # the half-done write, ignored
    restored = HexMock(fixtures=None, state_file=state_file)
    try:
        assert "New status" not in restored.workspace.statuses
    finally:
        restored.close()


def test_one_state_file_serves_one_mock_at_a_time(state_file: Path) -> None:
    first = HexMock(fixtures="demo", state_file=state_file)
    with pytest.raises(StateFileError, match="another hex-mock is using this state file"):
        HexMock(fixtures="demo", state_file=state_file)
    first.close()
    HexMock(fixtures="demo", state_file=state_file).close()


# --- unusable files --------------------------------------------------------------------------------


def _damaged(good: bytes) -> Iterator[tuple[str, bytes, str]]:
    header, _, payload = good.partition(b"\n")
    yield "empty", b"", "empty"
    yield "truncated", good[: len(good) // 2], "truncated"
    yield "one byte cut", good[:-1], "truncated"
    yield "padded", good + b" ", "truncated or padded"
    yield "bit flip", good[:-20] + bytes([good[-20] ^ 1]) + good[-19:], "checksum"
    yield "not ours", b'{"users": []}\n{}', "not a hex-mock state file"
    yield "binary", b"\x00\xff\xfe garbage", "not a hex-mock state file"
    yield "header only", header, "not a hex-mock state file"
    newer = json.loads(header) | {"version": persistence.VERSION + 1}
    yield "newer version", json.dumps(newer).encode() + b"\n" + payload, "version 2 is not supported"
    untagged = {key: value for key, value in json.loads(header).items() if key != "version"}
    yield "no version", json.dumps(untagged).encode() + b"\n" + payload, "version None is not supported"
    # Checksummed but not a workspace this hex-mock knows: incompatible content is refused too.
    state = json.loads(payload)
    state["workspace"]["groups"][0]["colour"] = "red"
    yield "unknown field", persistence.serialise(state), "unknown field(s) colour"
    del state["workspace"]["groups"]
    yield "missing table", persistence.serialise(state), "missing section groups"
    yield "not an object", persistence.serialise({"workspace": []}), "no workspace"


@pytest.fixture(scope="module")
def good_state(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "state.json"
    HexMock(fixtures="demo", state_file=path).close()
    return path.read_bytes()


def test_every_kind_of_damage_is_refused_with_a_clear_error(state_file: Path, good_state: bytes) -> None:
    for name, data, message in _damaged(good_state):
        state_file.write_bytes(data)
        with pytest.raises(StateFileError) as refused:
            HexMock(fixtures="demo", state_file=state_file)
        assert str(state_file) in str(refused.value), name
        assert message in str(refused.value), f"{name}: {refused.value}"
        state_file.unlink()


@pytest.mark.live
def test_serve_refuses_to_start_on_a_damaged_file(state_file: Path, good_state: bytes) -> None:
    state_file.write_bytes(good_state[: len(good_state) // 3])
    result = run_cli("serve", "--port", "1", "--state-file", str(state_file))
    assert result.returncode == 1
    assert "hex-mock: cannot start" in result.stderr
    assert "truncated" in result.stderr
    assert "Mock Hex API" not in result.stdout  # it never served an empty workspace
    assert state_file.read_bytes() == good_state[: len(good_state) // 3]  # and left the file alone


@pytest.mark.live
def test_serve_refuses_a_state_file_in_a_missing_directory(tmp_path: Path) -> None:
    result = run_cli("serve", "--port", "1", "--state-file", str(tmp_path / "no" / "such" / "state.json"))
    assert result.returncode == 1
    assert "cannot use this location" in result.stderr


# --- kill -9 ---------------------------------------------------------------------------------------


async def _write_many(
    base_url: str, count: int, *, kill_after: int | None = None, kill: Callable[[], None] | None = None
) -> list[str]:
    """`count` concurrent CreateGroup requests; the ids of those acknowledged (2xx) before any kill.

    With `kill_after`, `kill()` is called as soon as that many were acknowledged, with the rest
    still in flight; what is acknowledged after that moment is not counted.
    """
    acknowledged: list[str] = []
    killed = False
    clients = [async_client(base_url, connections=2) for _ in range(25)]

    async def create(index: int) -> None:
        nonlocal killed
        try:
            response = await clients[index % len(clients)].post(
                f"{API}/groups", json={"name": f"crash {index}"}
            )
        except httpx.TransportError:
            return  # the server died first: not acknowledged
        if response.status_code == 201 and not killed:
            acknowledged.append(response.json()["id"])
            if kill is not None and len(acknowledged) == kill_after:
                kill()
                killed = True

    try:
        await asyncio.wait_for(asyncio.gather(*(create(index) for index in range(count))), timeout=60)
    finally:
        for client in clients:
            await client.aclose()
    return acknowledged


async def _group_ids(base_url: str) -> list[str]:
    async with async_client(base_url) as client:
        return [group["id"] for group in await walk(client, f"{API}/groups", {"limit": 100})]


@pytest.mark.live
def test_acknowledged_writes_survive_kill_9(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    # 230 writes in seconds: far beyond the default group's 30 a minute, which is not the subject here.
    first = ProcessServer("--state-file", str(state_file), "--rate-limit", "hex-api=none").start()
    try:
        # Sequential writes, then a burst; kill -9 while the burst is still in flight.
        settled = asyncio.run(_write_many(first.base_url, 30))
        assert len(settled) == 30
        burst = asyncio.run(_write_many(first.base_url, 200, kill_after=60, kill=first.kill))
    finally:
        first.stop()
    assert len(burst) == 60

    second = ProcessServer("--state-file", str(state_file), "--rate-limit", "hex-api=none").start()
    try:
        present = asyncio.run(_group_ids(second.base_url))
        lost = [group_id for group_id in settled + burst if group_id not in present]
        assert lost == [], f"{len(lost)} acknowledged writes lost"
        assert len(present) == len(set(present))
        # The restarted mock goes on issuing ids that do not collide with the saved ones.
        with httpx.Client(base_url=second.base_url, headers=bearer(ADMIN)) as client:
            new = client.post(f"{API}/groups", json={"name": "after restart"})
            assert new.status_code == 201
            assert new.json()["id"] not in present
    finally:
        second.stop()


def test_text_no_encoder_could_write_still_round_trips(state_file: Path) -> None:
    # A fixtures document (the control plane takes JSON) can carry a lone surrogate the API refuses.
    mock = HexMock(fixtures="demo", state_file=state_file)
    mock.load_fixtures({"groups": [{"name": "odd \ud800 name"}], "statuses": [{"name": "é😀"}]})
    mock.close()
    restored = HexMock(fixtures=None, state_file=state_file)
    try:
        assert "odd \ud800 name" in {group.name for group in restored.workspace.groups}
        assert "é😀" in restored.workspace.statuses
    finally:
        restored.close()
