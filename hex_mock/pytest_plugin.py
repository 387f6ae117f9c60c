"""pytest fixtures for testing Hex integrations against the mock (installed as a pytest11 plugin).

- `hex_mock`: a fresh HexMock per test (demo workspace, manual clock, responses checked against the
  spec). Override `hex_mock_options` to change how it is built.
- `hex_token`: the bearer token the client fixtures use (default: the demo admin's).
- `hex_client` / `hex_async_client`: the generated low-level client wired to the mock in-process.
- `hex_api` / `hex_async_api`: the high-level `Hex` / `AsyncHex` wired to the mock in-process; their
  waits (retries, pacing, `runs.wait`) move the mock's manual clock instead of sleeping.
- `hex_live_server`: the mock served over HTTP on a free loopback port, for non-Python clients;
  yields its base URL, and `hex_live_mock` is the HexMock behind it (reset before each test).

This module is the one place that imports both the mock and the generated client.
"""

from __future__ import annotations

import socket
import threading
import time
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from hex_mock.mock import HexMock

with warnings.catch_warnings():
    # Starlette now prefers httpx2 for its TestClient, but the generated client is built on httpx and
    # the sync fixture hands it a TestClient as its httpx.Client, so httpx is the one to keep.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

if TYPE_CHECKING:
    from hex_api_client import AsyncHex, AuthenticatedClient, Hex

BASE_URL = "http://hex-mock.test"
DEMO_ADMIN_TOKEN = "hxtp_demo_ana_admin"


@pytest.fixture
def hex_mock_options() -> dict[str, Any]:
    """Keyword arguments for HexMock; override in a conftest.py to use your own fixtures or seed."""
    return {"fixtures": "demo", "seed": 0, "validate_responses": True}


@pytest.fixture
def hex_mock(hex_mock_options: dict[str, Any]) -> HexMock:
    return HexMock(**hex_mock_options)


@pytest.fixture
def hex_token() -> str:
    return DEMO_ADMIN_TOKEN


def _client(token: str) -> AuthenticatedClient:
    from hex_api_client import AuthenticatedClient

    return AuthenticatedClient(base_url=f"{BASE_URL}/api", token=token, raise_on_unexpected_status=True)


@pytest.fixture
def hex_client(hex_mock: HexMock, hex_token: str) -> Iterator[AuthenticatedClient]:
    """The generated client, calling the mock in-process (synchronously, through Starlette's TestClient)."""
    client = _client(hex_token)
    with TestClient(hex_mock.app, base_url=f"{BASE_URL}/api") as transport_client:
        transport_client.headers["Authorization"] = f"Bearer {hex_token}"
        client.set_httpx_client(transport_client)
        yield client


@pytest.fixture
async def hex_async_client(hex_mock: HexMock, hex_token: str) -> AsyncIterator[AuthenticatedClient]:
    """The generated client, calling the mock in-process through httpx's ASGI transport."""
    client = _client(hex_token)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=hex_mock.app),
        base_url=f"{BASE_URL}/api",
        headers={"Authorization": f"Bearer {hex_token}"},
    ) as async_client:
        client.set_async_httpx_client(async_client)
        yield client


def _manual_clock_seconds(mock: HexMock) -> float:
    return mock.clock.now().timestamp()


@pytest.fixture
def hex_api(hex_mock: HexMock, hex_token: str) -> Iterator[Hex]:
    """`Hex` calling the mock in-process; sleeping advances the mock's manual clock."""
    from hex_api_client import Hex

    with TestClient(hex_mock.app, base_url=BASE_URL) as transport_client:
        yield Hex(
            hex_token,
            base_url=BASE_URL,
            http_client=transport_client,
            sleep=hex_mock.advance,
            clock=lambda: _manual_clock_seconds(hex_mock),
        )


@pytest.fixture
async def hex_async_api(hex_mock: HexMock, hex_token: str) -> AsyncIterator[AsyncHex]:
    """`AsyncHex` calling the mock in-process; sleeping advances the mock's manual clock."""
    from hex_api_client import AsyncHex

    async def advance(seconds: float) -> None:
        hex_mock.advance(seconds)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=hex_mock.app)) as async_client:
        yield AsyncHex(
            hex_token,
            base_url=BASE_URL,
            http_client=async_client,
            sleep=advance,
            clock=lambda: _manual_clock_seconds(hex_mock),
        )


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _LiveServer:
    """uvicorn serving a HexMock in a background thread."""

    def __init__(self, mock: HexMock) -> None:
        import uvicorn

        from hex_mock.serving import SERVER_SETTINGS

        self.port = _free_loopback_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            mock.app, host="127.0.0.1", port=self.port, log_level="warning", **SERVER_SETTINGS
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="hex-mock-live", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        # Waiting for a server thread to bind is start-up plumbing, not a test sleep.
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live mock server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def hex_live_mock() -> HexMock:
    return HexMock(fixtures="demo", seed=0, validate_responses=True)


@pytest.fixture(scope="session")
def _hex_live_server_session(hex_live_mock: HexMock) -> Iterator[str]:
    server = _LiveServer(hex_live_mock)
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.fixture
def hex_live_server(_hex_live_server_session: str, hex_live_mock: HexMock) -> str:
    """Base URL of the served mock (e.g. http://127.0.0.1:54321); its workspace is reset for each test."""
    hex_live_mock.reset()
    return _hex_live_server_session
