"""`make bench`: the mock's speed against the bare-Starlette ceiling and a peer mock, on this machine.

    python -m scripts.bench [--seconds 6] [--connections 32] [--rounds 3] [--no-prism] [--quick]
                            [--output BENCHMARKS.md]
    python -m scripts.bench [--seconds 6] profile SCENARIO    # py-spy the mock under that load

One run measures, and writes to BENCHMARKS.md with the machine's description (and prints):

1. HTTP throughput and p50/p99 latency for GetProject, ListProjects (limit 100), CreateGroup,
   RunProject + GetRunStatus and a request that validation rejects, each against a freshly started
   mock served by uvicorn with production settings (hex_mock/serving.py, as `hex-mock serve` runs:
   uvloop and httptools, no reload, no access log, log level warning), plus ListProjects on a
   workspace big enough to fill the page of 100;
2. the ceiling: a bare Starlette endpoint serving the same GetProject JSON on the same settings, and
   the floor beneath it: a bare ASGI callable (no framework at all), i.e. uvicorn's own cost;
3. Stoplight Prism serving the same spec, when `make bench-peers` has installed it (.bench/);
4. cold start: `hex-mock serve` from process start to its first successful response (median);
5. in-process throughput: generated-client calls per second through httpx's ASGI transport, and the
   high-level client's own overhead per call (AsyncHex against a bare httpx request of the same call);
6. memory: the RSS of a served mock holding 10,000 projects, 100,000 runs and 1,000 users;
7. page and lookup cost at 100 and at 10,000 projects (1,000 and 100,000 runs), in process.

The load is wrk's (scripts/bench_load.py); every load run is bounded in time, every in-process loop
in time and in count, and all talk only to 127.0.0.1. The mock
served for 1 is the demo workspace (`make serve`'s), with rate limits off, run progression
"immediate" and no kernel limit: with Hex's limits RunProject would measure the 429 path after 20
runs. The full-page ListProjects runs on the demo plus 200 generated projects.
`python -m scripts.bench serve KIND` is the server side, started by the benchmark itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil

from hex_mock.testing import DEMO_ADMIN_TOKEN as DEMO_TOKEN
from hex_mock.testing import DEMO_WEEKLY_PROJECT as DEMO_PROJECT
from hex_mock.testing import ProcessServer, bearer
from scripts.bench_durable import FLAT_LIMIT as DURABLE_FLAT_LIMIT
from scripts.bench_durable import FLOOR_LIMIT, RESTART_LIMIT_S, DurableCost, durable_costs
from scripts.bench_inprocess import (
    BARE_HTTPX,
    FULL_PAGE_EXTRA,
    HIGH_LEVEL,
    PageCost,
    WorkspaceCosts,
    bench_mock,
    client_overhead,
    client_throughput,
    page_costs,
    render_workspaces,
    workspace_context,
    workspace_costs,
)
from scripts.bench_load import (
    Follow,
    LoadResult,
    Request,
    Scenario,
    Target,
    run_load,
    wrk_version,
)
from scripts.bench_workspace import ADMIN_TOKEN, LARGE, SMALL, populate
from scripts.machine import STACK, load_average, machine
from scripts.reports import render

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
PRISM = ROOT / ".bench" / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"

# Targets from the issue, on this 2-core machine.
CEILING_SHARE = 0.50
PRISM_FACTOR = 5.0
P99_LIMIT_MS = 10.0
COLD_START_LIMIT_S = 1.0
FLAT_LIMIT = 1.5  # large/small page cost; growing with the workspace would be ~100x

SCENARIOS = (
    Scenario("GetProject", Request("GET", f"/v1/projects/{DEMO_PROJECT}")),
    Scenario("ListProjects", Request("GET", "/v1/projects?limit=100")),
    Scenario(
        "CreateGroup",
        Request("POST", "/v1/groups", b'{"name":"Bench group"}', frozenset({201})),
    ),
    Scenario(
        "RunProject + GetRunStatus",
        Request("POST", f"/v1/projects/{DEMO_PROJECT}/runs", b"{}", frozenset({201})),
        Follow(
            marker='"runStatusUrl"',
            capture='"runId":"',
            path=f"/v1/projects/{DEMO_PROJECT}/runs/{{id}}",
        ),
    ),
    # Authenticated, then refused by parameter validation. Prism answers 422 where the mock says 400.
    Scenario("Invalid request", Request("GET", "/v1/projects?limit=abc", expect=frozenset({400, 422}))),
)
# Mock only, on the demo + FULL_PAGE_EXTRA workspace: 100 projects rendered per response.
FULL_PAGE = Scenario("ListProjects, full page of 100", Request("GET", "/v1/projects?limit=100"))


# --- servers ---------------------------------------------------------------------------------------


def demo_project_json() -> dict[str, Any]:
    """GetProject's body for the demo's Weekly revenue, as the mock renders it."""
    from hex_mock.resources.projects import render_project

    workspace = bench_mock().workspace
    return render_project(workspace, workspace.projects.get(DEMO_PROJECT))


def ceiling_app() -> Any:
    """A bare Starlette endpoint answering every GetProject path with the demo project's JSON."""
    from starlette.applications import Starlette
    from starlette.requests import Request as StarletteRequest
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    payload = demo_project_json()

    async def get_project(_: StarletteRequest) -> JSONResponse:
        return JSONResponse(payload)

    return Starlette(routes=[Route("/api/v1/projects/{projectId}", get_project)])


def floor_app() -> Any:
    """A bare ASGI callable answering every request with the demo project's JSON: uvicorn alone."""
    payload = json.dumps(demo_project_json(), separators=(",", ":")).encode()
    headers = [(b"content-length", str(len(payload)).encode()), (b"content-type", b"application/json")]
    start = {"type": "http.response.start", "status": 200, "headers": headers}
    body = {"type": "http.response.body", "body": payload}

    async def app(scope: dict[str, Any], _receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            await send(start)
            await send(body)

    return app


def serve(kind: str, loop: str, http: str) -> None:
    """The server side of the benchmark (see SERVER_KINDS), with production settings.

    `loop` and `http` are named rather than left to uvicorn's "auto", so every server of one run
    uses the stack the run started with, or fails to start if it has gone missing meanwhile.
    """
    from hex_mock.serving import bind, bound_port
    from hex_mock.serving import serve as serve_http

    if kind == "mock-plain":
        loop, http = "asyncio", "h11"  # uvicorn without uvloop and httptools (as on Windows)
    app = SERVER_KINDS[kind]()
    listening = bind(HOST, 0)
    # The banner `hex-mock serve` prints, which hex_mock.testing reads the port from.
    print(f"Mock Hex API at http://{HOST}:{bound_port(listening)}/api/v1", flush=True)
    serve_http(app, sock=listening, loop=loop, http=http)


def _large_app() -> Any:
    mock = bench_mock(None)
    populate(mock.workspace, LARGE)
    return mock.app


SERVER_KINDS: dict[str, Callable[[], Any]] = {
    "mock": lambda: bench_mock().app,
    "mock-plain": lambda: bench_mock().app,
    "mock-full-page": lambda: bench_mock(extra=FULL_PAGE_EXTRA).app,
    "ceiling": ceiling_app,
    "floor": floor_app,
    "large": _large_app,
}


class BenchServer(ProcessServer):
    """`python -m scripts.bench serve KIND` on the uvicorn stack this run started with."""

    api_root = "/api"

    def __init__(self, kind: str) -> None:
        super().__init__(kind, cwd=ROOT)

    def command(self) -> list[str]:
        loop, http = STACK
        serve = ["serve", *self.arguments, "--loop", loop, "--http", http]
        return [sys.executable, "-m", "scripts.bench", *serve]


class PrismServer(ProcessServer):
    """Stoplight Prism serving the spec; it prints nothing once bound, so its socket gives the port."""

    api_root = ""  # Prism serves the spec's paths as written
    banner = None

    def command(self) -> list[str]:
        return [str(PRISM), "mock", "-h", HOST, "-p", str(self.port), "-v", "warn", str(SPEC)]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, in seconds."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def rss_mib(pid: int) -> float:
    """Resident set size of a process, in MiB."""
    return psutil.Process(pid).memory_info().rss / 2**20


def first_status(server: ProcessServer, path: str, token: str) -> int:
    """The status of a GET to the served `path`: the server is listening, so it queues until answered."""
    return httpx.get(f"{server.base_url}{path}", headers=bearer(token), timeout=120).status_code


# --- HTTP load -------------------------------------------------------------------------------------


@dataclass
class Options:
    seconds: float
    warmup: float
    connections: int
    rounds: int
    prism: bool
    output: Path


def measure_once(
    server: Callable[[], BenchServer | PrismServer], scenario: Scenario, options: Options
) -> LoadResult:
    """One run against a freshly started server, after a short warm-up, with the server's CPU time."""
    with server() as served:
        assert served.process is not None
        # Answered once before the warm-up, as a first request builds what the mock builds lazily.
        if first_status(served, f"{served.api_root}/v1/projects/{DEMO_PROJECT}", DEMO_TOKEN) != 200:
            raise RuntimeError(f"{scenario.name}: the server does not answer GetProject:\n{served.output}")
        target = Target(HOST, served.port, served.api_root, DEMO_TOKEN)
        run_load(target, scenario, connections=options.connections, seconds=options.warmup)
        before = cpu_seconds(served.process.pid)
        result = run_load(target, scenario, connections=options.connections, seconds=options.seconds)
        return replace(result, server_cpu_s=cpu_seconds(served.process.pid) - before)


Contender = tuple[str, Callable[[], BenchServer | PrismServer]]  # name, server


def measure(contenders: Sequence[Contender], scenario: Scenario, options: Options) -> dict[str, LoadResult]:
    """Each contender's best of `rounds` runs (by throughput), the contenders taking turns, so that
    other load on the machine falls on all of them alike."""
    best: dict[str, LoadResult] = {}
    for _ in range(options.rounds):
        for name, server in contenders:
            log(f"  {name}: {scenario.name}")
            result = measure_once(server, scenario, options)
            if name not in best or result.rps > best[name].rps:
                best[name] = result
    return best


@dataclass
class HttpFigures:
    mock: dict[str, LoadResult] = field(default_factory=dict)
    prism: dict[str, LoadResult] = field(default_factory=dict)
    ceiling: LoadResult | None = None
    floor: LoadResult | None = None  # a bare ASGI callable: uvicorn's own cost
    full_page: LoadResult | None = None
    plain: LoadResult | None = None  # GetProject on uvicorn without uvloop and httptools


def http_figures(options: Options) -> HttpFigures:
    figures = HttpFigures()
    mock: Contender = ("mock", lambda: BenchServer("mock"))
    for scenario in SCENARIOS:
        contenders = [mock]
        if scenario.name == "GetProject":
            contenders += [
                ("ceiling", lambda: BenchServer("ceiling")),
                ("floor", lambda: BenchServer("floor")),
            ]
        if options.prism:
            contenders.append(("prism", PrismServer))
        best = measure(contenders, scenario, options)
        figures.mock[scenario.name] = best["mock"]
        figures.ceiling = best.get("ceiling", figures.ceiling)
        figures.floor = best.get("floor", figures.floor)
        if "prism" in best:
            figures.prism[scenario.name] = best["prism"]
    figures.full_page = measure([("mock", lambda: BenchServer("mock-full-page"))], FULL_PAGE, options)["mock"]
    if STACK != ("asyncio", "h11"):
        plain = "mock on asyncio + h11"
        figures.plain = measure([(plain, lambda: BenchServer("mock-plain"))], SCENARIOS[0], options)[plain]
    return figures


# --- cold start ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColdStart:
    wall_s: float  # process start to the first 200
    cpu_s: float | None  # CPU the server process used by then: what contention cannot stretch


def cold_starts(trials: int, *, cache: bool = True) -> list[ColdStart]:
    """`hex-mock serve` (demo workspace) from process start to its first 200, per trial."""
    # Without the cache the spec is parsed and validated as on a first ever start.
    env = {} if cache else {"HEX_MOCK_CACHE_DIR": ""}
    times = []
    for _ in range(trials):
        started = time.perf_counter()
        with ProcessServer(cwd=ROOT, env=env) as server:
            if first_status(server, f"/api/v1/projects/{DEMO_PROJECT}", DEMO_TOKEN) != 200:
                raise RuntimeError(f"hex-mock serve did not answer GetProject:\n{server.output}")
            assert server.process is not None
            times.append(ColdStart(time.perf_counter() - started, cpu_seconds(server.process.pid)))
    return times


# --- memory ----------------------------------------------------------------------------------------


@dataclass
class MemoryFigures:
    demo_mib: float | None
    large_mib: float | None
    large_ready_s: float


def memory_figures() -> MemoryFigures:
    with BenchServer("mock") as server:
        assert server.process is not None
        demo = rss_mib(server.process.pid)
    started = time.perf_counter()
    with BenchServer("large") as server:
        assert server.process is not None
        if first_status(server, "/api/v1/projects?limit=1", ADMIN_TOKEN) != 200:
            raise RuntimeError(f"the large workspace's server did not answer:\n{server.output}")
        ready = time.perf_counter() - started
        # Touch the list and run views once, as a served workspace would have.
        first_status(server, "/api/v1/projects?limit=100", ADMIN_TOKEN)
        large = rss_mib(server.process.pid)
    return MemoryFigures(demo, large, ready)


# --- report ----------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "pass" if ok else "**miss**"


def _us(value: float | None) -> str:
    return f"{value:.0f}" if value is not None else "n/a"


def _cpu_ratio(reference: LoadResult, other: LoadResult, *, percent: bool = False) -> str:
    """`reference`'s CPU per request over `other`'s: how many times cheaper `other` is."""
    ours, theirs = other.cpu_us_per_request, reference.cpu_us_per_request
    if ours is None or theirs is None or ours == 0:
        return "n/a"
    return f"{theirs / ours:.0%}" if percent else f"{theirs / ours:.1f}x"


def _load_cells(result: LoadResult) -> str:
    return (
        f"{result.rps:,.0f} | {result.p50_ms:.2f} | {result.p99_ms:.2f} | {result.response_bytes:,} | "
        f"{_us(result.cpu_us_per_request)}"
    )


def _median_wall(trials: Sequence[ColdStart]) -> float:
    return statistics.median(trial.wall_s for trial in trials)


def _cold_cells(trials: Sequence[ColdStart]) -> str:
    cpus = [trial.cpu_s for trial in trials if trial.cpu_s is not None]
    cpu = f"{statistics.median(cpus):.2f}" if cpus else "n/a"
    return f"{_median_wall(trials):.2f} | {cpu} | {', '.join(f'{trial.wall_s:.2f}' for trial in trials)}"


FORMATS: dict[str, Any] = {
    "verdict": verdict,
    "us": _us,
    "cpu_ratio": _cpu_ratio,
    "load_cells": _load_cells,
    "cold_cells": _cold_cells,
    "median_wall": _median_wall,
    "mib": lambda value: f"{value:.0f} MiB" if value is not None else "n/a",
}
LIMITS = {
    "CEILING_SHARE": CEILING_SHARE,
    "PRISM_FACTOR": PRISM_FACTOR,
    "P99_LIMIT_MS": P99_LIMIT_MS,
    "COLD_START_LIMIT_S": COLD_START_LIMIT_S,
    "FLAT_LIMIT": FLAT_LIMIT,
    "DURABLE_FLAT_LIMIT": DURABLE_FLAT_LIMIT,
    "FLOOR_LIMIT": FLOOR_LIMIT,
    "RESTART_LIMIT_S": RESTART_LIMIT_S,
}


def render_durable(floors_ms: tuple[float, float], costs: Sequence[DurableCost]) -> str:
    """The durable-writes section alone (`python -m scripts.bench durable`)."""
    return render("durable.md.j2", **_durable_context(floors_ms, costs))


def _durable_context(floors_ms: tuple[float, float], costs: Sequence[DurableCost]) -> dict[str, Any]:
    return {**FORMATS, **LIMITS, "durable_floors": floors_ms, "durable_costs": costs}


@dataclass
class Report:
    machine: dict[str, str]
    options: Options
    tool_description: str
    date: str
    http: HttpFigures
    cold: list[ColdStart]
    cold_uncached: list[ColdStart]
    in_process: dict[str, float]
    memory: MemoryFigures
    pages: list[PageCost]
    durable: tuple[tuple[float, float], list[DurableCost]]
    workspaces: WorkspaceCosts

    def render(self) -> str:
        """BENCHMARKS.md."""
        return render(
            "benchmarks.md.j2",
            r=self,
            scenarios=SCENARIOS,
            FULL_PAGE=FULL_PAGE,
            FULL_PAGE_EXTRA=FULL_PAGE_EXTRA,
            SMALL=SMALL,
            LARGE=LARGE,
            BARE_HTTPX=BARE_HTTPX,
            HIGH_LEVEL=HIGH_LEVEL,
            **self.cpu_budgets(),
            **_durable_context(*self.durable),
            **workspace_context(self.workspaces),
        )

    def cpu_budgets(self) -> dict[str, Any]:
        """Per scenario measured on both sides: what 5x Prism allows in CPU per request, and the
        mock's own share of its CPU beyond uvicorn's floor."""
        floor = self.http.floor.cpu_us_per_request if self.http.floor is not None else None
        rows: list[tuple[str, float, float, float]] = []
        for scenario in SCENARIOS:
            mock, prism = self.http.mock[scenario.name], self.http.prism.get(scenario.name)
            if (
                floor is None
                or prism is None
                or mock.cpu_us_per_request is None
                or not prism.cpu_us_per_request
            ):
                continue
            budget = prism.cpu_us_per_request / PRISM_FACTOR
            rows.append((scenario.name, budget, floor, mock.cpu_us_per_request - floor))
        budgets = [budget for _, budget, _, _ in rows] or [1.0]
        return {"budget_rows": rows, "max_budget": max(budgets), "min_budget": min(budgets)}


# --- profiling -------------------------------------------------------------------------------------


def summarize_profile(raw: str, top: int = 12) -> list[str]:
    """Where the samples of a py-spy `--format raw` profile fall: the server stack or the mock's
    kernel, then the frames that were running (leaf frames), most sampled first."""
    total = 0
    kernel = outside = 0
    leaves: dict[str, int] = {}
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples = int(count)
        total += samples
        frames = stack.split(";")
        if any(frame.startswith("RequestPipeline.__call__ ") for frame in frames):
            kernel += samples
        else:
            outside += samples
        leaf = frames[-1].rsplit(":", 1)[0] + ")" if ":" in frames[-1] else frames[-1]
        leaves[leaf] = leaves.get(leaf, 0) + samples
    if not total:
        return ["no samples"]
    lines = [
        f"{total} samples: {kernel / total:.0%} inside the request pipeline (hex_mock/app.py, including "
        f"the uvicorn send() it awaits), {outside / total:.0%} in uvicorn, the event loop and Starlette",
        "running frames:",
    ]
    ranked = sorted(leaves.items(), key=lambda item: -item[1])[:top]
    lines += [f"  {samples / total:6.1%}  {frame}" for frame, samples in ranked]
    return lines


def profile(scenario_name: str, seconds: float, connections: int) -> int:
    """py-spy samples the served mock while it is under load; the raw profile goes to .bench/."""
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        raise SystemExit("py-spy is not installed: run through `make bench` (the bench extra) first")
    scenario = next((s for s in (*SCENARIOS, FULL_PAGE) if s.name == scenario_name), None)
    if scenario is None:
        raise SystemExit(f"unknown scenario {scenario_name!r}")
    output = ROOT / ".bench" / f"profile-{scenario.name.split()[0]}.txt"
    output.parent.mkdir(exist_ok=True)
    kind = "mock-full-page" if scenario is FULL_PAGE else "mock"
    with BenchServer(kind) as server:
        assert server.process is not None
        target = Target(HOST, server.port, server.api_root, DEMO_TOKEN)
        run_load(target, scenario, connections=connections, seconds=1)
        spy = subprocess.Popen(
            [str(py_spy), "record", "--pid", str(server.process.pid), "--duration", str(round(seconds)),
             "--rate", "500", "--format", "raw", "--nonblocking", "--output", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        run_load(target, scenario, connections=connections, seconds=seconds + 1)
        _, errors = spy.communicate(timeout=seconds + 60)
    if spy.returncode != 0 or not output.exists():
        raise SystemExit(f"py-spy failed: {errors.decode(errors='replace').strip()}")
    print(f"{scenario.name}, {connections} connections; raw profile in {output.relative_to(ROOT)}")
    print("\n".join(summarize_profile(output.read_text())))
    return 0


# --- main ------------------------------------------------------------------------------------------


NICE = -10


def raise_priority() -> str:
    """Run this process, and so every server and load generator it starts, at a raised priority
    when allowed: on a shared machine other work then disturbs the figures less."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, NICE)
    except (OSError, AttributeError):
        return f"normal (nice {os.getpriority(os.PRIO_PROCESS, 0)}; raising it needs root)"
    return f"raised to nice {NICE} for the benchmark and every process it starts"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load_generator() -> str:
    """What BENCHMARKS.md names as the load generator; exits when wrk is missing."""
    version = wrk_version()
    if version is None:
        raise SystemExit("make bench needs wrk (apt-get install wrk)")
    return f"{version}, 1 thread"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="scripts.bench", description=__doc__.split("\n\n")[0])
    commands = root.add_subparsers(dest="command")
    server = commands.add_parser("serve", help="(internal) serve one benchmark server")
    server.add_argument("kind", choices=SERVER_KINDS)
    server.add_argument("--loop", choices=["uvloop", "asyncio"], default="auto")
    server.add_argument("--http", choices=["httptools", "h11"], default="auto")
    spy = commands.add_parser("profile", help="py-spy the served mock under one scenario's load")
    commands.add_parser("durable", help="only the durable-write table, printed")
    commands.add_parser("workspaces", help="only the many-workspaces table, printed")
    spy.add_argument("scenario", choices=[scenario.name for scenario in (*SCENARIOS, FULL_PAGE)])
    root.add_argument("--seconds", type=float, default=6.0, help="measured seconds per load run")
    root.add_argument("--warmup", type=float, default=1.0, help="warm-up seconds before each load run")
    root.add_argument("--connections", type=int, default=32)
    root.add_argument("--rounds", type=int, default=3, help="runs per figure, each on a fresh server")
    root.add_argument("--no-prism", action="store_true", help="skip Prism even when installed")
    root.add_argument("--quick", action="store_true", help="short runs, for trying the script out")
    root.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    return root


def options_of(args: argparse.Namespace) -> Options:
    options = Options(
        seconds=2.0 if args.quick else args.seconds,
        warmup=0.5 if args.quick else args.warmup,
        connections=args.connections,
        rounds=1 if args.quick else max(1, args.rounds),
        prism=PRISM.exists() and not args.no_prism,
        output=args.output,
    )
    if not options.prism and not args.no_prism:
        log("Prism is not installed (`make bench-peers` installs it into .bench/): skipping the peer.")
    return options


def measure_everything(options: Options, tool_description: str, *, quick: bool) -> Report:
    """Every figure of BENCHMARKS.md, in the order it reports them (`quick`: fewer samples)."""
    facts = machine()
    facts["Scheduling priority"] = raise_priority()
    log(f"Load generator: {tool_description}")
    log("HTTP load:")
    http = http_figures(options)
    log("Cold start:")
    cold = cold_starts(3 if quick else 7)
    cold_uncached = cold_starts(1 if quick else 3, cache=False)
    log("In process:")
    in_process = client_throughput(1.0 if quick else 3.0) | client_overhead(1.0 if quick else 3.0)
    log("Memory:")
    memory = memory_figures()
    log("Page cost:")
    pages = page_costs(50 if quick else 300)
    log("Durable writes:")
    durable = durable_costs(writes=50 if quick else 300)
    log("Many workspaces:")
    workspaces = workspace_costs(samples=500 if quick else 2000)
    facts["Load average at end"] = load_average()
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Report(
        facts,
        options,
        tool_description,
        date,
        http,
        cold,
        cold_uncached,
        in_process,
        memory,
        pages,
        durable,
        workspaces,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":
        serve(args.kind, args.loop, args.http)
        return 0
    if args.command == "durable":
        log(f"Scheduling priority: {raise_priority()}")  # as `make bench` measures it
        print(render_durable(*durable_costs(writes=50 if args.quick else 300)), end="")
        return 0
    if args.command == "workspaces":
        print(render_workspaces(workspace_costs(samples=500 if args.quick else 2000)), end="")
        return 0
    description = load_generator()
    if args.command == "profile":
        return profile(args.scenario, args.seconds, args.connections)
    started = time.perf_counter()
    options = options_of(args)
    text = measure_everything(options, description, quick=args.quick).render()
    options.output.write_text(text)
    print(text)
    log(f"Wrote {options.output} in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
