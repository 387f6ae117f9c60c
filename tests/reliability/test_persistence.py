"""`--state-file` / HexMock(state_file=...): restored at start, durable before each write is
answered (including across `kill -9`), atomic on disk, and refused loudly when unusable."""

from __future__ import annotations

import asyncio
import dataclasses
import math
import sqlite3
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
from hex_mock.rate_limit import NO_RATE_LIMITS, RateLimits
from hex_mock.store import Table, Token, Workspace
from hex_mock.testing import DEMO_OVERVIEW_CELL as OVERVIEW
from hex_mock.testing import ProcessServer, bearer
from tests.reliability.old_formats import downgrade
from tests.reliability.support import API, async_client, run_cli, walk
from tests.resources.conftest import ADMIN, EDITOR
from tests.resources.demo_ids import CHURN, DATA_TEAM, EVE, WEEKLY

PRODUCT_DATABASE = "d9a926d9-99d3-4efb-8a20-7a0a55e7276e"

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
        mock.set_embedding(CHURN, True)
        mock.set_cell_output(OVERVIEW, error="boom", traceback=None)
        ok(
            client.post(
                f"{API}/embedding/createPresignedUrl/{WEEKLY}",
                json={"hexUserAttributes": {"orgId": "acme"}, "expiresIn": 60000, "testMode": True},
            )
        )
    mock.save()  # the tokens issued directly above
    return mock


def comparable(token: Token) -> Token:
    return dataclasses.replace(token, secret=None)


def assert_same_workspace(saved: Workspace, restored: Workspace) -> None:
    """Field by field, record by record (dataclass equality: exact datetimes, frozensets, tuples),
    tables in the same order."""
    for field in dataclasses.fields(Workspace):
        if field.name in ("clock", "ids"):
            continue
        before, after = getattr(saved, field.name), getattr(restored, field.name)
        if field.name == "tokens":
            assert [comparable(token) for token in before] == list(after)
        elif isinstance(before, Table):
            assert list(before) == list(after), field.name
        else:
            assert before == after, field.name


def reopened(mock: HexMock) -> HexMock:
    """A second mock on the first one's state file (closed first), with no fixtures of its own."""
    state = mock._state
    assert state is not None
    mock.close()
    return HexMock(fixtures=None, clock=ManualClock(), state_file=state.path)


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state.db"


def test_every_table_and_setting_round_trips(state_file: Path) -> None:
    mock = busy_mock(state_file)
    saved = mock.workspace
    next_id, next_trace = saved.ids.position(), mock.runtime.trace_ids.position()
    restored = reopened(mock)
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


def test_the_file_is_a_sqlite_database_with_a_table_per_record_type(state_file: Path) -> None:
    busy_mock(state_file).close()
    connection = sqlite3.connect(state_file)
    try:
        tables = {
            name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert tables == {schema.name for schema in persistence.SCHEMAS} | {"settings"}
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA user_version").fetchone() == (persistence.VERSION,)
        # A column per field, readable as it is: plain text and numbers, JSON for lists and maps.
        status, reads, params = connection.execute(
            "SELECT status, status_reads, json_extract(input_params, '$.region') FROM runs "
            "WHERE input_params != '{}'"
        ).fetchone()
        assert (status, reads, params) == ("PENDING", 1, "EMEA")
        (capacity,) = connection.execute(
            "SELECT json_extract(value, '$.kernel_capacity') FROM settings WHERE name = 'run_settings'"
        ).fetchone()
        assert capacity == 7
    finally:
        connection.close()


def test_every_table_is_documented() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    for schema in persistence.SCHEMAS:
        assert f"`{schema.name}`" in readme, schema.name


def test_tokens_are_saved_as_digests_and_still_authenticate(state_file: Path) -> None:
    mock = busy_mock(state_file)
    issued = [token.secret for token in mock.workspace.tokens if token.secret and "demo" not in token.secret]
    restored = reopened(mock)
    try:
        saved = b"".join(path.read_bytes() for path in state_file.parent.iterdir())
        for secret in [ADMIN, EDITOR, "hxtw_demo_readonly", *issued]:
            assert secret
            assert secret.encode() not in saved
        assert all(token.secret is None for token in restored.workspace.tokens)
        client = TestClient(restored.app, base_url="http://mock.test")
        assert client.get(f"{API}/users/me", headers=bearer(ADMIN)).status_code == 200
        assert client.get(f"{API}/users/me", headers=bearer("hxtp_demo_eve_revoked")).status_code == 401
        assert client.get(f"{API}/users/me", headers=bearer("hxtp_demo_eve_expired")).status_code == 401
    finally:
        restored.close()


def test_a_new_file_starts_from_the_fixtures_and_is_written_at_once(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    assert oct(state_file.stat().st_mode & 0o777) == "0o600"
    restored = reopened(mock)
    try:
        assert restored.dump() == mock.dump()
    finally:
        restored.close()


def written(monkeypatch: pytest.MonkeyPatch) -> list[persistence.Changes]:
    """Every transaction written from now on."""
    transactions: list[persistence.Changes] = []
    real = persistence.write_changes

    def spy(connection: sqlite3.Connection, changes: persistence.Changes) -> None:
        real(connection, changes)
        transactions.append(changes)

    monkeypatch.setattr(persistence, "write_changes", spy)
    return transactions


def test_reads_write_nothing_and_a_write_writes_only_its_records(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    transactions = written(monkeypatch)
    try:
        with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
            for path in (
                "/groups",
                "/projects",
                f"/projects/{WEEKLY}",
                "/users/me",
            ):
                assert client.get(API + path).status_code == 200
            assert client.post(f"{API}/groups", json={}).status_code == 422  # refused writes neither
            assert transactions == []
            created = client.post(f"{API}/groups", json={"name": "x"})
            assert created.status_code == 201
            (transaction,) = transactions
            assert list(transaction.rows) == ["groups"]
            assert [row[0] for row in transaction.rows["groups"]] == [created.json()["id"]]
            # ...and where the id generators stand, nothing else.
            assert set(transaction.settings) <= {"ids_drawn", "trace_ids_drawn"}
            # A handler's edit of an existing record: that record alone.
            renamed = client.patch(f"{API}/groups/{DATA_TEAM}", json={"name": "Data"})
            assert renamed.status_code == 200
            assert {name: [row[0] for row in rows] for name, rows in transactions[1].rows.items()} == {
                "groups": [DATA_TEAM]
            }
    finally:
        mock.close()


def test_a_table_whose_only_change_is_a_removal_commits_it(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    transactions = written(monkeypatch)
    try:
        with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
            assert client.delete(f"{API}/groups/{DATA_TEAM}").status_code == 204
        (transaction,) = transactions
        # The groups table lost a record and changed no other (the projects and collections that
        # were shared with the group changed rows, removed none).
        assert {name: keys for name, keys in transaction.deleted.items() if keys} == {"groups": [DATA_TEAM]}
        assert "groups" not in {name for name, rows in transaction.rows.items() if rows}
    finally:
        mock.close()
    restarted = HexMock(fixtures="demo", state_file=state_file)
    try:
        assert DATA_TEAM not in restarted.workspace.groups
    finally:
        restarted.close()


def test_concurrent_writes_share_a_commit(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", rate_limits=NO_RATE_LIMITS, state_file=state_file)
    state = mock._state
    assert state is not None
    before = state.transactions_written

    async def create_many() -> list[int]:
        transport = httpx.ASGITransport(app=mock.app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://mock.test", headers=bearer(ADMIN)
        ) as client:
            replies = await asyncio.gather(
                *(client.post(f"{API}/groups", json={"name": f"together {index}"}) for index in range(20))
            )
        return [reply.status_code for reply in replies]

    try:
        assert asyncio.run(create_many()) == [201] * 20
        # The first write's commit, then one for everything that arrived while it was written.
        assert state.transactions_written - before <= 3
    finally:
        restored = reopened(mock)
    try:
        assert sum(group.name.startswith("together") for group in restored.workspace.groups) == 20
    finally:
        restored.close()


@pytest.mark.parametrize(("limit_s", "hops"), [(math.inf, 0), (0.0, 3)], ids=["fast disk", "slow disk"])
def test_a_lone_write_commits_in_the_loop_unless_the_disk_is_slow(
    state_file: Path, monkeypatch: pytest.MonkeyPatch, limit_s: float, hops: int
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    monkeypatch.setattr(persistence, "INLINE_COMMIT_LIMIT_S", limit_s)
    in_threads: list[Callable[..., Any]] = []
    to_thread = asyncio.to_thread

    async def counted(function: Callable[..., Any], /, *args: Any) -> Any:
        in_threads.append(function)
        return await to_thread(function, *args)

    monkeypatch.setattr(asyncio, "to_thread", counted)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
        for index in range(3):
            assert client.post(f"{API}/groups", json={"name": f"alone {index}"}).status_code == 201
    assert len(in_threads) == hops
    restored = reopened(mock)
    try:
        assert sum(group.name.startswith("alone") for group in restored.workspace.groups) == 3
    finally:
        restored.close()


def test_what_a_read_changes_is_written_with_the_next_commit(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    mock.set_run_progression("reads", reads=5)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
        run = client.post(f"{API}/projects/{WEEKLY}/runs", json={}).json()
        for _ in range(3):
            assert client.get(f"{API}/projects/{WEEKLY}/runs/{run['runId']}").status_code == 200
        assert client.post(f"{API}/groups", json={"name": "a later write"}).status_code == 201
    restored = reopened(mock)
    try:
        saved = restored.workspace.runs.get(run["runId"])
        assert saved is not None
        assert saved.status_reads == 3
    finally:
        restored.close()


def test_a_write_that_cannot_be_saved_is_not_acknowledged_and_is_saved_later(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    real = persistence.write_changes

    def disk_full(_connection: sqlite3.Connection, _changes: persistence.Changes) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
        monkeypatch.setattr(persistence, "write_changes", disk_full)
        response = client.post(f"{API}/groups", json={"name": "unsaved"})
        assert response.status_code == 500
        assert "The change could not be saved" in response.text
        assert client.get(f"{API}/groups").status_code == 200  # reads carry on
        monkeypatch.setattr(persistence, "write_changes", real)
        assert client.post(f"{API}/groups", json={"name": "saved"}).status_code == 201
    restored = reopened(mock)
    try:
        # The records the failed commit held were marked again: the file matches the workspace.
        assert restored.dump() == mock.dump()
    finally:
        restored.close()


def test_a_crash_during_a_commit_leaves_the_previous_state(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    before = mock.dump()
    real = persistence.write_changes

    class DiesMidway:
        """A connection whose process dies after the transaction's first statement."""

        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection
            self.statements = 0

        def __enter__(self) -> Any:
            return self.connection.__enter__()

        def __exit__(self, *exc: Any) -> Any:
            return self.connection.__exit__(*exc)

        def executemany(self, sql: str, rows: Any) -> Any:
            self.statements += 1
            if self.statements > 1:
                raise KeyboardInterrupt("the process died here")
            return self.connection.executemany(sql, rows)

    def crash(connection: sqlite3.Connection, changes: persistence.Changes) -> None:
        real(DiesMidway(connection), changes)  # type: ignore[arg-type]

    monkeypatch.setattr(persistence, "write_changes", crash)
    mock.workspace.statuses["New status"] = False
    group = mock.workspace.groups.get(DATA_TEAM)
    assert group is not None
    group.name = "renamed"
    with pytest.raises(KeyboardInterrupt):
        mock.save()
    monkeypatch.undo()
    restored = reopened(mock)
    try:
        assert restored.dump()["groups"] == before["groups"]
        assert "New status" not in restored.workspace.statuses
    finally:
        restored.close()


def test_a_reset_rewrites_the_file(state_file: Path) -> None:
    mock = busy_mock(state_file)
    mock.reset()
    restored = reopened(mock)
    try:
        assert restored.dump() == mock.dump()
        assert not any(group.name == "Saved" for group in restored.workspace.collections)
    finally:
        restored.close()


def test_a_reset_that_cannot_be_saved_is_saved_whole_by_the_next_commit(
    state_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock = busy_mock(state_file)

    def disk_full(_connection: sqlite3.Connection, _changes: persistence.Changes) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    real = persistence.write_changes
    monkeypatch.setattr(persistence, "write_changes", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        mock.reset()
    monkeypatch.setattr(persistence, "write_changes", real)
    mock.set_kernel_capacity(3)
    restored = reopened(mock)
    try:
        assert restored.dump() == mock.dump()
    finally:
        restored.close()


def test_journal_and_rate_limit_windows_start_afresh_after_a_restart(state_file: Path) -> None:
    limits = RateLimits(overrides={"hex-api-30rpm": ((1, 60.0),)})
    mock = HexMock(fixtures="demo", state_file=state_file, rate_limits=limits)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
        assert client.get(f"{API}/users/me").status_code == 200
        assert client.get(f"{API}/users/me").status_code == 429
    assert mock.journal()
    state = mock._state
    assert state is not None
    mock.close()
    restored = HexMock(fixtures=None, clock=ManualClock(), state_file=state.path, rate_limits=limits)
    try:
        assert restored.journal() == []
        with TestClient(restored.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
            assert client.get(f"{API}/users/me").status_code == 200
    finally:
        restored.close()


def test_one_state_file_serves_one_mock_at_a_time(state_file: Path) -> None:
    first = HexMock(fixtures="demo", state_file=state_file)
    with pytest.raises(StateFileError, match="another hex-mock is using this state file"):
        HexMock(fixtures="demo", state_file=state_file)
    first.close()
    HexMock(fixtures="demo", state_file=state_file).close()


# --- format versions --------------------------------------------------------------------------------


def test_an_older_format_is_migrated_step_by_step(state_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    HexMock(fixtures="demo", state_file=state_file).close()
    newer = persistence.VERSION + 1

    def add_a_setting(connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT INTO settings (workspace, name, value) VALUES ('default', 'migrated', 'true')"
        )

    monkeypatch.setattr(persistence, "VERSION", newer)
    monkeypatch.setitem(persistence.MIGRATIONS, newer - 1, add_a_setting)
    HexMock(fixtures=None, state_file=state_file).close()
    connection = sqlite3.connect(state_file)
    try:
        assert connection.execute("PRAGMA user_version").fetchone() == (newer,)
        assert connection.execute("SELECT value FROM settings WHERE name = 'migrated'").fetchone() == (
            "true",
        )
    finally:
        connection.close()


def test_a_version_4_file_gains_the_embedding_switch_cell_outputs_and_embed_links(state_file: Path) -> None:
    HexMock(fixtures="demo", state_file=state_file).close()
    downgrade(state_file, 4)

    mock = HexMock(fixtures=None, clock=ManualClock(), state_file=state_file)
    try:
        project = mock.workspace.projects.get(WEEKLY)
        assert project is not None
        assert project.embedding_enabled is False
        assert all(cell.output is None for cell in mock.workspace.cells)
        mock.set_embedding(WEEKLY, True)
        assert len(mock.workspace.embed_links) == 0
    finally:
        mock.close()
    restored = HexMock(fixtures=None, clock=ManualClock(), state_file=state_file)
    try:
        project = restored.workspace.projects.get(WEEKLY)
        assert project is not None
        assert project.embedding_enabled is True
    finally:
        restored.close()


def test_a_version_5_file_gains_the_new_columns_and_loses_clear_secrets(state_file: Path) -> None:
    HexMock(fixtures="demo", state_file=state_file).close()
    downgrade(state_file, 5)
    # Version 5 kept a fixture's password among the connection's settings.
    connection = sqlite3.connect(state_file)
    try:
        with connection:
            connection.execute(
                "UPDATE data_connections SET connection_details = ? WHERE id = ?",
                ('{"hostname": "db.example.com", "password": "hunter2"}', PRODUCT_DATABASE),
            )
    finally:
        connection.close()

    mock = HexMock(fixtures=None, state_file=state_file)
    try:
        product = mock.workspace.data_connections.get(PRODUCT_DATABASE)
        assert product is not None
        assert product.connection_details == {"hostname": "db.example.com"}
        assert set(product.secret_digests) == {"password"}
        assert product.catalog_statuses == {}
        assert len(mock.workspace.semantic_projects) == 0
    finally:
        mock.close()
    assert b"hunter2" not in state_file.read_bytes()


def test_a_column_a_migration_adds_reads_back_as_its_fields_default(state_file: Path) -> None:
    # The step to the current version adds the columns a file lacks, with the field's default: a
    # boolean's must read back as that boolean (True and False alike), not as text.
    HexMock(fixtures="demo", state_file=state_file).close()
    connection = sqlite3.connect(state_file)
    try:
        with connection:
            connection.execute("ALTER TABLE threads DROP COLUMN muted")  # defaults to False
            connection.execute("ALTER TABLE data_connections DROP COLUMN include_magic")  # to True
            connection.execute(f"PRAGMA user_version = {persistence.VERSION - 1}")
    finally:
        connection.close()

    mock = HexMock(fixtures=None, state_file=state_file)
    try:
        assert {thread.muted for thread in mock.workspace.threads} == {False}
        assert {connection.include_magic for connection in mock.workspace.data_connections} == {True}
    finally:
        mock.close()


def test_a_version_without_a_migration_is_refused(state_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    HexMock(fixtures="demo", state_file=state_file).close()
    monkeypatch.setattr(persistence, "VERSION", persistence.VERSION + 1)
    with pytest.raises(StateFileError, match="has no migration to version"):
        HexMock(fixtures=None, state_file=state_file)


def test_a_version_3_file_keeps_its_id_sequences(state_file: Path) -> None:
    mock = HexMock(fixtures="demo", state_file=state_file)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(ADMIN)) as client:
        assert client.post(f"{API}/groups", json={"name": "before"}).status_code == 201
    following = {"ids": mock.workspace.ids.uuid(), "trace_ids": mock.runtime.trace_ids.uuid()}
    mock.close()
    downgrade(state_file, 3)
    migrated = HexMock(fixtures=None, state_file=state_file)
    try:
        assert migrated.workspace.ids.uuid() == following["ids"]
        assert migrated.runtime.trace_ids.uuid() == following["trace_ids"]
    finally:
        migrated.close()


# --- unusable files --------------------------------------------------------------------------------


def _sql(good: bytes, tmp_path: Path, *statements: str) -> bytes:
    """The good file after the statements."""
    path = tmp_path / "edited.db"
    path.write_bytes(good)
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    data = path.read_bytes()
    path.unlink()
    return data


def _damaged(good: bytes, tmp_path: Path) -> Iterator[tuple[str, bytes, str]]:
    yield "empty", b"", "empty"
    yield "truncated", good[: len(good) // 2], "damaged"
    yield "not ours", b'{"users": []}\n{}', "not a hex-mock state file"
    yield "binary", b"\x00\xff\xfe garbage", "not a hex-mock state file"
    yield "the JSON format", b'{"format": "hex-mock-state", "version": 1}\n{}', "version 1 (a JSON file)"
    page = good[:4096]
    yield "header page only", page, "damaged"
    yield "another application", _sql(good, tmp_path, "PRAGMA application_id = 7"), "another application"
    newer = persistence.VERSION + 1
    yield "newer version", _sql(good, tmp_path, f"PRAGMA user_version = {newer}"), f"version {newer} is not"
    yield "missing table", _sql(good, tmp_path, "DROP TABLE groups"), "no such table: groups"
    yield "missing column", _sql(good, tmp_path, "ALTER TABLE runs DROP COLUMN status"), "no such column"
    bad_time = "UPDATE users SET created_at = 'yesterday'"
    yield "bad value", _sql(good, tmp_path, bad_time), "users: Invalid RFC3339"
    yield (
        "missing setting",
        _sql(good, tmp_path, "DELETE FROM settings WHERE name = 'ids_origin'"),
        "'ids_origin'",
    )


@pytest.fixture(scope="module")
def good_state(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "state.db"
    HexMock(fixtures="demo", state_file=path).close()
    return path.read_bytes()


def test_every_kind_of_damage_is_refused_with_a_clear_error(
    state_file: Path, good_state: bytes, tmp_path: Path
) -> None:
    for name, data, message in _damaged(good_state, tmp_path):
        state_file.write_bytes(data)
        with pytest.raises(StateFileError) as refused:
            HexMock(fixtures="demo", state_file=state_file)
        assert str(state_file) in str(refused.value), name
        assert message in str(refused.value), f"{name}: {refused.value}"
        assert "\n" not in str(refused.value), name
        state_file.unlink()


@pytest.mark.live
def test_serve_refuses_to_start_on_a_damaged_file(state_file: Path, good_state: bytes) -> None:
    state_file.write_bytes(good_state[: len(good_state) // 2])
    result = run_cli("serve", "--port", "1", "--state-file", str(state_file))
    assert result.returncode == 1
    assert "hex-mock: cannot start" in result.stderr
    assert "damaged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Mock Hex API" not in result.stdout  # it never served an empty workspace
    assert state_file.read_bytes() == good_state[: len(good_state) // 2]  # and left the file alone


@pytest.mark.live
def test_serve_refuses_a_state_file_in_a_missing_directory(tmp_path: Path) -> None:
    result = run_cli("serve", "--port", "1", "--state-file", str(tmp_path / "no" / "such" / "state.db"))
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
    state_file = tmp_path / "state.db"
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
    restored = reopened(mock)
    try:
        assert "odd \ud800 name" in {group.name for group in restored.workspace.groups}
        assert "é😀" in restored.workspace.statuses
    finally:
        restored.close()
