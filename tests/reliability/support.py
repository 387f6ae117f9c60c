"""Client helpers for the reliability tests, which serve the mock with hex_mock.testing: in a thread
(to inspect the HexMock behind it) or as a `hex-mock serve` child process (to kill it)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any

import httpx

from hex_mock.testing import DEMO_ADMIN_TOKEN as ADMIN
from hex_mock.testing import bearer

API = "/api/v1"
# More demo cells of Weekly revenue (hex_mock/demo.yaml), in notebook order.
ORDERS = "4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918"
CHART = "6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a"
CHART_STATIC_ID = "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a"


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
