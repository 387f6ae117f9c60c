"""RunProject's rate limit (20 per minute per token), the chart-image limit and the kernel cap hold
under hundreds of concurrent requests to the served mock: exactly the allowed number get through.

An injected delay holds every admitted request at the same await point just before its handler,
so all of them are in flight together when the handlers run: a burst that could slip past a check
would slip past here.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable

import httpx
import pytest

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS
from hex_mock.testing import ThreadServer
from tests.reliability.support import API, CHART_STATIC_ID, async_client
from tests.resources.conftest import ADMIN
from tests.resources.demo_ids import WEEKLY

pytestmark = pytest.mark.live

BURST = 300
CLIENTS = 30
RUNNER = "hxtw_demo_runner"


async def burst(base_url: str, make: list[tuple[str, str, str]]) -> list[httpx.Response]:
    """Send every (token, method, path) at once over CLIENTS clients x 4 connections."""
    clients = [async_client(base_url, connections=4) for _ in range(CLIENTS)]
    try:
        requests: list[Awaitable[httpx.Response]] = [
            clients[index % CLIENTS].request(
                method,
                path,
                json={} if method == "POST" else None,
                headers={"Authorization": f"Bearer {token}"},
            )
            for index, (token, method, path) in enumerate(make)
        ]
        return list(await asyncio.wait_for(asyncio.gather(*requests), timeout=120))
    finally:
        for client in clients:
            await client.aclose()


def statuses(responses: list[httpx.Response]) -> Counter[int]:
    return Counter(response.status_code for response in responses)


def runs(token: str, count: int) -> list[tuple[str, str, str]]:
    """RunProject requests, alternating the plural and the legacy path (they share one budget)."""
    paths = (f"{API}/projects/{WEEKLY}/runs", f"{API}/project/{WEEKLY}/run")
    return [(token, "POST", paths[index % 2]) for index in range(count)]


def test_run_project_admits_exactly_20_per_minute_per_token() -> None:
    mock = HexMock(fixtures="demo", validate_responses=True)
    mock.set_kernel_capacity(10_000)
    mock.inject_fault("RunProject", delay=0.05, count=BURST)
    mock.inject_fault("RunProjectLegacy", delay=0.05, count=BURST)
    with ThreadServer(mock.app) as server:
        first = asyncio.run(burst(server.base_url, runs(ADMIN, BURST) + runs(RUNNER, BURST)))
        by_token = {
            token: statuses([r for r in first if r.request.headers["authorization"] == f"Bearer {token}"])
            for token in (ADMIN, RUNNER)
        }
        assert by_token[ADMIN] == {201: 20, 429: BURST - 20}
        assert by_token[RUNNER] == {201: 20, 429: BURST - 20}
        refused = next(r for r in first if r.status_code == 429)
        assert int(refused.headers["Retry-After"]) >= 1
        assert len(mock.workspace.runs) == 40

        # Within the same minute nothing more gets through; a minute later, 20 more.
        assert statuses(asyncio.run(burst(server.base_url, runs(ADMIN, 50)))) == {429: 50}
        mock.advance(60)
        assert statuses(asyncio.run(burst(server.base_url, runs(ADMIN, BURST)))) == {201: 20, 429: BURST - 20}
        # The hourly limit (60) caps the third minute at 20 as well, and the fourth at none.
        mock.advance(60)
        assert statuses(asyncio.run(burst(server.base_url, runs(ADMIN, 100)))) == {201: 20, 429: 80}
        mock.advance(60)
        assert statuses(asyncio.run(burst(server.base_url, runs(ADMIN, 100)))) == {429: 100}


def test_chart_images_admit_exactly_20_per_minute() -> None:
    mock = HexMock(fixtures="demo", validate_responses=True)
    mock.set_run_progression("immediate")
    with ThreadServer(mock.app) as server:
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {ADMIN}"}) as client:
            run = client.post(f"{API}/projects/{WEEKLY}/runs", json={}).json()["runId"]
        path = f"{API}/projects/{WEEKLY}/runs/{run}/cells/{CHART_STATIC_ID}/image"
        mock.inject_fault("GetChartImageFromRun", delay=0.05, count=BURST)
        answered = asyncio.run(burst(server.base_url, [(ADMIN, "GET", path)] * BURST))
    assert statuses(answered) == {200: 20, 429: BURST - 20}


def test_the_kernel_cap_admits_exactly_its_capacity() -> None:
    mock = HexMock(fixtures="demo", validate_responses=True, rate_limits=NO_RATE_LIMITS)
    capacity = mock.workspace.run_settings.kernel_capacity
    assert capacity == 25  # Hex's
    mock.inject_fault("RunProject", delay=0.05, count=BURST)
    mock.inject_fault("RunProjectLegacy", delay=0.05, count=BURST)
    with ThreadServer(mock.app) as server:
        # The manual clock stands still, so every admitted run keeps its kernel.
        answered = asyncio.run(burst(server.base_url, runs(ADMIN, BURST)))
        assert statuses(answered) == {201: capacity, 503: BURST - capacity}
        started = [response.json()["runId"] for response in answered if response.status_code == 201]
        assert len(set(started)) == capacity
        # Dry runs need no kernel; freeing one kernel lets exactly one more run in.
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {ADMIN}"}) as client:
            assert client.post(f"{API}/projects/{WEEKLY}/runs", json={"dryRun": True}).status_code == 201
            assert client.delete(f"{API}/projects/{WEEKLY}/runs/{started[0]}").status_code == 204
        again = asyncio.run(burst(server.base_url, runs(ADMIN, 100)))
        assert statuses(again) == {201: 1, 503: 99}
    active = [run for run in mock.workspace.runs if run.status in ("PENDING", "RUNNING")]
    assert len(active) == capacity
