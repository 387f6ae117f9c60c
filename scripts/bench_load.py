"""HTTP load for `make bench`, made by wrk (Debian's `wrk` package; `make bench` installs it as root),
running scripts/templates/scenario.lua.j2, which prints the `LoadResult` as one JSON line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.reports import render


@dataclass(frozen=True)
class Follow:
    """After a response that contains `marker`, a next request of the same wrk thread GETs `path` with
    `{id}` replaced by the text between `capture` and the next double quote in that response; it
    must answer 200."""

    marker: str
    capture: str
    path: str


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str  # below the target's API root: "/v1/projects/..."
    body: bytes = b""
    expect: frozenset[int] = frozenset({200})
    follow: Follow | None = None

    @property
    def expected(self) -> frozenset[int]:
        return self.expect | ({200} if self.follow else set())


@dataclass(frozen=True)
class Target:
    base_url: str  # "http://127.0.0.1:PORT"
    api_root: str  # "/api" for the mock, "" for Prism (which serves the spec's paths as written)
    token: str


@dataclass(frozen=True)
class LoadResult:
    """The fields of the wrk script's `BENCHJSON` line, and the server's CPU time when measured."""

    requests: int
    unexpected: int  # responses with a status the scenario does not expect, plus socket errors
    seconds: float
    p50_ms: float
    p99_ms: float
    response_bytes: int  # body size of one (the first) response, for context
    server_cpu_s: float | None = None

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_us_per_request(self) -> float | None:
        """Server CPU per request: unlike throughput, other load on the machine hardly changes it."""
        if self.server_cpu_s is None or self.requests == 0:
            return None
        return self.server_cpu_s / self.requests * 1e6


def wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("make bench needs wrk (apt-get install wrk)")
    return path


def wrk_version() -> str:
    # `wrk -v` prints the version and the usage, and exits 1.
    done = subprocess.run([wrk(), "-v"], capture_output=True, text=True, timeout=10, check=False)
    return (done.stdout or done.stderr or "wrk").splitlines()[0]


def lua_string(text: str) -> str:
    """A Lua string literal for printable ASCII text (whose JSON literal is the same)."""
    if not all(" " <= char <= "~" for char in text):
        raise ValueError(f"only printable ASCII goes into the wrk script: {text!r}")
    return json.dumps(text)


def wrk_script(target: Target, scenario: Scenario) -> str:
    return render(
        "scenario.lua.j2", scenario=scenario, api_root=target.api_root, token=target.token, lua=lua_string
    )


def parse_wrk_output(output: str) -> LoadResult:
    for line in output.splitlines():
        if line.startswith("BENCHJSON "):
            return LoadResult(**json.loads(line.removeprefix("BENCHJSON ")))
    raise RuntimeError(f"wrk printed no BENCHJSON line:\n{output[-2000:]}")


def run_load(target: Target, scenario: Scenario, *, connections: int, seconds: float) -> LoadResult:
    """Load `target` with wrk (one thread: the server under test needs the other core)."""
    with tempfile.TemporaryDirectory(prefix="hex-bench-") as directory:
        script = Path(directory) / "scenario.lua"
        script.write_text(wrk_script(target, scenario))
        duration = f"-d{max(1, round(seconds))}s"
        url = f"{target.base_url}{target.api_root}/"
        command = [wrk(), "-t1", f"-c{connections}", duration, "--timeout", "5s", "-s", str(script), url]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return parse_wrk_output(done.stdout)
