"""Hundreds of concurrent writes from real HTTP clients leave a consistent, complete workspace.

The mock is served by uvicorn on a loopback port (in a thread, so the HexMock behind it can be
inspected) with a state file, and driven by one httpx.AsyncClient with 100 connections. Workers
interleave every kind of write the issue names: groups created then edited then shared with a
project, cells inserted at one and the same position then edited, runs started then cancelled,
plus reads. Afterwards every acknowledged write must be there exactly once, ids unique and the
notebook order intact, seen through the API, through HexMock.dump(), and through a HexMock
restored from the state file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS
from hex_mock.testing import DEMO_OVERVIEW_CELL as OVERVIEW
from hex_mock.testing import ThreadServer
from tests.reliability.support import API, async_client, duplicates, walk
from tests.resources.conftest import ADMIN, MANAGER
from tests.resources.demo_ids import ANA, ED, EVE, MAX, WEEKLY

pytestmark = pytest.mark.live

GROUP_WORKERS = 120  # each: CreateGroup, EditGroup, EditProjectSharingGroups
CELL_WORKERS = 120  # each: CreateCell after OVERVIEW, UpdateCell
RUN_WORKERS = 100  # each: RunProject, CancelRun
READERS = 60
# 50 clients with 2 connections each: one client with 100 would spend its time in httpcore's pool
# bookkeeping (quadratic in the requests waiting for a connection), not in requests.
CLIENTS = 50
CONNECTIONS = 100


class Load:
    """What the clients were told succeeded, and the peak number of requests in flight.

    At most CONNECTIONS requests are sent at once (one per pooled connection): more would only
    queue inside the clients' pools.
    """

    def __init__(self) -> None:
        self.slots = asyncio.Semaphore(CONNECTIONS)
        self.groups: dict[str, str] = {}  # id -> final name
        self.group_members: dict[str, set[str]] = {}
        self.shared_groups: set[str] = set()
        self.cells: dict[str, str] = {}  # id -> final source
        self.runs: dict[str, str] = {}  # id -> final status
        self.requests = 0
        self.writes = 0
        self.in_flight = 0
        self.peak = 0

    async def send(self, request: Awaitable[httpx.Response], *, write: bool = True) -> httpx.Response:
        async with self.slots:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                response = await request
            finally:
                self.in_flight -= 1
        self.requests += 1
        self.writes += write
        return response


def expect(response: httpx.Response, status: int) -> Any:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url}: {response.text}"
    )
    return response.json() if response.content else None


async def group_worker(client: httpx.AsyncClient, load: Load, index: int) -> None:
    token = ADMIN if index % 2 else MANAGER
    headers = {"Authorization": f"Bearer {token}"}
    member = (ANA, EVE, ED, MAX)[index % 4]
    created = expect(
        await load.send(
            client.post(
                f"{API}/groups",
                json={"name": f"load {index}", "members": {"users": [{"id": member}]}},
                headers=headers,
            )
        ),
        201,
    )
    group_id = created["id"]
    load.groups[group_id] = f"load {index}"
    load.group_members[group_id] = {member}
    other = (ANA, EVE, ED, MAX)[(index + 1) % 4]
    expect(
        await load.send(
            client.patch(
                f"{API}/groups/{group_id}",
                json={"name": f"renamed {index}", "members": {"add": {"users": [{"id": other}]}}},
                headers=headers,
            )
        ),
        200,
    )
    load.groups[group_id] = f"renamed {index}"
    load.group_members[group_id].add(other)
    expect(
        await load.send(
            client.patch(
                f"{API}/projects/{WEEKLY}/sharing/groups",
                json={"sharing": {"upsert": {"groups": [{"group": {"id": group_id}, "access": "CAN_VIEW"}]}}},
            )
        ),
        200,
    )
    load.shared_groups.add(group_id)


async def cell_worker(client: httpx.AsyncClient, load: Load, index: int) -> None:
    created = expect(
        await load.send(
            client.post(
                f"{API}/cells",
                json={
                    "projectId": WEEKLY,
                    "cellType": "CODE",
                    "label": f"cell {index}",
                    "contents": {"codeCell": {"source": f"x = {index}"}},
                    "location": {"insertAfterCellId": OVERVIEW},
                },
            )
        ),
        200,
    )
    load.cells[created["id"]] = f"x = {index}"
    if index % 2:
        expect(
            await load.send(
                client.patch(
                    f"{API}/cells/{created['id']}",
                    json={"contents": {"codeCell": {"source": f"y = {index}"}}},
                )
            ),
            200,
        )
        load.cells[created["id"]] = f"y = {index}"


async def run_worker(client: httpx.AsyncClient, load: Load, index: int) -> None:
    started = expect(await load.send(client.post(f"{API}/projects/{WEEKLY}/runs", json={})), 201)
    run_id = started["runId"]
    load.runs[run_id] = "PENDING"
    if index % 4:
        expect(await load.send(client.delete(f"{API}/projects/{WEEKLY}/runs/{run_id}")), 204)
        load.runs[run_id] = "KILLED"


async def reader(client: httpx.AsyncClient, load: Load, index: int) -> None:
    path = (f"{API}/groups", f"{API}/cells?projectId={WEEKLY}", f"{API}/projects/{WEEKLY}/runs")[index % 3]
    expect(await load.send(client.get(path), write=False), 200)


async def drive(base_url: str) -> Load:
    load = Load()
    workers: list[tuple[Callable[[httpx.AsyncClient, Load, int], Awaitable[None]], int]] = [
        (group_worker, GROUP_WORKERS),
        (cell_worker, CELL_WORKERS),
        (run_worker, RUN_WORKERS),
        (reader, READERS),
    ]
    clients = [async_client(base_url, connections=CONNECTIONS // CLIENTS) for _ in range(CLIENTS)]
    try:
        jobs = [
            worker(clients[index % CLIENTS], load, index)
            for worker, count in workers
            for index in range(count)
        ]
        # Interleave the kinds so that every moment has a mix of writes in flight.
        jobs = [jobs[i] for offset in range(4) for i in range(offset, len(jobs), 4)]
        await asyncio.wait_for(asyncio.gather(*jobs), timeout=120)
    finally:
        for client in clients:
            await client.aclose()
    return load


async def observed(base_url: str) -> dict[str, Any]:
    """The workspace as the API shows it."""
    async with async_client(base_url) as client:
        groups = await walk(client, f"{API}/groups", {"limit": 100})
        cells = await walk(client, f"{API}/cells", {"projectId": WEEKLY, "limit": 100})
        project = expect(await client.get(f"{API}/projects/{WEEKLY}", params={"includeSharing": "true"}), 200)
        runs: list[dict[str, Any]] = []
        for offset in range(0, 10_000, 100):
            page = expect(
                await client.get(f"{API}/projects/{WEEKLY}/runs", params={"limit": 100, "offset": offset}),
                200,
            )
            runs += page["runs"]
            if not page["nextPage"]:
                break
    return {"groups": groups, "cells": cells, "project": project, "runs": runs}


def test_concurrent_writes_are_all_there_exactly_once(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    mock = HexMock(
        fixtures="demo", validate_responses=True, rate_limits=NO_RATE_LIMITS, state_file=state_file
    )
    mock.set_kernel_capacity(10_000)
    original_cells = list(mock.workspace.projects.get(WEEKLY).cell_ids)  # type: ignore[union-attr]
    try:
        with ThreadServer(mock.app) as server:
            load = asyncio.run(drive(server.base_url))
            seen = asyncio.run(observed(server.base_url))
        dump = mock.dump()
    finally:
        mock.close()

    assert load.peak >= CONNECTIONS // 2, f"only {load.peak} requests were ever in flight at once"
    assert len(load.groups) == GROUP_WORKERS
    assert len(load.cells) == CELL_WORKERS
    assert len(load.runs) == RUN_WORKERS

    # Through the API. Groups: each created once, with its edit applied, shared once.
    listed = {group["id"]: group["name"] for group in seen["groups"]}
    assert not duplicates(group["id"] for group in seen["groups"])
    assert {gid: listed.get(gid) for gid in load.groups} == load.groups
    shares = [share["group"]["name"] for share in seen["project"]["sharing"]["groups"]]
    assert not duplicates(shares)
    assert {load.groups[gid] for gid in load.shared_groups} <= set(shares)

    # Cells: every insert landed directly after OVERVIEW (all at the same position), each once,
    # and the cells that were there keep their order around them.
    cell_ids = [cell["id"] for cell in seen["cells"]]
    assert not duplicates(cell_ids)
    anchor = cell_ids.index(OVERVIEW)
    inserted = cell_ids[anchor + 1 : anchor + 1 + CELL_WORKERS]
    assert set(inserted) == set(load.cells)
    assert [cid for cid in cell_ids if cid not in load.cells] == original_cells
    sources = {
        cell["id"]: cell["contents"]["codeCell"]["source"]
        for cell in seen["cells"]
        if cell["id"] in load.cells
    }
    assert sources == load.cells

    # Runs: each started run listed once, in the state its last acknowledged change left it.
    statuses = {run["runId"]: run["status"] for run in seen["runs"]}
    assert not duplicates(run["runId"] for run in seen["runs"])
    assert {rid: statuses.get(rid) for rid in load.runs} == load.runs

    # Through HexMock.dump(): the same, plus store-level invariants.
    check_dump(dump, load)

    # Through the state file: a HexMock restored from it holds exactly the served workspace.
    restored = HexMock(fixtures="demo", state_file=state_file)
    try:
        again = restored.dump()
    finally:
        restored.close()
    assert {key: value for key, value in again.items() if key != "now"} == {
        key: value for key, value in dump.items() if key != "now"
    }


def check_dump(dump: dict[str, Any], load: Load) -> None:
    for table in (
        "users",
        "groups",
        "collections",
        "projects",
        "cells",
        "runs",
        "data_connections",
        "guides",
    ):
        assert not duplicates(record["id"] for record in dump[table]), table
    all_ids = [record["id"] for table in ("groups", "cells", "runs", "projects") for record in dump[table]]
    assert not duplicates(all_ids), "an id was issued twice"
    groups = {group["id"]: group for group in dump["groups"]}
    for group_id, name in load.groups.items():
        assert groups[group_id]["name"] == name
        assert set(groups[group_id]["member_ids"]) == load.group_members[group_id]
        assert not duplicates(groups[group_id]["member_ids"])
    weekly = next(project for project in dump["projects"] if project["id"] == WEEKLY)
    assert all(weekly["group_access"][gid] == "CAN_VIEW" for gid in load.shared_groups)
    assert all(gid in groups for gid in weekly["group_access"])
    cells = {cell["id"]: cell for cell in dump["cells"]}
    order = weekly["cell_ids"]
    assert not duplicates(order)
    assert set(load.cells) <= set(order)
    assert all(cells[cid]["project_id"] == WEEKLY for cid in order)
    keys = [cells[cid]["order_key"] for cid in order]
    assert all(key is not None for key in keys)
    assert keys == sorted(keys), "order keys must ascend along the notebook"
    assert not duplicates(keys)
    runs = {run["id"]: run for run in dump["runs"]}
    assert {rid: runs[rid]["status"] for rid in load.runs} == load.runs
