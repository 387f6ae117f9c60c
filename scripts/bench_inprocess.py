"""What `make bench` measures in process, each figure the median of sequential calls: page cost at
SMALL and LARGE workspaces, the clients' calls against the ASGI call alone, and GetProject in a mock
of one workspace against one of 101 (its workspace is one dict probe away, so it should cost the same).
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from hex_mock.testing import DEMO_ADMIN_TOKEN, DEMO_WEEKLY_PROJECT, bearer
from scripts.bench_workspace import ADMIN_TOKEN, LARGE, SMALL, Size, populate

# Added to the demo workspace for the full-page ListProjects: the demo admin sees ~180 of them.
FULL_PAGE_EXTRA = Size(projects=200, runs=0, users=20, groups=2, collections=1)
WEEKLY = f"/v1/projects/{DEMO_WEEKLY_PROJECT}"  # below the API root, as a load Scenario's path
WORKSPACES = 100
BARE_HTTPX = "bare httpx GET GetProject (JSON decoded)"
HIGH_LEVEL = "AsyncHex projects.get (model, error mapping, retry policy)"


def bench_mock(
    fixtures: str | None = "demo",
    *,
    extra: Size | None = None,
    state_file: Path | None = None,
    immediate_runs: bool = True,
) -> Any:
    """A HexMock as the benchmarks use it: real clock, no rate limits; with `immediate_runs`, runs
    that finish at once and no kernel limit (settings a state file would save)."""
    from hex_mock.clock import SystemClock
    from hex_mock.mock import HexMock
    from hex_mock.rate_limit import NO_RATE_LIMITS

    mock = HexMock(
        fixtures=fixtures,
        clock=SystemClock(),
        rate_limits=NO_RATE_LIMITS,
        control_plane=False,
        state_file=state_file,
    )
    if immediate_runs:
        mock.set_run_progression("immediate")
        mock.set_kernel_capacity(10**9)
    if extra is not None:
        populate(mock.workspace, extra, seed=1)
    return mock


class AsgiCaller:
    """Calls an ASGI app directly with a minimal HTTP scope: the mock's own cost, no transport.
    (hex_mock.testing.call_asgi serves tests: its body chunks and timeout task would be measured.)"""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.headers = [
            (b"host", b"hex-mock.test"),
            (b"authorization", f"Bearer {token}".encode()),
            (b"content-type", b"application/json"),
        ]

    async def __call__(
        self, status: int, method: str, path: str, query: str = "", body: bytes = b""
    ) -> bytes:
        """The body of a call that must answer `status`."""
        scope = {
            "type": "http",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "root_path": "",
            "query_string": query.encode(),
            "headers": [*self.headers, (b"content-length", str(len(body)).encode())],
            "server": ("hex-mock.test", 80),
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.app(scope, receive, send)
        if sent[0]["status"] != status:
            raise RuntimeError(f"{method} {path}?{query} answered {sent[0]['status']}, not {status}")
        return b"".join(message.get("body", b"") for message in sent[1:])


async def median_us(call: Callable[[], Awaitable[object]], samples: int, seconds: float = math.inf) -> float:
    """Median µs of up to `samples` sequential calls after a warm-up call (which builds whatever the
    mock builds lazily), stopping early after `seconds` (calls differ in cost by hundreds of times)."""
    await call()
    times: list[int] = []
    deadline = time.perf_counter() + seconds
    while len(times) < samples and time.perf_counter() < deadline:
        started = time.perf_counter_ns()
        await call()
        times.append(time.perf_counter_ns() - started)
    return statistics.median(times) / 1000


@dataclass(frozen=True)
class PageCost:
    operation: str
    small_us: float
    large_us: float

    @property
    def ratio(self) -> float:
        return self.large_us / self.small_us if self.small_us > 0 else float("inf")


def page_costs(samples: int) -> list[PageCost]:
    small, large = (asyncio.run(_costs(size, samples)) for size in (SMALL, LARGE))
    return [PageCost(name, small[name], large[name]) for name in small]


async def _costs(size: Size, samples: int) -> dict[str, float]:
    mock = bench_mock(None)
    call = AsgiCaller(mock.app, ADMIN_TOKEN)
    project = f"/api/v1/projects/{populate(mock.workspace, size)}"
    # The small workspace shows its admin about 90 projects: pages of 40 so that a second one exists.
    after = json.loads(await call(200, "GET", "/api/v1/projects", "limit=40"))["pagination"]["after"]
    run_id = json.loads(await call(200, "GET", f"{project}/runs", "limit=10"))["runs"][0]["runId"]
    second_page = f"limit=40&after={after}"
    requests: dict[str, tuple[int, str, str, str, bytes]] = {
        "GetProject": (200, "GET", project, "", b""),
        "ListProjects, limit 100, first page": (200, "GET", "/api/v1/projects", "limit=100", b""),
        "ListProjects, limit 40, second page (cursor)": (200, "GET", "/api/v1/projects", second_page, b""),
        "GetProjectRuns, limit 10": (200, "GET", f"{project}/runs", "limit=10", b""),
        "GetRunStatus": (200, "GET", f"{project}/runs/{run_id}", "", b""),
        "RunProject": (201, "POST", f"{project}/runs", "", b"{}"),
    }
    return {name: await median_us(partial(call, *request), samples) for name, request in requests.items()}


async def parsed(call: Awaitable[Any]) -> None:
    """Await a generated client's detailed call, which must answer 200 with a parsed model."""
    response = await call
    assert response.status_code == 200
    assert response.parsed is not None


def client_costs(seconds: float, samples: int = 200_000) -> dict[str, float]:
    """µs per call of the generated client, of the high-level client `AsyncHex.projects.get` and a
    bare httpx request of the same GetProject (the high-level client's own cost is the difference),
    all through httpx.ASGITransport to the same mock, and of the ASGI call alone."""
    from hex_api_client import AsyncHex, AuthenticatedClient
    from hex_api_client.api.projects import get_project, list_projects

    mock = bench_mock(extra=FULL_PAGE_EXTRA)
    origin = "http://hex-mock.test"
    project = UUID(DEMO_WEEKLY_PROJECT)

    async def main() -> dict[str, float]:
        transport = httpx.ASGITransport(app=mock.app)
        base = f"{origin}/api"  # the generated client's paths are below it; AsyncHex sends whole URLs
        async with httpx.AsyncClient(
            transport=transport, base_url=base, headers=bearer(DEMO_ADMIN_TOKEN)
        ) as http:
            client = AuthenticatedClient(
                base_url=base, token=DEMO_ADMIN_TOKEN, raise_on_unexpected_status=True
            )
            client.set_async_httpx_client(http)
            high_level = AsyncHex(DEMO_ADMIN_TOKEN, base_url=origin, http_client=http)
            asgi = AsgiCaller(mock.app, DEMO_ADMIN_TOKEN)

            async def bare() -> None:
                # The same request the client sends (its generated module passes the default query).
                response = await http.get(WEEKLY, params={"includeSharing": "false"})
                assert response.status_code == 200
                assert response.json()["id"] == DEMO_WEEKLY_PROJECT

            async def high_level_get() -> None:
                assert (await high_level.projects.get(project)).id == project

            calls: dict[str, Callable[[], Awaitable[object]]] = {
                "client GetProject": lambda: parsed(get_project.asyncio_detailed(project, client=client)),
                "client ListProjects (limit 100)": lambda: parsed(
                    list_projects.asyncio_detailed(client=client, limit=100)
                ),
                "ASGI call GetProject (no client, no transport)": lambda: asgi(200, "GET", "/api" + WEEKLY),
                BARE_HTTPX: bare,
                HIGH_LEVEL: high_level_get,
            }
            return {name: await median_us(call, samples, seconds) for name, call in calls.items()}

    return asyncio.run(main())


@dataclass(frozen=True)
class WorkspaceCosts:
    lone_us: float  # GetProject in a mock of one workspace
    default_us: float  # ... in a mock of 101, with the default workspace's token
    created_us: float  # ... in a mock of 101, with the last created workspace's token
    memory_mib: float  # what the created workspaces allocated and still hold


def workspace_costs(samples: int = 2000, rounds: int = 5) -> WorkspaceCosts:
    """Each GetProject's best median over `rounds`, the three taking turns within each round, so that
    other work on a shared machine (it only ever adds) weighs on all of them alike."""
    lone, shared = bench_mock(), bench_mock()
    gc.collect()
    tracemalloc.start()
    created = [shared.create_workspace() for _ in range(WORKSPACES)]
    gc.collect()
    memory = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    last = next(secret for secret, given in created[-1].replaced_secrets.items() if given == DEMO_ADMIN_TOKEN)
    callers = [
        AsgiCaller(lone.app, DEMO_ADMIN_TOKEN),
        AsgiCaller(shared.app, DEMO_ADMIN_TOKEN),
        AsgiCaller(shared.app, last),
    ]

    async def medians() -> list[float]:
        return [await median_us(partial(caller, 200, "GET", "/api" + WEEKLY), samples) for caller in callers]

    by_round = [asyncio.run(medians()) for _ in range(rounds)]
    lone_us, default_us, created_us = (min(column) for column in zip(*by_round, strict=True))
    return WorkspaceCosts(lone_us, default_us, created_us, memory)
