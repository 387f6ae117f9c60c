"""The load's pieces (the wrk script, wrk's output) and wrk end to end against a small served app:
a plain scenario, a chained one (each run followed on the id its response gave), statuses counted."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from hex_mock.testing import ThreadServer
from scripts import bench_load
from scripts.bench_load import (
    Follow,
    LoadResult,
    Scenario,
    Target,
    lua_string,
    parse_wrk_output,
    run_load,
    wrk_script,
)

TARGET = Target("http://127.0.0.1:8000", "/api", "hxtp_secret")
RUN = Scenario(
    "RunProject + GetRunStatus",
    "POST",
    "/v1/projects/p1/runs",
    b"{}",
    frozenset({201}),
    Follow(marker='"runStatusUrl"', capture='"runId":"', path="/v1/projects/p1/runs/{id}"),
)


def test_lua_string_escapes_and_refuses_control_characters() -> None:
    assert lua_string('say "hi" \\o/') == '"say \\"hi\\" \\\\o/"'
    with pytest.raises(ValueError, match="ASCII"):
        lua_string("line\nbreak")


def test_wrk_script_for_a_chained_scenario() -> None:
    script = wrk_script(TARGET, RUN)
    assert 'wrk.format("POST", "/api/v1/projects/p1/runs", ' in script
    assert '["Content-Type"] = "application/json"}, "{}")' in script
    assert 'local follow_path = "/api/v1/projects/p1/runs/{id}"' in script
    assert 'local marker = "\\"runStatusUrl\\""' in script
    assert "local expected = {[200] = true, [201] = true}" in script
    assert "BENCHJSON" in script


def test_wrk_script_for_a_plain_scenario() -> None:
    script = wrk_script(TARGET, Scenario("GetProject", "GET", "/v1/projects/p1"))
    assert (
        'first = wrk.format("GET", "/api/v1/projects/p1", {["Authorization"] = "Bearer hxtp_secret"})'
        in script
    )
    assert "local marker = nil" in script


def test_parse_wrk_output() -> None:
    output = (
        "Running 6s test @ http://127.0.0.1:8000/api/\n  1 threads and 32 connections\n"
        'BENCHJSON {"requests": 60000, "unexpected": 10, "seconds": 6.000000, "p50_ms": 2.5000, '
        '"p99_ms": 9.0005, "response_bytes": 908}\n'
    )
    result = parse_wrk_output(output)
    assert result == LoadResult(60000, 10, 6.0, 2.5, 9.0005, 908)
    assert result.rps == 10000.0
    with pytest.raises(RuntimeError, match="BENCHJSON"):
        parse_wrk_output("wrk: connection refused")


def test_without_wrk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(SystemExit, match="needs wrk"):
        bench_load.wrk_version()
    with pytest.raises(SystemExit, match="needs wrk"):
        run_load(TARGET, RUN, connections=1, seconds=1)


# --- wrk, end to end -------------------------------------------------------------------------------


@pytest.fixture
def served() -> Iterator[tuple[Target, list[str]]]:
    """An app answering POST with a started run and anything else with 200 {}; it records
    "METHOD path" of every request."""
    seen: list[str] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        seen.append(f"{scope['method']} {scope['path']}")
        if scope["method"] == "POST":
            status, body = 201, {"runId": f"r{len(seen)}", "runStatusUrl": "u"}
        else:
            status, body = 200, {}
        payload = json.dumps(body, separators=(",", ":")).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-length", b"%d" % len(payload))],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    with ThreadServer(app) as server:
        yield Target(server.base_url, "/api", "t"), seen


@pytest.mark.live
def test_wrk_repeats_a_plain_request(served: tuple[Target, list[str]]) -> None:
    target, seen = served
    result = run_load(target, Scenario("GetProject", "GET", "/v1/projects/p1"), connections=2, seconds=1)
    assert result.requests > 0
    assert result.unexpected == 0
    assert set(seen) == {"GET /api/v1/projects/p1"}
    assert result.response_bytes == 2
    assert result.p50_ms <= result.p99_ms


@pytest.mark.live
def test_wrk_follows_each_run_it_starts(served: tuple[Target, list[str]]) -> None:
    target, seen = served
    result = run_load(target, RUN, connections=2, seconds=1)
    assert result.unexpected == 0
    posts = [line for line in seen if line.startswith("POST")]
    gets = [line for line in seen if line.startswith("GET")]
    assert posts == ["POST /api/v1/projects/p1/runs"] * len(posts)
    # Each run is followed once, on the id its own response gave, but the last few may not be yet.
    started = {
        f"GET /api/v1/projects/p1/runs/r{index + 1}"
        for index, line in enumerate(seen)
        if line.startswith("POST")
    }
    assert set(gets) <= started
    assert len(gets) == len(set(gets))
    assert len(posts) - 2 <= len(gets) <= len(posts)


@pytest.mark.live
def test_wrk_counts_unexpected_statuses(served: tuple[Target, list[str]]) -> None:
    target, _ = served
    result = run_load(
        target,
        Scenario("CreateGroup", "GET", "/x", expect=frozenset({201})),
        connections=1,
        seconds=1,
    )
    assert result.requests > 0
    assert result.unexpected == result.requests
