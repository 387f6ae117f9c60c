"""`make reliability`: the served mock under load, crashes, injected faults and hostile input.

    python -m scripts.reliability [--seconds 60] [--crashes 3] [--connections 64] [--fuzz-seconds 30]
                                  [--output RELIABILITY.md]

Writes RELIABILITY.md (and prints it): what was tried and what came out of it, on this machine.

1. Load with durability: `hex-mock serve --state-file` in a child process, driven by concurrent
   clients doing a mix of writes (groups, group edits, cells, cell edits, projects, sharing, guides,
   runs started and cancelled) and reads for `--seconds`. `--crashes` times during the load the
   server is killed with SIGKILL and restarted from its state file; after each restart, and at the
   end, every write the clients saw acknowledged is read back. Lost writes must be zero.
2. Injected faults: throughout the load the control plane queues 503s and delays on the operations
   in use; clients retry a 503 (as Hex clients should) and every fault must be survived.
3. Limits: 300 concurrent RunProject requests with one token; at most 20 may be admitted.
4. Hostile input: every input of the fuzzing corpus (tests/fuzz/corpus/) sent over a real socket
   to the served mock; none may get a 5xx. With atheris installed (`uv sync --extra fuzz`), a
   bounded coverage-guided run of both fuzz targets is added to the count.

Everything talks to 127.0.0.1 only, and every loop is bounded in time and count.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import httpx

from hex_mock.testing import DEMO_ADMIN_TOKEN as ADMIN
from hex_mock.testing import (
    DEMO_EDITOR_TOKEN,
    DEMO_MANAGER_TOKEN,
    DEMO_RUNNER_TOKEN,
    ProcessServer,
    bearer,
    raw_exchange,
    reply_status,
)
from hex_mock.testing import DEMO_OVERVIEW_CELL as OVERVIEW
from hex_mock.testing import DEMO_WEEKLY_PROJECT as WEEKLY
from scripts import reports
from scripts.bench_durable import fsync_floor_ms
from scripts.fuzz import CORPUS, TARGETS, corpus_files, parse
from scripts.machine import machine

ROOT = Path(__file__).resolve().parent.parent
API = "/api/v1"
RUN_TOKENS = (ADMIN, DEMO_RUNNER_TOKEN, DEMO_MANAGER_TOKEN, DEMO_EDITOR_TOKEN)
FAULTED = ("CreateGroup", "EditGroup", "CreateCell", "UpdateCell", "GetGroup", "ListGroups", "CreateProject")
MAX_REQUESTS = 200_000  # a bound on the load phase besides its duration


# --- the served mock ------------------------------------------------------------------------------


class Server(ProcessServer):
    """`hex-mock serve --state-file PATH --control-plane`, restarted on the port it first bound; what
    it printed goes to `log` when it stops."""

    def __init__(self, state_file: Path, log: Path) -> None:
        # The load's pace would only test the limiter: every budget is lifted but the run group's,
        # whose 429s the load expects and whose burst the limits phase checks.
        lifted = ("--rate-limit", "hex-api=none", "--rate-limit", "hex-api-30rpm=none")
        super().__init__("--state-file", str(state_file), "--control-plane", *lifted, cwd=ROOT)
        self.log = log
        self.restart_seconds: list[float] = []

    def start(self) -> Self:
        started = time.monotonic()
        super().start()
        self.restart_seconds.append(time.monotonic() - started)
        httpx.put(f"{self.base_url}/__mock__/runs/kernel-capacity", json={"capacity": 100_000}, timeout=10)
        return self

    def stop(self) -> str:
        output = super().stop()
        self.log.write_text(output)
        return output


# --- load ------------------------------------------------------------------------------------------


@dataclass
class Ledger:
    """What the clients were told, and what happened along the way."""

    groups: dict[str, str] = field(default_factory=dict)  # id -> name last acknowledged
    cells: dict[str, str] = field(default_factory=dict)  # id -> source last acknowledged
    projects: dict[str, str] = field(default_factory=dict)  # id -> title
    guides: dict[str, str] = field(default_factory=dict)  # path -> contents
    runs: dict[str, str] = field(default_factory=dict)  # id -> "started" | "cancelled"
    shared: set[str] = field(default_factory=set)  # group ids shared with WEEKLY
    # Edits cut off by a crash may or may not have been saved: either value is then correct.
    uncertain: dict[str, set[str]] = field(default_factory=dict)
    requests: int = 0
    writes_acknowledged: int = 0
    reads: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    faults_seen: int = 0
    faults_survived: int = 0
    interrupted: int = 0  # requests cut off by a crash (never acknowledged, so never counted)
    rate_limited: int = 0
    unexpected: list[str] = field(default_factory=list)

    def acknowledged(self) -> int:
        return sum(map(len, (self.groups, self.cells, self.projects, self.guides, self.runs, self.shared)))


class CrashedError(Exception):
    pass


async def call(
    client: httpx.AsyncClient, ledger: Ledger, method: str, path: str, **kwargs: Any
) -> httpx.Response:
    """One request, retried on an injected 503 (up to 5 times); CrashedError if the server went away."""
    for _attempt in range(6):
        try:
            response = await client.request(method, path, **kwargs)
        except httpx.ConnectError:
            raise CrashedError from None  # refused while the server restarts: never sent
        except httpx.TransportError:
            ledger.interrupted += 1  # sent, and the server died before answering
            raise CrashedError from None
        ledger.requests += 1
        ledger.statuses[response.status_code] += 1
        if response.status_code == 503 and "Injected" in response.text:
            ledger.faults_seen += 1
            continue
        if response.status_code >= 500:
            ledger.unexpected.append(f"{method} {path}: {response.status_code} {response.text[:200]}")
        return response
    ledger.unexpected.append(f"{method} {path}: still failing after 5 retries")
    return response


async def create(
    client: httpx.AsyncClient,
    ledger: Ledger,
    path: str,
    body: dict[str, Any],
    status: int,
    into: dict[str, str],
    value: str,
) -> None:
    """POST a record; once acknowledged with `status`, `into` maps its id to `value`."""
    response = await call(client, ledger, "POST", path, json=body)
    if _ok(ledger, response, status):
        into[response.json()["id"]] = value


async def edit(
    client: httpx.AsyncClient,
    ledger: Ledger,
    rng: random.Random,
    records: dict[str, str],
    value: str,
    request: Callable[[str], tuple[str, dict[str, Any]]],
) -> None:
    """PATCH one of `records` (`body` of its id) to `value`: if the answer is cut off by a crash,
    either value may then be the one saved."""
    record = rng.choice(list(records))
    path, payload = request(record)
    try:
        response = await call(client, ledger, "PATCH", path, json=payload)
    except CrashedError:
        ledger.uncertain.setdefault(record, set()).add(value)
        raise
    if _ok(ledger, response, 200):
        records[record] = value
        ledger.uncertain.pop(record, None)


def _ok(ledger: Ledger, response: httpx.Response, *statuses: int) -> bool:
    if response.status_code in statuses:
        ledger.writes_acknowledged += response.request.method != "GET"
        return True
    if response.status_code == 429:
        ledger.rate_limited += 1
        return False
    ledger.unexpected.append(f"{response.request.method} {response.request.url.path}: {response.status_code}")
    return False


async def worker(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, until: float) -> None:
    while time.monotonic() < until and ledger.requests < MAX_REQUESTS:
        try:
            await one_operation(client, ledger, rng)
        except CrashedError:
            await asyncio.sleep(0.1)  # the server is down: what was in flight is not acknowledged


# The load's operations: each makes one request (or two) and records in the ledger what was acknowledged.


async def create_group(client: httpx.AsyncClient, ledger: Ledger, _rng: random.Random, tag: str) -> None:
    await create(client, ledger, f"{API}/groups", {"name": f"load {tag}"}, 201, ledger.groups, f"load {tag}")


async def rename_group(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, tag: str) -> None:
    name = f"renamed {tag}"
    await edit(
        client, ledger, rng, ledger.groups, name, lambda group: (f"{API}/groups/{group}", {"name": name})
    )


async def share_with_group(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, _tag: str) -> None:
    group = rng.choice(list(ledger.groups))
    body = {"sharing": {"upsert": {"groups": [{"group": {"id": group}, "access": "CAN_VIEW"}]}}}
    response = await call(client, ledger, "PATCH", f"{API}/projects/{WEEKLY}/sharing/groups", json=body)
    if _ok(ledger, response, 200):
        ledger.shared.add(group)


async def insert_cell(client: httpx.AsyncClient, ledger: Ledger, _rng: random.Random, tag: str) -> None:
    source = f"x = '{tag}'"
    body = {
        "projectId": WEEKLY,
        "cellType": "CODE",
        "contents": {"codeCell": {"source": source}},
        "location": {"insertAfterCellId": OVERVIEW},
    }
    await create(client, ledger, f"{API}/cells", body, 200, ledger.cells, source)


async def edit_cell(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, tag: str) -> None:
    source = f"y = '{tag}'"
    body = {"contents": {"codeCell": {"source": source}}}
    await edit(client, ledger, rng, ledger.cells, source, lambda cell: (f"{API}/cells/{cell}", body))


async def create_project(client: httpx.AsyncClient, ledger: Ledger, _rng: random.Random, tag: str) -> None:
    await create(
        client, ledger, f"{API}/projects", {"title": f"Load {tag}"}, 201, ledger.projects, f"Load {tag}"
    )


async def write_guide(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, tag: str) -> None:
    path = f"load/{tag}.md"
    contents = f"guide {tag} " + "é" * rng.randint(0, 2000)
    body = {"files": [{"filePath": path, "contents": contents}]}
    response = await call(client, ledger, "PUT", f"{API}/guides/draft", json=body)
    if _ok(ledger, response, 200):
        ledger.guides[path] = contents


async def run_and_maybe_cancel(
    client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, _tag: str
) -> None:
    token = rng.choice(RUN_TOKENS)
    runs = f"{API}/projects/{WEEKLY}/runs"
    response = await call(client, ledger, "POST", runs, json={}, headers=bearer(token))
    if not _ok(ledger, response, 201):
        return
    run = response.json()["runId"]
    ledger.runs[run] = "started"
    if rng.random() < 0.5:
        cancelled = await call(client, ledger, "DELETE", f"{runs}/{run}")
        if _ok(ledger, cancelled, 204):
            ledger.runs[run] = "cancelled"


async def read_a_list(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random, _tag: str) -> None:
    path = rng.choice(
        (f"{API}/groups?limit=50", f"{API}/cells?projectId={WEEKLY}&limit=50", f"{API}/projects")
    )
    response = await call(client, ledger, "GET", path)
    ledger.reads += 1
    _ok(ledger, response, 200)


Operation = Callable[[httpx.AsyncClient, Ledger, random.Random, str], Awaitable[None]]


def _always(_ledger: Ledger) -> bool:
    return True


# The mix: a draw in [0, 1) runs the first operation whose cumulative share exceeds it and whose
# precondition holds (an edit needs something to edit; without it the draw falls to the next one).
MIX: tuple[tuple[float, Callable[[Ledger], bool], Operation], ...] = (
    (0.18, _always, create_group),
    (0.28, lambda ledger: bool(ledger.groups), rename_group),
    (0.33, lambda ledger: bool(ledger.groups), share_with_group),
    (0.48, _always, insert_cell),
    (0.55, lambda ledger: bool(ledger.cells), edit_cell),
    (0.62, _always, create_project),
    (0.67, _always, write_guide),
    (0.72, _always, run_and_maybe_cancel),
    (1.0, _always, read_a_list),
)


async def one_operation(client: httpx.AsyncClient, ledger: Ledger, rng: random.Random) -> None:
    draw = rng.random()
    tag = f"{rng.getrandbits(48):012x}"
    step = next(step for share, possible, step in MIX if draw < share and possible(ledger))
    await step(client, ledger, rng, tag)


async def inject_faults(base_url: str, rng: random.Random, until: float) -> int:
    """Queue a 503 or a delay on an operation in use, every 0.2 s; returns how many were queued."""
    queued = 0
    async with httpx.AsyncClient(base_url=base_url, timeout=10, verify=False) as control:
        while time.monotonic() < until:
            operation = rng.choice(FAULTED)
            fault: dict[str, Any] = {"operationId": operation, "count": rng.randint(1, 3)}
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
    rng = random.Random(seed)
    until = time.monotonic() + seconds
    clients = [
        httpx.AsyncClient(
            base_url=server.base_url,
            headers={"Authorization": f"Bearer {ADMIN}"},
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
            timeout=httpx.Timeout(60.0),
            verify=False,
        )
        for _ in range(max(1, connections // 2))
    ]
    try:
        jobs: list[Coroutine[Any, Any, Any]] = [
            worker(clients[index % len(clients)], ledger, random.Random(rng.random()), until)
            for index in range(connections)
        ]
        jobs.append(inject_faults(server.base_url, rng, until))
        if kill:
            jobs.append(crash(server, time.monotonic() + seconds * rng.uniform(0.4, 0.7)))
        results = await asyncio.gather(*jobs, return_exceptions=True)
    finally:
        for client in clients:
            await client.aclose()
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, CrashedError):
            raise result
    queued = results[connections]
    return queued if isinstance(queued, int) else 0


# --- verification --------------------------------------------------------------------------------


class ReadBack:
    """Reads every acknowledged write back through the API; each `lost_*` names what is missing or stale."""

    def __init__(self, client: httpx.AsyncClient, ledger: Ledger) -> None:
        self.client = client
        self.ledger = ledger

    async def get(self, path: str, params: dict[str, Any]) -> Any:
        for _ in range(50):  # faults still queued from the load answer 503 first
            response = await self.client.get(path, params=params)
            if not (response.status_code == 503 and "Injected" in response.text):
                assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:200]}"
                return response.json()
        raise RuntimeError(f"{path}: still faulted")

    async def everything(self, path: str, params: dict[str, Any]) -> list[Any]:
        items: list[Any] = []
        after = None
        for _ in range(100_000):
            page = await self.get(path, params | ({"after": after} if after else {}))
            items += page["values"]
            after = page["pagination"]["after"]
            if not after:
                return items
        raise RuntimeError(f"{path}: pagination did not end")

    def missing(self, kind: str, acknowledged: dict[str, str], found: dict[str, Any]) -> list[str]:
        """Records found with neither the acknowledged value nor one of a write whose answer was cut off."""
        uncertain = self.ledger.uncertain
        return [
            f"{kind} {key}"
            for key, value in acknowledged.items()
            if found.get(key) != value and found.get(key) not in uncertain.get(key, ())
        ]

    async def lost_groups(self) -> list[str]:
        groups = await self.everything(f"{API}/groups", {"limit": 100})
        return self.missing("group", self.ledger.groups, {group["id"]: group["name"] for group in groups})

    async def lost_cells(self) -> list[str]:
        cells = await self.everything(f"{API}/cells", {"projectId": WEEKLY, "limit": 100})
        sources = {cell["id"]: (cell["contents"]["codeCell"] or {}).get("source") for cell in cells}
        twice = ["a cell is listed twice"] if len(sources) != len(cells) else []
        return self.missing("cell", self.ledger.cells, sources) + twice

    async def lost_projects(self) -> list[str]:
        projects = await self.everything(f"{API}/projects", {"limit": 100})
        return self.missing("project", self.ledger.projects, {p["id"]: p["title"] for p in projects})

    async def lost_shares(self) -> list[str]:
        weekly = await self.get(f"{API}/projects/{WEEKLY}", {"includeSharing": "true"})
        shared = {share["group"]["name"] for share in weekly["sharing"]["groups"]}
        ledger = self.ledger
        return [
            f"sharing with {gid}"
            for gid in ledger.shared
            if ledger.groups.get(gid) not in shared and not ledger.uncertain.get(gid, set()) & shared
        ]

    async def lost_guides(self) -> list[str]:
        guides = {
            guide["filePath"] for guide in await self.everything(f"{API}/guides/draft/list", {"limit": 100})
        }
        return [f"guide {path}" for path in self.ledger.guides if path not in guides]

    async def lost_runs(self) -> list[str]:
        runs: dict[str, str] = {}
        for offset in range(0, 1_000_000, 100):
            page = await self.get(f"{API}/projects/{WEEKLY}/runs", {"limit": 100, "offset": offset})
            runs |= {run["runId"]: run["status"] for run in page["runs"]}
            if not page["nextPage"]:
                break
        return [
            f"run {run}"
            for run, state in self.ledger.runs.items()
            if run not in runs or (state == "cancelled" and runs[run] != "KILLED")
        ]


async def lost_writes(base_url: str, ledger: Ledger) -> list[str]:
    """Every acknowledged write, read back; what is missing or stale."""
    async with httpx.AsyncClient(
        base_url=base_url, headers=bearer(ADMIN), timeout=60, verify=False
    ) as client:
        check = ReadBack(client, ledger)
        steps = (check.lost_groups, check.lost_cells, check.lost_projects, check.lost_shares)
        return [record for step in (*steps, check.lost_guides, check.lost_runs) for record in await step()]


# --- limits and hostile input ---------------------------------------------------------------------


async def limit_burst(base_url: str, count: int = 300) -> Counter[int]:
    clients = [
        httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": "Bearer hxtp_demo_ed_explorer"},
            timeout=60,
            verify=False,
        )
        for _ in range(30)
    ]
    try:
        # Ed may run the workspace-shared Weekly revenue (APP_ONLY suffices) and has not run it yet.
        responses = await asyncio.gather(
            *(clients[index % 30].post(f"{API}/projects/{WEEKLY}/runs", json={}) for index in range(count))
        )
    finally:
        for client in clients:
            await client.aclose()
    return Counter(response.status_code for response in responses)


def replay_corpus(server: Server) -> tuple[int, Counter[str], list[str]]:
    """Every corpus input as a raw HTTP/1.1 request; returns (inputs, outcomes, 5xx answers)."""
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    tried = 0
    for name in TARGETS:
        for path in corpus_files(name):
            request = parse(path.read_bytes())
            target = request.raw_path + (b"?" + request.query if request.query else b"")
            lines = [
                request.method.encode("latin-1") + b" " + target + b" HTTP/1.1",
                b"Host: 127.0.0.1",
                b"Connection: close",
            ]
            lines += [
                name_ + b": " + value
                for name_, value in request.headers
                if name_ not in (b"host", b"connection")
            ]
            if request.body and not any(name_ == b"content-length" for name_, _ in request.headers):
                lines.append(b"Content-Length: " + str(len(request.body)).encode())
            raw = b"\r\n".join(lines) + b"\r\n\r\n" + request.body
            status = reply_status(raw_exchange(server.port, raw, timeout=30))
            tried += 1
            outcomes["no answer (connection closed)" if status is None else f"{status // 100}xx"] += 1
            if status is not None and status >= 500:
                failures.append(f"{path.relative_to(CORPUS)}: {status}")
    return tried, outcomes, failures


def run_fuzzer(seconds: int) -> dict[str, int] | None:
    """Bounded atheris runs of both targets; executions per target, or None without atheris."""
    try:
        import atheris  # noqa: F401
    except ImportError:
        return None
    executed: dict[str, int] = {}
    for name in TARGETS:
        command = [sys.executable, "-m", "scripts.fuzz", "--target", name, "--runs", "10000000"]
        result = subprocess.run(
            [*command, "--seconds", str(seconds)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=seconds + 300,
        )
        found = re.search(r"stat::number_of_executed_units:\s*(\d+)", result.stdout + result.stderr)
        executed[name] = int(found.group(1)) if found else 0
        if result.returncode != 0:
            executed[f"{name} (FAILED: see .fuzz/)"] = result.returncode
    return executed


# --- the report -----------------------------------------------------------------------------------


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
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
    return parser.parse_args(argv)


@dataclass
class Findings:
    """What one run found, as RELIABILITY.md reports it."""

    ledger: Ledger = field(default_factory=Ledger)
    checks: list[tuple[str, int, int]] = field(default_factory=list)  # (when, acknowledged so far, lost)
    faults_queued: int = 0
    restarts: list[float] = field(default_factory=list)
    state_bytes: int = 0
    burst: Counter[int] = field(default_factory=Counter)
    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    fuzzed: dict[str, int] | None = None
    fsync_ms: float = 0.0

    @property
    def ok(self) -> bool:
        lost = sum(lost for _, _, lost in self.checks)
        fuzz_failed = any("FAILED" in key for key in self.fuzzed or {})
        return not (lost or self.failures or self.ledger.unexpected or fuzz_failed) and self.burst[201] <= 20


def load_with_crashes(server: Server, args: argparse.Namespace, found: Findings) -> None:
    """The load in `crashes + 1` phases, all but the last ended by a kill -9, each one read back."""
    ledger, phases = found.ledger, args.crashes + 1
    for phase in range(phases):
        print(f"load phase {phase + 1}/{phases} ({args.seconds / phases:.0f} s)...", flush=True)
        seen_before = ledger.faults_seen
        crashing = phase < args.crashes
        found.faults_queued += asyncio.run(
            load_phase(
                server, ledger, args.seconds / phases, args.connections, args.seed + phase, kill=crashing
            )
        )
        ledger.faults_survived += ledger.faults_seen - seen_before
        when = f"after kill -9 #{phase + 1} (mid-load)" if crashing else "at the end"
        lost = asyncio.run(lost_writes(server.base_url, ledger))
        found.checks.append((when, ledger.acknowledged(), len(lost)))
        if lost:
            print(f"LOST {when}: {lost[:10]}", flush=True)


def limits_and_hostile_input(server: Server, found: Findings) -> None:
    # Faults still queued from the load would answer the next requests: start clean.
    httpx.post(f"{server.base_url}/__mock__/reset", timeout=30).raise_for_status()
    httpx.put(f"{server.base_url}/__mock__/runs/kernel-capacity", json={"capacity": 100_000}, timeout=30)
    print("limits...", flush=True)
    found.burst = asyncio.run(limit_burst(server.base_url))
    print("hostile input...", flush=True)
    found.tried, found.outcomes, found.failures = replay_corpus(server)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    started = time.monotonic()
    found = Findings()
    with tempfile.TemporaryDirectory(prefix="hex-mock-reliability-") as directory:
        state_file = Path(directory) / "state.db"
        found.fsync_ms = fsync_floor_ms(Path(directory), samples=50)
        server = Server(state_file, args.server_log or Path(directory) / "server.log")
        found.restarts = server.restart_seconds
        with server:
            load_with_crashes(server, args, found)
            # The database and its write-ahead log.
            found.state_bytes = sum(
                path.stat().st_size for path in Path(directory).glob(f"{state_file.name}*")
            )
            limits_and_hostile_input(server, found)
    print("fuzzing...", flush=True)
    found.fuzzed = run_fuzzer(args.fuzz_seconds) if args.fuzz_seconds > 0 else None
    report = render(args, found, elapsed=time.monotonic() - started)
    args.output.write_text(report)
    print(report)
    return 0 if found.ok else 1


def render(args: argparse.Namespace, found: Findings, *, elapsed: float) -> str:
    """RELIABILITY.md from the run's figures (the prose is scripts/templates/reliability.md.j2)."""
    facts = {name: getattr(found, name) for name in Findings.__dataclass_fields__}
    return reports.render(
        "reliability.md.j2",
        **facts,
        args=args,
        elapsed=elapsed,
        now=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        lost_total=sum(lost for _, _, lost in found.checks),
        fuzz_total=sum(value for key, value in (found.fuzzed or {}).items() if "FAILED" not in key),
        machine=machine(),
    )


if __name__ == "__main__":
    sys.exit(main())
