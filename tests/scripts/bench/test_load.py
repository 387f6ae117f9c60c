"""The load generators' pieces: percentile math, request encoding, response parsing, the wrk script,
and the built-in generator end to end against a tiny loopback server."""

from __future__ import annotations

import asyncio
import json
import math
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from scripts import bench_load
from scripts.bench_load import (
    Follow,
    LoadResult,
    Request,
    Scenario,
    Target,
    encode_request,
    lua_string,
    parse_wrk_output,
    percentile,
    read_response,
    summarize,
    wrk_script,
)

TARGET = Target("127.0.0.1", 8000, "/api", "hxtp_secret")
RUN = Scenario(
    "RunProject + GetRunStatus",
    Request("POST", "/v1/projects/p1/runs", b"{}", frozenset({201})),
    Follow(marker='"runStatusUrl"', capture='"runId":"', path="/v1/projects/p1/runs/{id}"),
)


# --- percentiles -------------------------------------------------------------------------------------


def test_nearest_rank_percentiles() -> None:
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile(values, 0.5) == 1
    assert percentile(values, 99.5) == 100


def test_percentile_of_few_values() -> None:
    assert percentile([7], 50) == 7
    assert percentile([7], 99) == 7
    assert percentile([1, 2], 50) == 1
    assert percentile([1, 2], 51) == 2
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99) == 10


@pytest.mark.parametrize("q", [0, -1, 100.1])
def test_percentile_range(q: float) -> None:
    with pytest.raises(ValueError, match="percentile"):
        percentile([1, 2, 3], q)


def test_percentile_of_nothing() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def test_summarize_sorts_and_converts_to_milliseconds() -> None:
    latencies = [(101 - i) * 1_000_000 for i in range(1, 101)]  # 100 ms down to 1 ms, unsorted
    result = summarize("built-in", latencies, unexpected=3, seconds=2.0, response_bytes=42)
    assert result == LoadResult("built-in", 100, 3, 2.0, 50.0, 99.0, 42)
    assert result.rps == 50.0


def test_summarize_with_no_responses() -> None:
    result = summarize("built-in", [], unexpected=5, seconds=1.0)
    assert result.requests == 0
    assert result.rps == 0.0
    assert math.isnan(result.p50_ms)


# --- requests and responses --------------------------------------------------------------------------


def test_encode_request() -> None:
    assert encode_request(TARGET, "GET", "/v1/projects?limit=1") == (
        b"GET /api/v1/projects?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
        b"Authorization: Bearer hxtp_secret\r\n\r\n"
    )
    post = encode_request(TARGET, "POST", "/v1/groups", b'{"name":"x"}')
    assert post.endswith(b'Content-Type: application/json\r\nContent-Length: 12\r\n\r\n{"name":"x"}')


def _parse(data: bytes) -> tuple[int, bytes, bool]:
    async def parse() -> tuple[int, bytes, bool]:
        reader = asyncio.StreamReader()  # inside the loop that reads it
        reader.feed_data(data)
        reader.feed_eof()
        return await read_response(reader)

    return asyncio.run(parse())


def test_read_response_with_content_length() -> None:
    raw = b"HTTP/1.1 201 Created\r\ncontent-length: 5\r\nx: y\r\n\r\nhelloNEXT"
    assert _parse(raw) == (201, b"hello", True)


def test_read_chunked_response_and_connection_close() -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    raw = head + b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    assert _parse(raw) == (200, b"abcde", False)


def test_read_response_refuses_garbage() -> None:
    with pytest.raises(bench_load.ResponseError):
        _parse(b"SSH-2.0-OpenSSH\r\n\r\n")


def test_follow_finds_the_id_only_in_marked_responses() -> None:
    follow = RUN.follow
    assert follow is not None
    started = b'{"runId":"r-42","runStatusUrl":"http://x/runs/r-42"}'
    assert follow.next_path(started) == "/v1/projects/p1/runs/r-42"
    assert follow.next_path(b'{"runId":"r-42","status":"COMPLETED"}') is None
    assert follow.next_path(b'{"runStatusUrl":"u"}') is None
    assert RUN.expected == frozenset({200, 201})


# --- wrk -----------------------------------------------------------------------------------------


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
    script = wrk_script(TARGET, Scenario("GetProject", Request("GET", "/v1/projects/p1")))
    assert (
        'first = wrk.format("GET", "/api/v1/projects/p1", {["Authorization"] = "Bearer hxtp_secret"})'
        in script
    )
    assert "local marker = nil" in script


def test_parse_wrk_output() -> None:
    output = (
        "Running 6s test @ http://127.0.0.1:8000/api/\n  1 threads and 32 connections\n"
        'BENCHJSON {"requests": 60000, "duration_us": 6000000, "ok": 59990, "bad": 8, "socket_errors": 2, '
        '"p50_us": 2500.0, "p99_us": 9000.5, "response_bytes": 908}\n'
    )
    result = parse_wrk_output(output)
    assert result == LoadResult("wrk", 60000, 10, 6.0, 2.5, 9.0005, 908)
    assert result.rps == 10000.0
    with pytest.raises(RuntimeError, match="BENCHJSON"):
        parse_wrk_output("wrk: connection refused")


# --- the built-in generator, end to end ---------------------------------------------------------


@asynccontextmanager
async def tiny_server(seen: list[str]) -> AsyncIterator[int]:
    """Answers POST with a started run and anything else with 200 {}; records request lines."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                line = head.split(b"\r\n", 1)[0].decode()
                seen.append(line)
                length = 0
                for header in head.split(b"\r\n")[1:]:
                    if header.lower().startswith(b"content-length:"):
                        length = int(header.split(b":")[1])
                await reader.readexactly(length)
                if line.startswith("POST"):
                    status, body = (
                        "201 Created",
                        json.dumps({"runId": f"r{len(seen)}", "runStatusUrl": "u"}, separators=(",", ":")),
                    )
                else:
                    status, body = "200 OK", "{}"
                writer.write(f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def _drive(scenario: Scenario, max_requests: int, seen: list[str]) -> LoadResult:
    async def main() -> LoadResult:
        async with tiny_server(seen) as port:
            target = Target("127.0.0.1", port, "/api", "t")
            return await bench_load._drive(
                target, scenario, connections=3, seconds=5.0, max_requests=max_requests
            )

    return asyncio.run(main())


def test_builtin_generator_is_bounded_by_count() -> None:
    seen: list[str] = []
    result = _drive(Scenario("GetProject", Request("GET", "/v1/projects/p1")), 40, seen)
    assert result.tool == "built-in"
    assert (result.requests, result.unexpected) == (40, 0)
    assert seen == ["GET /api/v1/projects/p1 HTTP/1.1"] * 40
    assert result.response_bytes == 2
    assert result.p50_ms <= result.p99_ms


def test_builtin_generator_follows_each_run_on_its_connection() -> None:
    seen: list[str] = []
    result = _drive(RUN, 30, seen)
    assert (result.requests, result.unexpected) == (30, 0)
    posts = [line for line in seen if line.startswith("POST")]
    gets = [line for line in seen if line.startswith("GET")]
    assert len(posts) == len(gets) == 15
    assert all(line.startswith("GET /api/v1/projects/p1/runs/r") for line in gets)


def test_builtin_generator_counts_unexpected_statuses() -> None:
    seen: list[str] = []
    result = _drive(Scenario("CreateGroup", Request("GET", "/x", expect=frozenset({201}))), 10, seen)
    assert (result.requests, result.unexpected) == (10, 10)


def test_builtin_generator_is_bounded_by_time() -> None:
    async def main() -> LoadResult:
        async with tiny_server([]) as port:
            target = Target("127.0.0.1", port, "", "t")
            return await bench_load._drive(
                target, Scenario("x", Request("GET", "/")), connections=2, seconds=0.2, max_requests=10**9
            )

    result = asyncio.run(main())
    assert 0 < result.requests < 10**9
    assert result.seconds < 2.0


def test_without_wrk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert bench_load.wrk_version() is None
    with pytest.raises(RuntimeError, match="not installed"):
        bench_load.run_wrk(TARGET, RUN, connections=1, seconds=1)


def test_run_load_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any]] = []
    fake = LoadResult("x", 1, 0, 1.0, 1.0, 1.0)

    def recorder(tool: str) -> Any:
        def run(_target: Target, _scenario: Scenario, **options: Any) -> LoadResult:
            calls.append((tool, options))
            return fake

        return run

    monkeypatch.setattr(bench_load, "run_wrk", recorder("wrk"))
    monkeypatch.setattr(bench_load, "run_builtin", recorder("built-in"))
    bench_load.run_load("wrk", TARGET, RUN, connections=4, seconds=2)
    bench_load.run_load("built-in", TARGET, RUN, connections=4, seconds=2)
    options = {"connections": 4, "seconds": 2}
    assert calls == [("wrk", options), ("built-in", options)]
