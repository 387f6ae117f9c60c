"""`make reliability`: the served mock under load, crashes, injected faults and hostile input.

    python -m scripts.reliability [--seconds 60] [--crashes 3] [--connections 64] [--fuzz-seconds 30]
                                  [--output RELIABILITY.md]

Writes RELIABILITY.md (and prints it): what was tried and what came out of it, on this machine.
Exits 1 if an acknowledged write was lost, the mock answered a 5xx or an unexpected status, or a
burst of RunProject requests got past Hex's limit. With atheris installed (`uv sync --extra fuzz`),
a bounded coverage-guided run of both fuzz targets is added to the hostile input of the corpus.
Everything talks to 127.0.0.1 only, and every loop is bounded in time and count.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Self
from uuid import UUID

import httpx

from hex_api_client import AsyncHex
from hex_api_client.types import Unset
from hex_mock.rate_limit_groups import Limit
from hex_mock.spec import load_spec
from hex_mock.testing import DEMO_ADMIN_TOKEN as ADMIN
from hex_mock.testing import (
    DEMO_EDITOR_TOKEN,
    DEMO_EXPLORER_TOKEN,
    DEMO_MANAGER_TOKEN,
    DEMO_RUNNER_TOKEN,
    ProcessServer,
    Request,
    bearer,
    raw_exchange,
    reply_status,
)
from hex_mock.testing import DEMO_OVERVIEW_CELL as OVERVIEW
from hex_mock.testing import DEMO_WEEKLY_PROJECT as WEEKLY
from scripts import fuzz, reports
from scripts.bench_durable import fsync_floor_ms
from scripts.machine import machine

ROOT = Path(__file__).resolve().parent.parent
API = "/api/v1"
RUN_TOKENS = (ADMIN, DEMO_RUNNER_TOKEN, DEMO_MANAGER_TOKEN, DEMO_EDITOR_TOKEN)
FAULTED = ("CreateGroup", "EditGroup", "CreateCell", "UpdateCell", "GetGroup", "ListGroups", "CreateProject")
RETRIES = 5  # of a request that met an injected 503
MAX_REQUESTS = 200_000  # a bound on the load phase besides its duration
KINDS = ("group", "cell", "project", "guide", "run", "share")


def run_limit() -> tuple[str, Limit]:
    """RunProject's rate-limit group and its tightest limit, as the spec declares them."""
    spec = load_spec()
    group = spec.by_id["RunProject"].rate_limit_group or ""
    return group, min(spec.rate_limit_budgets[group])


class Server(ProcessServer):
    def __init__(self, state_file: Path, log: Path) -> None:
        # The load's pace would only test the limiter and the kernel pool: every budget is lifted but
        # the run group's, whose 429s the load expects and whose burst the limits phase checks.
        spec, run_group = load_spec(), run_limit()[0]
        lifted = [f"--rate-limit={group}=none" for group in spec.rate_limit_budgets if group != run_group]
        options = ("--state-file", str(state_file), "--control-plane", "--kernel-capacity=100000")
        super().__init__(*options, *lifted, cwd=ROOT)
        self.log = log
        self.restart_seconds: list[float] = []

    def start(self) -> Self:
        started = time.monotonic()
        super().start()
        self.restart_seconds.append(time.monotonic() - started)
        return self

    def stop(self) -> str:
        output = super().stop()
        self.log.write_text(output)
        return output


@dataclass
class Ledger:
    """What the clients were told, and what happened along the way."""

    # kind -> key -> the value last acknowledged (None: only that the record exists is known). Keys
    # are record ids, guide paths, and for "share" the ids of groups WEEKLY was shared with.
    records: dict[str, dict[str, str | None]] = field(default_factory=lambda: {kind: {} for kind in KINDS})
    # Edits cut off by a crash may or may not have been saved: either value is then correct.
    uncertain: dict[tuple[str, str], set[str | None]] = field(default_factory=dict)
    # (client, kind) -> the records that client created. Only their creator edits them, so two edits
    # of one record are never in flight at once (their answers may come back in either order).
    created: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    writes_acknowledged: int = 0
    reads: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    faults_seen: int = 0
    faults_failed: int = 0  # injected 503s of requests that gave up retrying
    interrupted: int = 0  # requests cut off by a crash (never acknowledged, so never counted)
    unexpected: list[str] = field(default_factory=list)

    def acknowledged(self) -> int:
        return sum(map(len, self.records.values()))

    def lost(self, found: dict[str, dict[str, Any]]) -> list[str]:
        """Acknowledged records missing from `found`, or found with neither the acknowledged value nor
        one of an edit whose answer was cut off."""
        lost = []
        for kind, records in self.records.items():
            for key, value in records.items():
                saved = {value, *self.uncertain.get((kind, key), ())}
                if key not in found[kind] or (value is not None and found[kind][key] not in saved):
                    lost.append(f"{kind} {key}")
        return lost


@dataclass
class Client:
    """One of the load's concurrent clients: it records in the ledger what was acknowledged."""

    http: httpx.AsyncClient
    ledger: Ledger
    rng: random.Random
    index: int

    async def call(self, method: str, path: str, token: str = ADMIN, **kwargs: Any) -> httpx.Response:
        """One request, retried on an injected 503; httpx.TransportError if the server went away."""
        for _attempt in range(RETRIES + 1):
            try:
                response = await self.http.request(method, path, headers=bearer(token), **kwargs)
            except httpx.ConnectError:
                raise  # refused while the server restarts: never sent
            except httpx.TransportError:
                self.ledger.interrupted += 1  # sent, and the server died before answering
                raise
            self.ledger.statuses[response.status_code] += 1
            if response.status_code != 503 or "Injected" not in response.text:
                return response
            self.ledger.faults_seen += 1
        self.ledger.faults_failed += RETRIES + 1  # every attempt met one
        return response

    def answered(self, response: httpx.Response, status: int) -> bool:
        """Whether `response` acknowledges the request with `status` (a 429 is expected, else noted)."""
        if response.status_code == status:
            self.ledger.writes_acknowledged += response.request.method != "GET"
            return True
        if response.status_code != 429:
            request = response.request
            note = f"{request.method} {request.url.path}: {response.status_code} {response.text[:200]}"
            self.ledger.unexpected.append(note)
        return False

    async def write(
        self, method: str, path: str, body: Any, status: int, kind: str, value: str | None, key: str = ""
    ) -> None:
        """Send a write; once acknowledged with `status`, record `key` (default: the id of the record
        created) as `value`. If the answer to an edit of `key` is cut off, either value may be saved."""
        try:
            response = await self.call(method, path, json=body)
        except httpx.TransportError:
            if key:
                self.ledger.uncertain.setdefault((kind, key), set()).add(value)
            raise
        if not self.answered(response, status):
            return
        if not key:
            key = response.json()["id"]
            self.ledger.created.setdefault((self.index, kind), []).append(key)
        self.ledger.records[kind][key] = value
        self.ledger.uncertain.pop((kind, key), None)

    def pick(self, kind: str) -> str:
        return self.rng.choice(self.ledger.created[(self.index, kind)])

    async def create_group(self, tag: str) -> None:
        await self.write("POST", "/groups", {"name": f"load {tag}"}, 201, "group", f"load {tag}")

    async def rename_group(self, tag: str) -> None:
        group, name = self.pick("group"), f"renamed {tag}"
        await self.write("PATCH", f"/groups/{group}", {"name": name}, 200, "group", name, key=group)

    async def share_with_group(self, _tag: str) -> None:
        group = self.pick("group")
        body = {"sharing": {"upsert": {"groups": [{"group": {"id": group}, "access": "CAN_VIEW"}]}}}
        await self.write("PATCH", f"/projects/{WEEKLY}/sharing/groups", body, 200, "share", None, key=group)

    async def insert_cell(self, tag: str) -> None:
        source = f"x = '{tag}'"
        body = {
            "projectId": WEEKLY,
            "cellType": "CODE",
            "contents": {"codeCell": {"source": source}},
            "location": {"insertAfterCellId": OVERVIEW},
        }
        await self.write("POST", "/cells", body, 200, "cell", source)

    async def edit_cell(self, tag: str) -> None:
        cell, source = self.pick("cell"), f"y = '{tag}'"
        body = {"contents": {"codeCell": {"source": source}}}
        await self.write("PATCH", f"/cells/{cell}", body, 200, "cell", source, key=cell)

    async def create_project(self, tag: str) -> None:
        await self.write("POST", "/projects", {"title": f"Load {tag}"}, 201, "project", f"Load {tag}")

    async def write_guide(self, tag: str) -> None:
        path = f"load/{tag}.md"
        files = [{"filePath": path, "contents": f"guide {tag} " + "é" * self.rng.randint(0, 2000)}]
        await self.write("PUT", "/guides/draft", {"files": files}, 200, "guide", None, key=path)

    async def run_and_maybe_cancel(self, _tag: str) -> None:
        runs = f"/projects/{WEEKLY}/runs"
        response = await self.call("POST", runs, token=self.rng.choice(RUN_TOKENS), json={})
        if not self.answered(response, 201):
            return
        run = response.json()["runId"]
        self.ledger.records["run"][run] = None  # any state will do, until a cancel is acknowledged
        if self.rng.random() < 0.5 and self.answered(await self.call("DELETE", f"{runs}/{run}"), 204):
            self.ledger.records["run"][run] = "KILLED"

    async def read_a_list(self, _tag: str) -> None:
        path = self.rng.choice(("/groups?limit=50", f"/cells?projectId={WEEKLY}&limit=50", "/projects"))
        self.ledger.reads += 1
        self.answered(await self.call("GET", path), 200)

    async def work(self, until: float) -> None:
        while time.monotonic() < until and self.ledger.statuses.total() < MAX_REQUESTS:
            draw, tag = self.rng.random(), f"{self.rng.getrandbits(48):012x}"
            operation = next(step for share, needs, step in MIX if draw < share and self.can(needs))
            try:
                await operation(self, tag)
            except httpx.TransportError:
                await asyncio.sleep(0.1)  # the server is down: what was in flight is not acknowledged

    def can(self, needs: str | None) -> bool:
        return needs is None or bool(self.ledger.created.get((self.index, needs)))


# The mix: a draw in [0, 1) runs the first operation whose cumulative share exceeds it and whose
# precondition holds (an edit needs a record of its kind that the client created; without one the draw
# falls to the next operation).
MIX: tuple[tuple[float, str | None, Callable[[Client, str], Awaitable[None]]], ...] = (
    (0.18, None, Client.create_group),
    (0.28, "group", Client.rename_group),
    (0.33, "group", Client.share_with_group),
    (0.48, None, Client.insert_cell),
    (0.55, "cell", Client.edit_cell),
    (0.62, None, Client.create_project),
    (0.67, None, Client.write_guide),
    (0.72, None, Client.run_and_maybe_cancel),
    (1.0, None, Client.read_a_list),
)


async def inject_faults(base_url: str, rng: random.Random, until: float) -> int:
    """Queue a 503 or a delay on an operation in use, every 0.2 s; returns how many were queued."""
    queued = 0
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as control:
        while time.monotonic() < until:
            fault: dict[str, Any] = {"operationId": rng.choice(FAULTED), "count": rng.randint(1, 3)}
            if rng.random() < 0.7:
                fault |= {"status": 503, "message": "Injected by scripts/reliability.py"}
            else:
                fault |= {"delay": rng.choice((0.05, 0.2))}
            try:
                response = await control.post("/__mock__/faults", json=fault)
                queued += fault["count"] if response.status_code == 204 else 0
            except httpx.TransportError:
                pass  # the server is restarting
            await asyncio.sleep(0.2)
    return queued


async def crash(server: Server, at: float) -> None:
    """SIGKILL the server at `at` (monotonic), mid-load, and start it again from its state file."""
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    server.kill()
    await asyncio.to_thread(server.start)


async def load_phase(
    server: Server, ledger: Ledger, seconds: float, connections: int, seed: int, *, kill: bool
) -> int:
    """Returns how many faults were queued."""
    rng = random.Random(seed)
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=connections)
    async with httpx.AsyncClient(base_url=server.base_url + API, limits=limits, timeout=60) as http:
        clients = [Client(http, ledger, random.Random(rng.random()), index) for index in range(connections)]
        jobs = [client.work(until) for client in clients]
        faults = asyncio.ensure_future(inject_faults(server.base_url, rng, until))
        if kill:
            jobs.append(crash(server, time.monotonic() + seconds * rng.uniform(0.4, 0.7)))
        await asyncio.gather(*jobs)
        return await faults


async def lost_writes(base_url: str, ledger: Ledger) -> list[str]:
    """Every acknowledged write, read back through the client (which pages through every list);
    what is missing or stale."""
    # Faults still queued from the load answer 503 first: the client retries them without a pause.
    async with AsyncHex(ADMIN, base_url=base_url, max_retries=50, sleep=lambda _: asyncio.sleep(0)) as hex:
        groups = {str(group.id): group.name async for group in hex.groups.list(limit=100)}
        cells = [cell async for cell in hex.cells.list(project_id=UUID(WEEKLY), limit=100)]
        weekly = await hex.projects.get(UUID(WEEKLY), include_sharing=True)
        assert not isinstance(weekly.sharing, Unset)
        shared = {share.group.name for share in weekly.sharing.groups}
        code = {str(cell.id): cell.contents.code_cell for cell in cells}
        found: dict[str, dict[str, Any]] = {
            "group": groups,
            "cell": {cell: contents and contents.source for cell, contents in code.items()},
            "project": {str(project.id): project.title async for project in hex.projects.list(limit=100)},
            "guide": {guide.file_path: None async for guide in hex.guides.list_drafts(limit=100)},
            "run": {str(run.run_id): run.status async for run in hex.runs.list(UUID(WEEKLY), limit=100)},
            "share": {group: None for group, name in groups.items() if name in shared},
        }
    twice = ["a cell is listed twice"] if len(code) != len(cells) else []
    return ledger.lost(found) + twice


async def limit_burst(base_url: str, count: int = 300) -> Counter[int]:
    # Ed may run the workspace-shared Weekly revenue (APP_ONLY suffices) and has not run it yet.
    limits = httpx.Limits(max_connections=30)
    async with httpx.AsyncClient(base_url=base_url + API, limits=limits, timeout=60) as client:
        runs, ed = f"/projects/{WEEKLY}/runs", bearer(DEMO_EXPLORER_TOKEN)
        responses = await asyncio.gather(*(client.post(runs, json={}, headers=ed) for _ in range(count)))
    return Counter(response.status_code for response in responses)


def http11(request: Request) -> bytes:
    """A corpus input as the raw HTTP/1.1 request it stands for, the connection closed after it."""
    headers = [(b"host", b"127.0.0.1"), (b"connection", b"close")]
    headers += [(name, value) for name, value in request.headers if name not in (b"host", b"connection")]
    if request.body and request.header(b"content-length") is None:
        headers.append((b"content-length", str(len(request.body)).encode()))
    return fuzz.render(replace(request, headers=headers), b" HTTP/1.1", b"\r\n")


def replay_corpus(server: Server, found: Findings) -> None:
    for path in (file for name in fuzz.TARGETS for file in fuzz.corpus_files(name)):
        status = reply_status(raw_exchange(server.port, http11(fuzz.parse(path.read_bytes())), timeout=30))
        found.outcomes["no answer (connection closed)" if status is None else f"{status // 100}xx"] += 1
        if status is not None and status >= 500:
            found.failures.append(f"{path.relative_to(fuzz.CORPUS)}: {status}")


@dataclass
class Findings:
    """What one run found, as RELIABILITY.md reports it."""

    ledger: Ledger = field(default_factory=Ledger)
    checks: list[tuple[str, int, int]] = field(default_factory=list)  # (when, acknowledged so far, lost)
    faults_queued: int = 0
    restarts: list[float] = field(default_factory=list)
    state_bytes: int = 0
    burst: Counter[int] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    fuzzed: dict[str, int] | None = None
    fsync_ms: float = 0.0
    burst_limit: Limit = field(default_factory=lambda: run_limit()[1])  # what a burst of runs may pass

    @property
    def lost(self) -> int:
        return sum(lost for _, _, lost in self.checks)

    @property
    def ok(self) -> bool:
        fuzz_failed = any("FAILED" in key for key in self.fuzzed or {})
        failed = self.lost or self.failures or self.ledger.unexpected or fuzz_failed
        return not failed and self.burst[201] <= self.burst_limit[0]


def load_with_crashes(server: Server, args: argparse.Namespace, found: Findings) -> None:
    """The load in `crashes + 1` phases, all but the last ended by a kill -9, each one read back."""
    ledger, phases = found.ledger, args.crashes + 1
    for phase in range(phases):
        print(f"load phase {phase + 1}/{phases} ({args.seconds / phases:.0f} s)...", flush=True)
        crashing, seconds, seed = phase < args.crashes, args.seconds / phases, args.seed + phase
        found.faults_queued += asyncio.run(
            load_phase(server, ledger, seconds, args.connections, seed, kill=crashing)
        )
        when = f"after kill -9 #{phase + 1} (mid-load)" if crashing else "at the end"
        lost = asyncio.run(lost_writes(server.base_url, ledger))
        found.checks.append((when, ledger.acknowledged(), len(lost)))
        if lost:
            print(f"LOST {when}: {lost[:10]}", flush=True)


def limits_and_hostile_input(server: Server, found: Findings) -> None:
    # Faults still queued from the load would answer the next requests: start clean.
    httpx.post(f"{server.base_url}/__mock__/reset", timeout=30).raise_for_status()
    print("limits...", flush=True)
    found.burst = asyncio.run(limit_burst(server.base_url))
    print("hostile input...", flush=True)
    replay_corpus(server, found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.reliability", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=60, help="load duration in all (default 60)")
    parser.add_argument("--crashes", type=int, default=3, help="kill -9 + restart cycles during the load")
    parser.add_argument("--connections", type=int, default=64, help="concurrent clients (default 64)")
    parser.add_argument("--fuzz-seconds", type=int, default=30, help="atheris time per target (default 30)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--output", type=Path, default=ROOT / "RELIABILITY.md")
    parser.add_argument("--server-log", type=Path, help="keep the served mock's output in this file")
    args = parser.parse_args(argv)
    started = time.monotonic()
    found = Findings()
    with tempfile.TemporaryDirectory(prefix="hex-mock-reliability-") as scratch:
        directory = Path(scratch)
        found.fsync_ms = fsync_floor_ms(directory, samples=50)
        server = Server(directory / "state.db", args.server_log or directory / "server.log")
        found.restarts = server.restart_seconds
        with server:
            load_with_crashes(server, args, found)
            # The database and its write-ahead log.
            found.state_bytes = sum(path.stat().st_size for path in directory.glob("state.db*"))
            limits_and_hostile_input(server, found)
    if args.fuzz_seconds > 0 and importlib.util.find_spec("atheris") is not None:
        found.fuzzed = fuzz.fuzz_each(10_000_000, args.fuzz_seconds, merge=False)
    report = reports.render(
        "reliability.md.j2",
        **vars(found),
        args=args,
        elapsed=time.monotonic() - started,
        lost=found.lost,
        faults_survived=found.ledger.faults_seen - found.ledger.faults_failed,
        fuzz_total=sum((found.fuzzed or {}).values()),
        machine=machine(),
    )
    args.output.write_text(report)
    print(report)
    return 0 if found.ok else 1


if __name__ == "__main__":
    sys.exit(main())
