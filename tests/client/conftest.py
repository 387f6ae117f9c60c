"""The generated client against the mock, in-process and served over HTTP on loopback.

`target` is parametrized over both ways of reaching the mock: "in_process" is the plugin's
`hex_client` (Starlette's TestClient on the mock's ASGI app); "live" is an ordinary
AuthenticatedClient talking HTTP to `hex_live_server`, with `hex_live_mock` (same process) behind it,
so a test steers either mock's clock and runs the same way. Tests take `client` and `mock`, or
`target` when they need the base URL or clients with other tokens. Both follow `hex_token`, so
overriding it (e.g. with `pytest.mark.parametrize("hex_token", ...)`) changes the caller everywhere.
`sdk` is the high-level client (`Hex` or `AsyncHex`, both parametrized) on the same target.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack, ExitStack
from dataclasses import dataclass
from typing import Any, cast

import httpx
import pytest
from starlette.testclient import TestClient

from hex_api_client import AsyncHex, AuthenticatedClient, Hex
from hex_mock.mock import HexMock
from hex_mock.pytest_plugin import BASE_URL
from tests.client.support import ADMIN_TOKEN

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


SYNC, ASYNC = "sync", "async"


@dataclass(frozen=True)
class Sdk:
    """`Hex` or `AsyncHex` on a target's mock; `call` awaits what the async client returns."""

    flavour: str
    client: Hex | AsyncHex

    async def call(self, value: Any) -> Any:
        return await value if self.flavour == ASYNC else value

    async def collect(self, pager: Any) -> list[Any]:
        if self.flavour == ASYNC:
            return [item async for item in pager]
        return list(pager)

    async def collect_pages(self, pager: Any) -> list[Any]:
        if self.flavour == ASYNC:
            return [page async for page in pager.pages()]
        return list(pager.pages())


def manual_clock_seconds(mock: HexMock) -> Callable[[], float]:
    return lambda: mock.clock.now().timestamp()


def hex_for(target: Target, token: str, stack: ExitStack, **options: Any) -> Hex:
    """A Hex on the target's mock; its sleeps advance the mock's manual clock."""
    http = stack.enter_context(TestClient(target.mock.app)) if target.name == IN_PROCESS else None
    return stack.enter_context(
        Hex(
            token,
            base_url=target.base_url,
            http_client=http,
            sleep=target.mock.advance,
            clock=manual_clock_seconds(target.mock),
            **options,
        )
    )


async def async_hex_for(target: Target, token: str, stack: AsyncExitStack, **options: Any) -> AsyncHex:
    async def advance(seconds: float) -> None:
        target.mock.advance(seconds)

    http = None
    if target.name == IN_PROCESS:
        transport = httpx.ASGITransport(app=target.mock.app)
        http = await stack.enter_async_context(httpx.AsyncClient(transport=transport))
    return await stack.enter_async_context(
        AsyncHex(
            token,
            base_url=target.base_url,
            http_client=http,
            sleep=advance,
            clock=manual_clock_seconds(target.mock),
            **options,
        )
    )


@pytest.fixture(params=[SYNC, ASYNC])
async def sdk_factory(
    request: pytest.FixtureRequest, target: Target
) -> AsyncIterator[Callable[..., Awaitable[Sdk]]]:
    """Makes the high-level client (sync or async, per the parameter) on `target`, for any token."""
    async with AsyncExitStack() as async_stack:
        with ExitStack() as stack:

            async def make(token: str = ADMIN_TOKEN, **options: Any) -> Sdk:
                if request.param == SYNC:
                    return Sdk(SYNC, hex_for(target, token, stack, **options))
                return Sdk(ASYNC, await async_hex_for(target, token, async_stack, **options))

            yield make


@pytest.fixture
async def sdk(sdk_factory: Callable[..., Awaitable[Sdk]], hex_token: str) -> Sdk:
    return await sdk_factory(hex_token)
