"""Running the mock from tests and tools: served over HTTP in a thread or a child process, sent exact
bytes over a socket or called as ASGI with them, and the demo workspace's tokens and ids.

    with ThreadServer(HexMock(fixtures="demo").app) as server:       # uvicorn in this process
        httpx.get(f"{server.base_url}/api/v1/users/me", headers=bearer(DEMO_ADMIN_TOKEN))

    with ProcessServer("--control-plane") as server:                  # `hex-mock serve --port 0`
        ...; server.kill()                                            # SIGKILL, as a crash would

Both listen on a loopback port chosen by the kernel and report the one they got: the thread server
binds before uvicorn starts; the child process prints it in its banner once bound (a subclass may
run another program: one that prints no banner has its port read from the socket it listens on).
No port is ever probed, released and reused, so two servers never race for one.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote

from hex_mock.serving import SERVER_SETTINGS

LOOPBACK = "127.0.0.1"
START_TIMEOUT = 60.0  # seconds a server may take to answer; start-up plumbing, not a timed assertion
STOP_TIMEOUT = 15.0
UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

# The demo workspace's tokens (hex_mock/demo.yaml): public, made-up credentials, one per role.
DEMO_ADMIN_TOKEN = "hxtp_demo_ana_admin"
DEMO_MANAGER_TOKEN = "hxtp_demo_max_manager"
DEMO_EDITOR_TOKEN = "hxtp_demo_eve_editor"
DEMO_EXPLORER_TOKEN = "hxtp_demo_ed_explorer"
DEMO_GUEST_TOKEN = "hxtp_demo_gus_guest"
DEMO_READONLY_WORKSPACE_TOKEN = "hxtw_demo_readonly"  # a workspace token with read scopes only
DEMO_RUNNER_TOKEN = "hxtw_demo_runner"
# Demo records the tools and tests reach for first.
DEMO_WEEKLY_PROJECT = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"  # Ana's, published, shared widely
DEMO_OVERVIEW_CELL = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"  # Weekly revenue's first cell

# What `hex-mock serve` prints once its port is bound (hex_mock/cli.py's banner).
_BANNER = re.compile(r"^Mock Hex API at (http://\S+?)/api/v1$", re.MULTILINE)


def bearer(token: str) -> dict[str, str]:
    """The Authorization header for `token`."""
    return {"Authorization": f"Bearer {token}"}


class _Served:
    """A server used as a `with` block: started on entry, stopped on exit."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> object:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


class ThreadServer(_Served):
    """uvicorn serving `app` on a loopback port in a daemon thread, for the duration of a `with`."""

    def __init__(self, app: Any, *, log_level: str = "warning", backlog: int = 4096) -> None:
        import uvicorn

        self.socket = socket.create_server((LOOPBACK, 0), backlog=backlog)
        self.port: int = self.socket.getsockname()[1]
        self.base_url = f"http://{LOOPBACK}:{self.port}"
        # log_config=None leaves logging to the host process: under pytest, records reach caplog.
        config = uvicorn.Config(app, log_level=log_level, log_config=None, **SERVER_SETTINGS)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, name="hex-mock-served", daemon=True
        )

    def start(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.socket.close()
                raise RuntimeError("the mock's server thread did not start")
            time.sleep(0.01)
        return self

    def wait_idle(self) -> None:
        """Return once no request is in flight: one a client gave up on (a timeout) still runs to
        its end on the server, and must not land in the next test's freshly reset workspace."""
        deadline = time.monotonic() + STOP_TIMEOUT
        while self.server.server_state.tasks:
            if time.monotonic() > deadline:
                raise RuntimeError("the mock's server still had requests in flight")
            time.sleep(0.005)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=STOP_TIMEOUT)
        self.socket.close()


class ProcessServer(_Served):
    """`hex-mock serve ARGS` in a child process; its port is read back from the banner it prints.

    `port` 0 lets the kernel choose; a restart after `kill` or `stop` reuses the port first bound,
    so clients keep their base URL. Everything the child prints is kept in `output`. A subclass
    runs another server through `command` and `banner` (None: the port is that of the socket the
    child listens on, for a program that says nothing once bound).
    """

    banner: re.Pattern[str] | None = _BANNER  # group 1: the base URL

    def __init__(
        self, *arguments: str, port: int = 0, cwd: Path | None = None, env: Mapping[str, str] | None = None
    ) -> None:
        self.arguments = list(arguments)
        self.port = port
        self.cwd = cwd
        self.env = {**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"}
        self.base_url = ""
        self.process: subprocess.Popen[str] | None = None
        self._output: list[str] = []
        self._reader: threading.Thread | None = None

    @property
    def output(self) -> str:
        return "".join(self._output)

    def command(self) -> list[str]:
        return [sys.executable, "-m", "hex_mock", "serve", "--port", str(self.port), *self.arguments]

    def start(self) -> Self:
        self.process = subprocess.Popen(
            self.command(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            cwd=self.cwd,
            env=self.env,
        )
        bound = threading.Event()
        self._reader = threading.Thread(target=self._read, args=(self.process, bound), daemon=True)
        self._reader.start()
        if self.banner is None:
            self._await_listening(self.process, bound)
        if not bound.wait(START_TIMEOUT) or not self.base_url:
            self.stop()
            raise RuntimeError(f"{shlex.join(self.command())} did not start:\n{self.output}")
        return self

    def _bound(self, base_url: str, bound: threading.Event) -> None:
        self.base_url = base_url
        self.port = int(base_url.rsplit(":", 1)[1])
        bound.set()

    def _read(self, process: subprocess.Popen[str], bound: threading.Event) -> None:
        """Keep every line the child prints (so its pipe never fills); signal once the banner shows."""
        assert process.stdout is not None
        for line in process.stdout:
            self._output.append(line)
            found = self.banner.match(line.rstrip("\n")) if self.banner else None
            if found and not bound.is_set():
                self._bound(found.group(1), bound)
        bound.set()  # the child exited (before its banner, if base_url is still empty)

    def _await_listening(self, process: subprocess.Popen[str], bound: threading.Event) -> None:
        """Wait for the child's listening socket (the one wait on a port no banner announces)."""
        import psutil  # the dev extra's: only a program without a banner needs it

        deadline = time.monotonic() + START_TIMEOUT
        while not bound.is_set() and time.monotonic() < deadline:
            try:
                ports = [
                    connection.laddr.port
                    for connection in psutil.Process(process.pid).net_connections("tcp")
                    if connection.status == psutil.CONN_LISTEN
                ]
            except psutil.Error:
                break  # the child exited: the reader says so
            if ports:
                self._bound(f"http://{LOOPBACK}:{ports[0]}", bound)
                break
            time.sleep(0.01)

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self._wait()

    def stop(self) -> str:
        """Terminate (if still running) and return everything the process printed."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._wait()
        return self.output

    def _wait(self) -> None:
        if self._reader is not None:
            self._reader.join(timeout=STOP_TIMEOUT)
        if self.process is not None:
            self.process.wait(timeout=STOP_TIMEOUT)
            if self.process.stdout is not None:
                self.process.stdout.close()


# --- bytes exactly as written: over a socket, or to the app as ASGI --------------------------------


def raw_exchange(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes to a loopback server; everything it answers until it closes the connection or
    has sent a whole reply, or `timeout` passes. A server may refuse the request mid-send: then what
    it said is read."""
    with socket.create_connection((LOOPBACK, port), timeout=timeout) as connection:
        with contextlib.suppress(OSError):
            connection.sendall(data)
        received = b""
        while True:
            try:
                chunk = connection.recv(65536)
            except OSError:  # reset, or the time is up: what came so far is the answer
                break
            if not chunk:
                break
            received += chunk
            head, _, body = received.partition(b"\r\n\r\n")
            length = re.search(rb"content-length: *(\d+)", head, re.IGNORECASE)
            if length and len(body) >= int(length.group(1)):
                break
        return received


def reply_status(reply: bytes) -> int | None:
    """The status of a raw HTTP/1.x reply (None: the server sent none)."""
    found = re.match(rb"HTTP/1\.[01] (\d{3}) ", reply)
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class Request:
    method: str
    raw_path: bytes
    query: bytes
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: bytes) -> bytes | None:
        return next((value for key, value in self.headers if key == name), None)


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def asgi_path(raw_path: bytes) -> str:
    # As uvicorn does (percent-decoded, invalid UTF-8 replaced), but taking bytes uvicorn would
    # refuse too, since other servers (and the TestClient) may pass them on.
    return unquote(raw_path.decode("latin-1"))


async def call_asgi(app: Any, request: Request, *, chunks: int = 2) -> Reply:
    """Send `request` to an ASGI app as a server would (body in `chunks` parts) and collect the reply."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": "http",
        "path": asgi_path(request.raw_path),
        "raw_path": request.raw_path,
        "query_string": request.query,
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), *request.headers],
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
    }
    size = max(1, -(-len(request.body) // chunks))
    parts = [request.body[i : i + size] for i in range(0, len(request.body), size)] or [b""]
    messages = [
        {"type": "http.request", "body": part, "more_body": index < len(parts) - 1}
        for index, part in enumerate(parts)
    ]
    sent: list[Mapping[str, Any]] = []

    async def receive() -> Mapping[str, Any]:
        if messages:
            return messages.pop(0)
        await asyncio.Event().wait()  # as a server does: nothing more until the client goes
        raise AssertionError("unreachable")

    async def send(message: Mapping[str, Any]) -> None:
        sent.append(message)

    await asyncio.wait_for(app(scope, receive, send), timeout=30)
    start = next(message for message in sent if message["type"] == "http.response.start")
    body = b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")
    return Reply(status=start["status"], headers=list(start.get("headers", [])), body=body)
