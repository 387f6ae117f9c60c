"""HTTP load for `make bench`, made by wrk (Debian's `wrk` package; `make bench` installs it as root).

A `Scenario` is one request repeated over keep-alive connections to a loopback server for a bounded
time, or a request whose response leads to a second one (RunProject, then GetRunStatus on the run it
started): `Follow` says how to find the id in the first response. wrk runs the scenario's Lua script
(scripts/templates/scenario.lua.j2) and reports throughput, p50/p99 latency (measured in C with an
HdrHistogram) and how many responses had a status the scenario does not expect.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.reports import render

WRK = "wrk"


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # below the target's API root: "/v1/projects/..."
    body: bytes = b""
    expect: frozenset[int] = frozenset({200})


@dataclass(frozen=True)
class Follow:
    """After a response that contains `marker`, a next request of the same wrk thread GETs `path` with
    `{id}` replaced by the text between `capture` and the next double quote in that response."""

    marker: str
    capture: str
    path: str
    expect: frozenset[int] = frozenset({200})


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


def run_load(target: Target, scenario: Scenario, *, connections: int, seconds: float) -> LoadResult:
    """Load `target` with wrk (one thread: the server under test needs the other core)."""
    path = shutil.which(WRK)
    if path is None:
        raise RuntimeError("wrk is not installed (apt-get install wrk)")
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
