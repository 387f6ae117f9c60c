"""Serving the mock for reliability tests: in a thread (to inspect the HexMock behind it) or as a
`hex-mock serve` child process (to kill it), both on a free loopback port, plus client helpers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import uvicorn
from starlette.types import ASGIApp

from tests.resources.conftest import ADMIN

API = "/api/v1"
# Demo cells of Weekly revenue (hex_mock/demo.yaml), in notebook order.
OVERVIEW = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"
ORDERS = "4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918"
CHART = "6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a"
CHART_STATIC_ID = "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class ThreadServer:
    """uvicorn serving `app` on 127.0.0.1 in a daemon thread, for the duration of a `with` block."""

    def __init__(self, app: ASGIApp, *, log_level: str = "warning") -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level=log_level,
            access_log=False,
            backlog=4096,
            log_config=None,  # leave logging to pytest: records reach its handlers (caplog)
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="hex-mock-reliability", daemon=True)

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:  # start-up plumbing: wait for the thread to bind
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server thread did not start")
            time.sleep(0.01)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


class ProcessServer:
    """`hex-mock serve` in a child process on a free loopback port."""

    def __init__(self, *arguments: str, cwd: Path | None = None) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.arguments = ["serve", "--port", str(self.port), *arguments]
        self.cwd = cwd
        self.process: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> ProcessServer:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hex_mock", *self.arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=self.cwd,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:  # wait for the child to bind: start-up plumbing, not a timed assertion
            try:
                httpx.get(f"{self.base_url}/openapi.json", timeout=2)
                return self
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"hex-mock did not start: {self.output}") from None
                time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.output += self.process.communicate(timeout=15)[0] or ""

    def stop(self) -> str:
        """Terminate (if still running) and return everything the process printed."""
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                self.output += self.process.communicate(timeout=15)[0] or ""
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.output += self.process.communicate(timeout=15)[0] or ""
        return self.output

    def __enter__(self) -> ProcessServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


def run_cli(*arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`hex-mock ARGS` to completion (for start-up failures, which exit by themselves)."""
    return subprocess.run(
        [sys.executable, "-m", "hex_mock", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def async_client(base_url: str, *, connections: int = 100, token: str = ADMIN) -> httpx.AsyncClient:
    """An async client with a pool of `connections` concurrent connections to the served mock."""
    return httpx.AsyncClient(
        base_url=base_url,
        headers=bearer(token),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        timeout=httpx.Timeout(60.0),
        # Plain HTTP on loopback: skip building a TLS context (~30 ms per client, most of the setup).
        verify=False,
    )


async def walk(
    client: httpx.AsyncClient, path: str, params: dict[str, Any], key: str = "values"
) -> list[Any]:
    """Every item of a cursor-paginated list, page by page."""
    items: list[Any] = []
    after: str | None = None
    for _ in range(10_000):
        page = await client.get(path, params={**params, **({"after": after} if after else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body[key]
        after = body["pagination"]["after"]
        if not after:
            return items
    raise AssertionError(f"{path}: pagination did not end")


def duplicates(values: Iterable[Any]) -> list[Any]:
    """The values that occur more than once."""
    return [value for value, count in Counter(values).items() if count > 1]
