"""Many workspaces in one mock, for `make bench`: what 100 more cost in memory and per request.

A request finds its workspace by one dict probe on its token's digest (none at all when the mock
holds one workspace), so a GetProject should cost the same, within 10%, in a mock of one workspace
and in one of 101, with the default workspace's token or a created workspace's.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from scripts.reports import render

WORKSPACES = 100
SAME_COST_LIMIT = 1.10  # a workspace among 101 costs at most this much more than a lone one
DEMO_ADMIN = "hxtp_demo_ana_admin"
WEEKLY_REVENUE = "/api/v1/projects/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"

Caller = Callable[[Any, str], Callable[..., Awaitable[tuple[int, bytes]]]]


@dataclass(frozen=True)
class WorkspaceCosts:
    lone_us: float  # GetProject in a mock of one workspace
    default_us: float  # ... in a mock of 101, with the default workspace's token
    created_us: float  # ... in a mock of 101, with the last created workspace's token
    memory_mib: float  # what the created workspaces allocated and still hold


def _mock() -> Any:
    from hex_mock.clock import SystemClock
    from hex_mock.mock import HexMock
    from hex_mock.rate_limit import NO_RATE_LIMITS

    return HexMock(clock=SystemClock(), rate_limits=NO_RATE_LIMITS)


async def _best_medians_us(
    calls: list[Callable[..., Awaitable[tuple[int, bytes]]]], samples: int, rounds: int
) -> list[float]:
    """Each call's best median over `rounds`, the calls taking turns within each round, so that
    other work on a shared machine (it only ever adds) weighs on all of them alike."""
    for call in calls:
        status, _ = await call("GET", WEEKLY_REVENUE)
        if status != 200:
            raise RuntimeError(f"GetProject answered {status}")
    best = [float("inf")] * len(calls)
    for _ in range(rounds):
        for index, call in enumerate(calls):
            times = []
            for _ in range(samples):
                started = time.perf_counter_ns()
                await call("GET", WEEKLY_REVENUE)
                times.append(time.perf_counter_ns() - started)
            best[index] = min(best[index], statistics.median(times) / 1000)
    return best


def workspace_costs(caller: Caller, samples: int = 2000, rounds: int = 5) -> WorkspaceCosts:
    async def main() -> WorkspaceCosts:
        lone = _mock()
        shared = _mock()
        gc.collect()
        tracemalloc.start()
        created = [shared.create_workspace() for _ in range(WORKSPACES)]
        gc.collect()
        memory = tracemalloc.get_traced_memory()[0] / 2**20
        tracemalloc.stop()
        last = next(secret for secret, given in created[-1].replaced_secrets.items() if given == DEMO_ADMIN)
        calls = [caller(lone.app, DEMO_ADMIN), caller(shared.app, DEMO_ADMIN), caller(shared.app, last)]
        lone_us, default_us, created_us = await _best_medians_us(calls, samples, rounds)
        return WorkspaceCosts(lone_us, default_us, created_us, memory)

    return asyncio.run(main())


def workspace_context(costs: WorkspaceCosts) -> dict[str, Any]:
    return {"workspaces": costs, "WORKSPACES": WORKSPACES, "SAME_COST_LIMIT": SAME_COST_LIMIT}


def render_workspaces(costs: WorkspaceCosts) -> str:
    """The workspaces section alone (`python -m scripts.bench workspaces`)."""
    return render("workspaces.md.j2", **workspace_context(costs))
