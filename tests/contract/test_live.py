"""`make contract-live` against the mock served over HTTP on a loopback port, and its read-only rule.

The served mock (`hex_live_server`, with `hex_live_mock` behind it in this process) keeps a journal
of every request it answered, so "no write was sent" is checked where it matters: at the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.schemas import OpenApiSchema

from hex_mock.journal import Journal
from hex_mock.mock import HexMock
from tests.contract.live import (
    RATE_ENV,
    SPEC,
    TOKEN_ENV,
    URL_ENV,
    WRITES_ENV,
    LiveTarget,
    ReadOnlySession,
    WriteRefusedError,
    api_base,
    guard,
    load_live_schema,
    target_from_env,
)
from tests.contract.profiles import CI_SEED, PROFILE_ENV, SEED_ENV

ROOT = Path(__file__).resolve().parents[2]
LIVE_SUITE = Path(__file__).with_name("live_suite.py")
TOKEN = "hxtp_demo_ana_admin"
JOURNAL_CAPACITY = 100_000


def _operations_by_method() -> dict[str, set[str]]:
    document = yaml.safe_load(SPEC.read_text())
    found: dict[str, set[str]] = {}
    for item in document["paths"].values():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found.setdefault(method.upper(), set()).add(operation["operationId"])
    return found


OPERATIONS = _operations_by_method()
READS = OPERATIONS["GET"]
ALL_OPERATIONS = set().union(*OPERATIONS.values())


def _state(mock: HexMock) -> dict[str, Any]:
    """The workspace, less what a read may legitimately settle: a fixture cell's order key is
    assigned the first time its notebook is read (hex_mock/resources/cells.py)."""
    state = mock.dump()
    state["cells"] = [
        {key: value for key, value in cell.items() if key != "order_key"} for cell in state["cells"]
    ]
    return state


def _target(base_url: str, *, allow_writes: bool) -> LiveTarget:
    return LiveTarget(
        api_base(base_url), TOKEN, allow_writes, ReadOnlySession(allow_writes=allow_writes, per_minute=0)
    )


def test_contract_live_reads_every_get_operation_and_sends_no_write(
    hex_live_server: str, hex_live_mock: HexMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Room for every request of the run (the default journal keeps the last 1000).
    monkeypatch.setattr(hex_live_mock.runtime, "journal", Journal(JOURNAL_CAPACITY))
    # Exactly what `make contract-live HEX_API_URL=... HEX_API_TOKEN=...` runs, in a subprocess.
    env = {
        **os.environ,
        URL_ENV: hex_live_server,
        TOKEN_ENV: TOKEN,
        RATE_ENV: "0",
        PROFILE_ENV: "ci",
        SEED_ENV: str(CI_SEED),
    }
    env.pop(WRITES_ENV, None)
    before = _state(hex_live_mock)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(LIVE_SUITE), "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert f"{len(READS)} passed" in result.stdout

    entries = hex_live_mock.journal()
    assert 0 < len(entries) < JOURNAL_CAPACITY, "the journal must hold every request of the run"
    assert [(entry.method, entry.path) for entry in entries if entry.method != "GET"] == []
    assert {entry.operation_id for entry in entries if entry.operation_id} == READS
    assert _state(hex_live_mock) == before  # and the workspace is as it was


def selected_operations(schema: OpenApiSchema) -> set[str]:
    return {
        str(result.ok().definition.raw["operationId"])
        for result in schema.get_all_operations()
        if isinstance(result, Ok)
    }


def test_the_live_schema_has_only_reads_unless_writes_are_allowed(hex_live_server: str) -> None:
    assert selected_operations(load_live_schema(_target(hex_live_server, allow_writes=False))) == READS
    assert (
        selected_operations(load_live_schema(_target(hex_live_server, allow_writes=True))) == ALL_OPERATIONS
    )


def test_the_session_refuses_a_write_before_it_leaves(hex_live_server: str, hex_live_mock: HexMock) -> None:
    projects = f"{api_base(hex_live_server)}/v1/projects"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    read_only = ReadOnlySession(allow_writes=False, per_minute=0)
    with pytest.raises(WriteRefusedError, match="refused to send POST"):
        read_only.post(projects, json={"title": "Should never exist"}, headers=headers)
    assert read_only.get(projects, headers=headers).status_code == 200
    assert [entry.method for entry in hex_live_mock.journal()] == ["GET"]

    # The same request through a session that allows writes does reach the server.
    writable = ReadOnlySession(allow_writes=True, per_minute=0)
    assert writable.post(projects, json={"title": "Allowed"}, headers=headers).status_code == 201
    assert [entry.method for entry in hex_live_mock.journal()] == ["GET", "POST"]


def test_the_guard_stops_the_run_before_a_write(hex_live_server: str, hex_live_mock: HexMock) -> None:
    schema = load_live_schema(_target(hex_live_server, allow_writes=True))
    create = schema["/v1/projects"]["POST"].Case(body={"title": "Never sent"})
    listing = schema["/v1/projects"]["GET"].Case()
    hex_live_mock.runtime.journal.clear()

    with pytest.raises(pytest.exit.Exception) as stopped:
        guard(create, allow_writes=False)
    assert stopped.value.returncode == 3
    assert "refusing to send POST /v1/projects" in str(stopped.value)
    guard(listing, allow_writes=False)  # a read passes
    guard(create, allow_writes=True)  # and with writes allowed, so does a write
    assert hex_live_mock.journal() == []  # the guard itself sends nothing


def test_the_target_comes_from_the_environment() -> None:
    assert target_from_env({}) is None
    assert target_from_env({URL_ENV: "https://app.hex.tech"}) is None  # a token is required too
    target = target_from_env({URL_ENV: "https://app.hex.tech/", TOKEN_ENV: "hxtp_x"})
    assert target is not None
    assert (target.base_url, target.allow_writes, target.session.allow_writes) == (
        "https://app.hex.tech/api",
        False,
        False,
    )
    assert target.session.interval == pytest.approx(60 / 50)  # paced under Hex's 60 requests/minute
    allowed = target_from_env(
        {URL_ENV: "http://127.0.0.1:8000/api", TOKEN_ENV: "t", WRITES_ENV: "1", RATE_ENV: "0"}
    )
    assert allowed is not None
    assert (allowed.base_url, allowed.allow_writes, allowed.session.interval) == (
        "http://127.0.0.1:8000/api",
        True,
        0,
    )
