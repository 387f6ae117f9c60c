"""pytest fixtures for testing Hex integrations against the mock (installed as a pytest11 plugin).

- `hex_mock`: a fresh HexMock per test (demo workspace, manual clock, responses checked against the
  spec). Override `hex_mock_options` to change how it is built.
- `hex_token`: the bearer token the client fixtures use (default: the demo admin's).
- `hex_client` / `hex_async_client`: the generated low-level client wired to the mock in-process.
- `hex_client_factory`: `hex_client_factory(token)` gives another such client, calling the same mock
  with that token (several roles in one test).
- `hex_api` / `hex_async_api`: the high-level `Hex` / `AsyncHex` wired to the mock in-process; their
  waits (retries, pacing, `runs.wait`) move the mock's manual clock instead of sleeping.
- `hex_live_server`: the mock served over HTTP on a free loopback port, for non-Python clients;
  yields its base URL, and `hex_live_mock` is the HexMock behind it (reset before each test). Built
  from `hex_mock_options`: tests with equal options share one server for the session.
- `hex_live_workspace`: a workspace of its own for this test on the server `hex_workspace_server`
  names (default: the session's live server for `hex_mock_options`), made over the control plane
  and removed after the test; its `tokens` map each fixtures secret to this workspace's. Tests
  never share one, so they may run in any order or in parallel (pytest-xdist) on one server.
  Override `hex_workspace_server` to use a mock served elsewhere (e.g. one shared by CI jobs).

The async fixtures are async generators: they need an async pytest plugin. anyio's (it comes with
httpx) runs them for tests marked `@pytest.mark.anyio`; pytest-asyncio's does in its auto mode.

This module is the one place that imports both the mock and the generated client.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from hex_mock.mock import HexMock
from hex_mock.testing import DEMO_ADMIN_TOKEN, ThreadServer, bearer

with warnings.catch_warnings():
    # Starlette now prefers httpx2 for its TestClient, but the generated client is built on httpx and
    # the sync fixture hands it a TestClient as its httpx.Client, so httpx is the one to keep.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

if TYPE_CHECKING:
    from hex_api_client import AsyncHex, AuthenticatedClient, Hex

BASE_URL = "http://hex-mock.test"


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
def hex_client(
    hex_client_factory: Callable[[str], AuthenticatedClient], hex_token: str
) -> AuthenticatedClient:
    """The generated client, calling the mock in-process (synchronously, through Starlette's TestClient)."""
    return hex_client_factory(hex_token)


@pytest.fixture
async def hex_async_client(hex_mock: HexMock, hex_token: str) -> AsyncIterator[AuthenticatedClient]:
    """The generated client, calling the mock in-process through httpx's ASGI transport."""
    client = _client(hex_token)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=hex_mock.app),
        base_url=f"{BASE_URL}/api",
        headers=bearer(hex_token),
    ) as async_client:
        client.set_async_httpx_client(async_client)
        yield client


@pytest.fixture
def hex_client_factory(hex_mock: HexMock) -> Iterator[Callable[[str], AuthenticatedClient]]:
    """`hex_client_factory(token)`: the generated client calling the test's mock in-process with
    `token`, one per call, all closed after the test."""
    with contextlib.ExitStack() as opened:

        def make(token: str) -> AuthenticatedClient:
            client = _client(token)
            transport_client = opened.enter_context(TestClient(hex_mock.app, base_url=f"{BASE_URL}/api"))
            transport_client.headers.update(bearer(token))
            client.set_httpx_client(transport_client)
            return client

        yield make


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


class _LiveServers:
    """The session's live servers, one per distinct `hex_mock_options`, each stopped at its end."""

    def __init__(self) -> None:
        self.running: dict[str, tuple[ThreadServer, HexMock]] = {}

    def for_options(self, options: dict[str, Any]) -> tuple[ThreadServer, HexMock]:
        key = repr(sorted(options.items()))
        if key not in self.running:
            mock = HexMock(**options)
            server = ThreadServer(mock.app).start()
            self.running[key] = (server, mock)
        return self.running[key]

    def stop(self) -> None:
        for server, mock in self.running.values():
            server.stop()
            mock.close()


@pytest.fixture(scope="session")
def _hex_live_servers() -> Iterator[_LiveServers]:
    servers = _LiveServers()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def hex_live_server(_hex_live_servers: _LiveServers, hex_mock_options: dict[str, Any]) -> str:
    """Base URL of the served mock (e.g. http://127.0.0.1:54321); its workspace is reset for each test."""
    server, mock = _hex_live_servers.for_options(hex_mock_options)
    server.wait_idle()
    mock.reset()
    return server.base_url


@pytest.fixture
def hex_live_mock(
    hex_live_server: str,  # noqa: ARG001  (requested for the reset it makes)
    _hex_live_servers: _LiveServers,
    hex_mock_options: dict[str, Any],
) -> HexMock:
    """The HexMock behind `hex_live_server` (built from `hex_mock_options`), reset for this test."""
    return _hex_live_servers.for_options(hex_mock_options)[1]


@pytest.fixture
def hex_workspace_server(_hex_live_servers: _LiveServers, hex_mock_options: dict[str, Any]) -> str:
    """Base URL of the served mock `hex_live_workspace` makes workspaces on (its control plane must
    be served). Default: the session's live server for `hex_mock_options`, whose default workspace
    is left as it is."""
    return _hex_live_servers.for_options(hex_mock_options)[0].base_url


@dataclass(frozen=True)
class LiveWorkspace:
    """A workspace of a served mock, made for one test."""

    id: str
    base_url: str  # the server's, e.g. http://127.0.0.1:54321 (the client's base URL adds /api)
    control_url: str  # this workspace's control plane: <base_url>/__mock__/workspaces/<id>
    tokens: Mapping[str, str]  # the fixtures' secret -> this workspace's secret for that token

    def token(self, fixtures_secret: str = DEMO_ADMIN_TOKEN) -> str:
        """This workspace's secret for the token the fixtures gave `fixtures_secret`."""
        return self.tokens[fixtures_secret]


@contextlib.contextmanager
def live_workspace(server_url: str) -> Iterator[LiveWorkspace]:
    """A workspace made on the mock served at `server_url`, removed on leaving."""
    with httpx.Client(base_url=f"{server_url}/__mock__", timeout=30) as control:
        made = control.post("/workspaces").raise_for_status().json()
        try:
            yield LiveWorkspace(
                id=made["id"],
                base_url=server_url,
                control_url=f"{server_url}{made['controlPlane']}",
                tokens={token["replaces"]: token["secret"] for token in made["tokens"]},
            )
        finally:
            control.delete(f"/workspaces/{made['id']}").raise_for_status()


@pytest.fixture
def hex_live_workspace(hex_workspace_server: str) -> Iterator[LiveWorkspace]:
    """A workspace of this test's own on `hex_workspace_server`, removed after it."""
    with live_workspace(hex_workspace_server) as workspace:
        yield workspace
