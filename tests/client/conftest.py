"""The generated client against the mock, in-process and served over HTTP on loopback.

`target` is parametrized over both ways of reaching the mock: "in_process" is the plugin's
`hex_client` (Starlette's TestClient on the mock's ASGI app); "live" is an ordinary
AuthenticatedClient talking HTTP to `hex_live_server`, with `hex_live_mock` (same process) behind it,
so a test steers either mock's clock and runs the same way. Tests take `client` and `mock`, or
`target` when they need the base URL or clients with other tokens. Both follow `hex_token`, so
overriding it (e.g. with `pytest.mark.parametrize("hex_token", ...)`) changes the caller everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import cast

import pytest
from starlette.testclient import TestClient

from hex_api_client import AuthenticatedClient
from hex_mock.mock import HexMock
from hex_mock.pytest_plugin import BASE_URL

IN_PROCESS = "in_process"
LIVE = "live"


@dataclass(frozen=True)
class Target:
    """One way of reaching a mock: its controls, the client's base URL and clients for any token."""

    name: str
    mock: HexMock
    base_url: str  # what the client's base_url is, e.g. http://127.0.0.1:54321/api
    client: AuthenticatedClient  # authenticated with `hex_token`
    connect: Callable[[str], AuthenticatedClient]  # another client on the same mock, for a token


@pytest.fixture(params=[IN_PROCESS, pytest.param(LIVE, marks=pytest.mark.live)])
def target(request: pytest.FixtureRequest, hex_token: str) -> Iterator[Target]:
    with ExitStack() as stack:
        if request.param == IN_PROCESS:
            mock = cast(HexMock, request.getfixturevalue("hex_mock"))
            base_url = f"{BASE_URL}/api"
            client = cast(AuthenticatedClient, request.getfixturevalue("hex_client"))

            def connect(token: str) -> AuthenticatedClient:
                transport = stack.enter_context(TestClient(mock.app, base_url=base_url))
                transport.headers["Authorization"] = f"Bearer {token}"
                other = AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True)
                return other.set_httpx_client(transport)

        else:
            mock = cast(HexMock, request.getfixturevalue("hex_live_mock"))
            base_url = f"{request.getfixturevalue('hex_live_server')}/api"

            def connect(token: str) -> AuthenticatedClient:
                other = AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True)
                return stack.enter_context(other)

            client = connect(hex_token)
        yield Target(name=request.param, mock=mock, base_url=base_url, client=client, connect=connect)


@pytest.fixture
def client(target: Target) -> AuthenticatedClient:
    return target.client


@pytest.fixture
def mock(target: Target) -> HexMock:
    return target.mock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
