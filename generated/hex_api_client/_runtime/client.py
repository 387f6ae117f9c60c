"""`Hex` and `AsyncHex`: the spec's operations as resources (`hex.projects.list()`, ...), with retries,
typed errors, pagination, run waiting and opt-in pacing."""

from __future__ import annotations

import asyncio
import copy
import os
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

import httpx

from ..resources import AsyncResources, Resources
from .errors import HexAPIError
from .pacing import Pacer
from .retries import RetryPolicy
from .transport import AsyncRequester, Settings, SyncRequester

DEFAULT_BASE_URL = "https://app.hex.tech"
TOKEN_VARIABLE = "HEX_API_TOKEN"
DEFAULT_TIMEOUT = 60.0
USER_AGENT = "hex-api-client"


def api_root(base_url: str) -> str:
    """The API's root for a workspace origin. `https://app.hex.tech`, `.../api` and `.../api/v1` (what
    the mock prints) all mean the same workspace; any other path is refused rather than guessed at."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) origin such as {DEFAULT_BASE_URL}, not {base_url!r}")
    path = url.path.rstrip("/")
    for suffix in ("/api/v1", "/api"):
        if path.endswith(suffix):
            path = path.removesuffix(suffix)
            break
    return str(url.copy_with(path=f"{path}/api", query=None, fragment=None))


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout | None:
    return timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _settings(
    token: str | None,
    base_url: str,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    pace_requests: bool,
    clock: Callable[[], float],
) -> Settings:
    token = token if token is not None else os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise HexAPIError(f"no API token: pass token= or set {TOKEN_VARIABLE}")
    return Settings(
        api_root=api_root(base_url),
        headers={"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT},
        timeout=_timeout(timeout),
        retry=RetryPolicy(max_retries=max_retries),
        pacer=Pacer() if pace_requests else None,
        clock=clock,
    )


def _options(settings: Settings, max_retries: int | None, timeout: float | httpx.Timeout | None) -> Settings:
    changes: dict[str, Any] = {}
    if max_retries is not None:
        changes["retry"] = RetryPolicy(max_retries=max_retries)
    if timeout is not None:
        changes["timeout"] = _timeout(timeout)
    return settings.changed(**changes)


class _Configurable:
    """What Hex and AsyncHex share: `with_options`, a copy on other settings and the same pool."""

    settings: Settings
    _owns_http: bool

    def _use(self, settings: Settings) -> None:
        """Adopt `settings`: (re)build the resources on a requester that sends with them."""
        raise NotImplementedError

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """This client with other retry or timeout settings, for some calls (shares the connection pool)."""
        clone = copy.copy(self)
        clone._owns_http = False
        clone._use(_options(self.settings, max_retries, timeout))
        return clone


class Hex(Resources, _Configurable):
    """A Hex API client: `Hex(token=..., base_url="https://app.hex.tech")`.

    `token` defaults to $HEX_API_TOKEN. Connection failures, 408, 429 and 5xx answers are retried up
    to `max_retries` times (see retries.py for which operations); `pace_requests=True` waits before a
    request that would exceed Hex's per-token rate-limit group. `sleep` and `clock` (monotonic
    seconds) are what retries, pacing and `runs.wait` wait with; tests pass a manual clock's.
    `http_client` replaces the httpx.Client (a transport for tests, proxies, ...). `timeout` (seconds
    per request) defaults to 60 s, or to `http_client`'s own setting.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        pace_requests: bool = False,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http_client if http_client is not None else httpx.Client(timeout=DEFAULT_TIMEOUT)
        self._owns_http = http_client is None
        self._sleep = sleep
        self._use(_settings(token, base_url, timeout, max_retries, pace_requests, clock))

    def _use(self, settings: Settings) -> None:
        self.settings = settings
        Resources.__init__(self, SyncRequester(self._http, settings, self._sleep))

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncHex(AsyncResources, _Configurable):
    """The async twin of Hex: the same arguments; `sleep` is awaited. Lists are `async for`-able."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        pace_requests: bool = False,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
        self._owns_http = http_client is None
        self._sleep = sleep
        self._use(_settings(token, base_url, timeout, max_retries, pace_requests, clock))

    def _use(self, settings: Settings) -> None:
        self.settings = settings
        AsyncResources.__init__(self, AsyncRequester(self._http, settings, self._sleep))

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
