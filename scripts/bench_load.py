"""HTTP load for `make bench`: wrk where it is installed, else a built-in asyncio generator.

Both drive the same `Scenario` over keep-alive connections to a loopback server for a bounded time
and a bounded number of requests, and report throughput, p50/p99 latency and how many responses had
a status the scenario does not expect. A scenario is one request repeated, or a request whose
response leads to a second one on the same connection (RunProject, then GetRunStatus on the run it
started): `Follow` says how to find the id in the first response.

wrk measures latency in C with an HdrHistogram; the built-in generator times each request with
`perf_counter_ns` around one write and one complete response read, so its figures include some of
its own event-loop time. It is a fallback for machines without wrk, not a replacement: on a 2-core
machine it shares the CPU with the server it measures.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import math
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.reports import render

WRK = "wrk"
MAX_REQUESTS = 2_000_000  # per run, whatever the duration: every load loop is bounded in count too


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # below the target's API root: "/v1/projects/..."
    body: bytes = b""
    expect: frozenset[int] = frozenset({200})


@dataclass(frozen=True)
class Follow:
    """After a response that contains `marker`, the same connection GETs `path` with `{id}` replaced
    by the text between `capture` and the next double quote in that response."""

    marker: str
    capture: str
    path: str
    expect: frozenset[int] = frozenset({200})

    def next_path(self, body: bytes) -> str | None:
        text = body.decode("utf-8", "replace")
        if self.marker not in text:
            return None
        _, found, rest = text.partition(self.capture)
        if not found or '"' not in rest:
            return None
        return self.path.replace("{id}", rest.split('"', 1)[0])


@dataclass(frozen=True)
class Scenario:
    name: str
    request: Request
    follow: Follow | None = None

    @property
    def expected(self) -> frozenset[int]:
        return self.request.expect | (self.follow.expect if self.follow else frozenset())


@dataclass(frozen=True)
class Target:
    host: str
    port: int
    api_root: str  # "/api" for the mock, "" for Prism (which serves the spec's paths as written)
    token: str

    def url(self, path: str = "") -> str:
        return f"http://{self.host}:{self.port}{self.api_root}{path}"


@dataclass(frozen=True)
class LoadResult:
    tool: str
    requests: int
    unexpected: int  # responses with a status the scenario does not expect, plus socket errors
    seconds: float
    p50_ms: float
    p99_ms: float
    response_bytes: int = 0  # body size of one (the first) response, for context
    server_cpu_s: float | None = None  # CPU the server used meanwhile, when the caller measured it

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_us_per_request(self) -> float | None:
        """Server CPU per request: unlike throughput, other load on the machine hardly changes it."""
        if self.server_cpu_s is None or self.requests == 0:
            return None
        return self.server_cpu_s / self.requests * 1e6


# --- statistics ----------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The nearest-rank `q`th percentile (0 < q <= 100) of values sorted ascending.

    The smallest value with at least q% of the values at or below it: for 1..100, p50 is 50 and
    p99 is 99; for a single value, every percentile is that value.
    """
    if not sorted_values:
        raise ValueError("no values")
    if not 0 < q <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {q}")
    rank = math.ceil(q / 100 * len(sorted_values))
    return sorted_values[max(rank, 1) - 1]


def summarize(
    tool: str, latencies_ns: Sequence[int], unexpected: int, seconds: float, response_bytes: int = 0
) -> LoadResult:
    ordered = sorted(latencies_ns)
    if not ordered:
        return LoadResult(tool, 0, unexpected, seconds, math.nan, math.nan, response_bytes)
    return LoadResult(
        tool=tool,
        requests=len(ordered),
        unexpected=unexpected,
        seconds=seconds,
        p50_ms=percentile(ordered, 50) / 1e6,
        p99_ms=percentile(ordered, 99) / 1e6,
        response_bytes=response_bytes,
    )


# --- the built-in generator ----------------------------------------------------------------------


def encode_request(target: Target, method: str, path: str, body: bytes = b"") -> bytes:
    lines = [
        f"{method} {target.api_root}{path} HTTP/1.1",
        f"Host: {target.host}:{target.port}",
        f"Authorization: Bearer {target.token}",
    ]
    if body or method in ("POST", "PUT", "PATCH"):
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class ResponseError(Exception):
    """The server's reply could not be read as an HTTP/1.1 response."""


_STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3})")


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """(status, body, keep_alive) of one response; handles Content-Length and chunked bodies."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, _, header_block = head.partition(b"\r\n")
    match = _STATUS_LINE.match(status_line)
    if match is None:
        raise ResponseError(f"not an HTTP response: {status_line[:60]!r}")
    headers: dict[bytes, bytes] = {}
    for line in header_block.split(b"\r\n"):
        name, colon, value = line.partition(b":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    keep_alive = headers.get(b"connection", b"").lower() != b"close"
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            chunks.append(chunk[:-2])
        return int(match.group(1)), b"".join(chunks), keep_alive
    length = int(headers.get(b"content-length", b"0"))
    return int(match.group(1)), await reader.readexactly(length), keep_alive


@dataclass
class _Tally:
    deadline: float
    budget: int
    latencies: list[int] = field(default_factory=list)
    unexpected: int = 0
    response_bytes: int = -1

    def more(self) -> bool:
        if self.budget <= 0 or time.perf_counter() >= self.deadline:
            return False
        self.budget -= 1
        return True


async def _connection(target: Target, scenario: Scenario, tally: _Tally) -> None:
    first = encode_request(target, scenario.request.method, scenario.request.path, scenario.request.body)
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    pending: str | None = None  # the follow-up path the last response led to
    try:
        while tally.more():
            if writer is None:
                reader, writer = await asyncio.open_connection(target.host, target.port)
            assert reader is not None
            follow = scenario.follow if pending is not None else None
            if follow is not None and pending is not None:
                raw, expect = encode_request(target, "GET", pending), follow.expect
            else:
                raw, expect = first, scenario.request.expect
            pending = None
            started = time.perf_counter_ns()
            try:
                writer.write(raw)
                status, body, keep_alive = await read_response(reader)
            except (OSError, asyncio.IncompleteReadError, ResponseError, ValueError):
                tally.unexpected += 1
                writer.close()
                reader = writer = None
                continue
            tally.latencies.append(time.perf_counter_ns() - started)
            if tally.response_bytes < 0:
                tally.response_bytes = len(body)
            if status not in expect:
                tally.unexpected += 1
            elif follow is None and scenario.follow is not None:
                pending = scenario.follow.next_path(body)
            if not keep_alive:
                writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def _drive(
    target: Target, scenario: Scenario, connections: int, seconds: float, max_requests: int
) -> LoadResult:
    tally = _Tally(deadline=time.perf_counter() + seconds, budget=max_requests)
    started = time.perf_counter()
    outcomes = await asyncio.gather(
        *(_connection(target, scenario, tally) for _ in range(connections)), return_exceptions=True
    )
    elapsed = time.perf_counter() - started
    tally.unexpected += sum(1 for outcome in outcomes if isinstance(outcome, BaseException))
    return summarize("built-in", tally.latencies, tally.unexpected, elapsed, max(tally.response_bytes, 0))


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    try:
        uvloop = importlib.import_module("uvloop")  # the bench extra; optional
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def run_builtin(
    target: Target,
    scenario: Scenario,
    *,
    connections: int,
    seconds: float,
    max_requests: int = MAX_REQUESTS,
) -> LoadResult:
    """Load `target` with `scenario` from this process (uvloop when installed)."""
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        return runner.run(_drive(target, scenario, connections, seconds, max_requests))


# --- wrk -----------------------------------------------------------------------------------------


def wrk_version() -> str | None:
    """wrk's version line, or None when wrk is not installed."""
    path = shutil.which(WRK)
    if path is None:
        return None
    # `wrk -v` prints the version and the usage, and exits 1.
    done = subprocess.run([path, "-v"], capture_output=True, text=True, timeout=10, check=False)
    first = (done.stdout or done.stderr).strip().splitlines()
    return first[0] if first else "wrk"


def lua_string(text: str) -> str:
    """A Lua string literal for printable ASCII text."""
    if not all(" " <= char <= "~" for char in text):
        raise ValueError(f"only printable ASCII goes into the wrk script: {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk_script(target: Target, scenario: Scenario) -> str:
    """The wrk Lua script for the scenario (scripts/templates/scenario.lua.j2)."""
    return render(
        "scenario.lua.j2", scenario=scenario, api_root=target.api_root, token=target.token, lua=lua_string
    )


def parse_wrk_output(output: str) -> LoadResult:
    """The LoadResult in the `BENCHJSON` line a wrk_script() run printed."""
    for line in output.splitlines():
        if line.startswith("BENCHJSON "):
            data: dict[str, Any] = json.loads(line.removeprefix("BENCHJSON "))
            return LoadResult(
                tool="wrk",
                requests=int(data["requests"]),
                unexpected=int(data["bad"]) + int(data["socket_errors"]),
                seconds=data["duration_us"] / 1e6,
                p50_ms=data["p50_us"] / 1000,
                p99_ms=data["p99_us"] / 1000,
                response_bytes=max(int(data["response_bytes"]), 0),
            )
    raise RuntimeError(f"wrk printed no BENCHJSON line:\n{output[-2000:]}")


def run_wrk(target: Target, scenario: Scenario, *, connections: int, seconds: float) -> LoadResult:
    """Load `target` with wrk (one thread: the server under test needs the other core)."""
    path = shutil.which(WRK)
    if path is None:
        raise RuntimeError("wrk is not installed")
    with tempfile.TemporaryDirectory(prefix="hex-bench-") as directory:
        script = Path(directory) / "scenario.lua"
        script.write_text(wrk_script(target, scenario))
        command = [
            path,
            "-t1",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            target.url("/"),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return parse_wrk_output(done.stdout)


def run_load(
    tool: str, target: Target, scenario: Scenario, *, connections: int, seconds: float
) -> LoadResult:
    """`tool` is "wrk" or "built-in"."""
    if tool == "wrk":
        return run_wrk(target, scenario, connections=connections, seconds=seconds)
    return run_builtin(target, scenario, connections=connections, seconds=seconds)
