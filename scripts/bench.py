"""`make bench`: the mock's speed against the bare-Starlette ceiling and a peer mock, on this machine.

    python -m scripts.bench [--seconds 6] [--connections 32] [--rounds 3] [--no-prism] [--quick]
                            [--output BENCHMARKS.md]
    python -m scripts.bench [--seconds 6] profile SCENARIO    # py-spy the mock under that load
    python -m scripts.bench durable|workspaces [--quick]      # one section alone, printed

Writes BENCHMARKS.md (and prints it) with the machine's description: HTTP throughput and latency of
five operations and a full ListProjects page (wrk: scripts/bench_load.py) on freshly started mocks
served as `hex-mock serve` serves them, against a bare Starlette endpoint (the ceiling), a bare ASGI
callable (uvicorn alone) and Stoplight Prism (when `make bench-peers` has installed it); cold start;
in-process client calls and the high-level client's overhead; memory, and page cost, at 10,000
projects and 100,000 runs; durable writes against the fsync floor (scripts/bench_durable.py); 101
workspaces in one mock.

The mock is the demo workspace with rate limits off, runs that finish at once and no kernel limit:
with Hex's limits RunProject would measure the 429 path after 20 runs. Everything talks only to
127.0.0.1; `python -m scripts.bench serve KIND` is the server side, started by the benchmark itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import httpx
import psutil

from hex_mock.testing import DEMO_ADMIN_TOKEN, DEMO_WEEKLY_PROJECT, LOOPBACK, ProcessServer, bearer
from scripts.bench_durable import durable_costs
from scripts.bench_inprocess import (
    BARE_HTTPX,
    FULL_PAGE_EXTRA,
    HIGH_LEVEL,
    WEEKLY,
    WORKSPACES,
    bench_mock,
    client_costs,
    page_costs,
    workspace_costs,
)
from scripts.bench_load import Follow, LoadResult, Scenario, Target, run_load, wrk_version
from scripts.bench_workspace import ADMIN_TOKEN, LARGE, SMALL
from scripts.machine import STACK, load_average, machine
from scripts.reports import render

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
PRISM = ROOT / ".bench" / "node_modules" / ".bin" / "prism"
T = TypeVar("T")

# The targets, on this 2-core machine: the report judges each figure against its own.
TARGETS = {
    "CEILING_SHARE": 0.50,  # the mock's GetProject throughput against bare Starlette's
    "PRISM_FACTOR": 5.0,  # the mock's throughput against Prism's
    "P99_LIMIT_MS": 10.0,
    "COLD_START_LIMIT_S": 1.0,
    "FLAT_LIMIT": 1.5,  # large/small page cost; growing with the workspace would be ~100x
    "DURABLE_FLAT_LIMIT": 1.5,  # a durable write in the largest workspace against the smallest
    "FLOOR_LIMIT": 2.0,  # a durable write against the fsync floor, at the worst size
    "RESTART_LIMIT_S": 2.0,  # restoring the largest workspace from its state file
    "SAME_COST_LIMIT": 1.10,  # GetProject in a workspace among 101 against a lone one
}

SCENARIOS = (
    Scenario("GetProject", "GET", WEEKLY),
    Scenario("ListProjects", "GET", "/v1/projects?limit=100"),
    Scenario("CreateGroup", "POST", "/v1/groups", b'{"name":"Bench group"}', frozenset({201})),
    Scenario(
        "RunProject + GetRunStatus",
        "POST",
        f"{WEEKLY}/runs",
        b"{}",
        frozenset({201}),
        Follow(marker='"runStatusUrl"', capture='"runId":"', path=f"{WEEKLY}/runs/{{id}}"),
    ),
    # Authenticated, then refused by parameter validation. Prism answers 422 where the mock says 400.
    Scenario("Invalid request", "GET", "/v1/projects?limit=abc", expect=frozenset({400, 422})),
)
# Mock only, on the demo + FULL_PAGE_EXTRA workspace: 100 projects rendered per response.
FULL_PAGE = Scenario("ListProjects, full page of 100", "GET", "/v1/projects?limit=100")


def demo_project_json() -> dict[str, Any]:
    from hex_mock.resources.projects import render_project

    workspace = bench_mock().workspace
    return render_project(workspace, workspace.projects.get(DEMO_WEEKLY_PROJECT))


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


SERVER_KINDS: dict[str, Callable[[], Any]] = {
    "mock": lambda: bench_mock().app,
    "mock-plain": lambda: bench_mock().app,  # on uvicorn without uvloop and httptools (as on Windows)
    "mock-full-page": lambda: bench_mock(extra=FULL_PAGE_EXTRA).app,
    "ceiling": ceiling_app,
    "floor": floor_app,
    "large": lambda: bench_mock(None, extra=LARGE).app,
}


def serve(kind: str) -> None:
    """One of SERVER_KINDS with production settings, on the uvicorn stack the report names."""
    from hex_mock.serving import bind, bound_port
    from hex_mock.serving import serve as serve_http

    loop, http = ("asyncio", "h11") if kind == "mock-plain" else STACK
    app = SERVER_KINDS[kind]()
    listening = bind(LOOPBACK, 0)
    # The banner `hex-mock serve` prints, which hex_mock.testing reads the port from.
    print(f"Mock Hex API at http://{LOOPBACK}:{bound_port(listening)}/api/v1", flush=True)
    serve_http(app, sock=listening, loop=loop, http=http)


class BenchServer(ProcessServer):
    api_root = "/api"

    def __init__(self, kind: str) -> None:
        super().__init__(kind, cwd=ROOT)

    def command(self) -> list[str]:
        return [sys.executable, "-m", "scripts.bench", "serve", *self.arguments]


class PrismServer(ProcessServer):
    """Stoplight Prism serving the spec; it prints nothing once bound, so its socket gives the port."""

    api_root = ""  # Prism serves the spec's paths as written
    banner = None

    def command(self) -> list[str]:
        return [str(PRISM), "mock", "-h", LOOPBACK, "-p", str(self.port), "-v", "warn", str(SPEC)]


def get_ok(server: ProcessServer, path: str, token: str) -> None:
    """GET the served `path`, which must answer 200 (the server is listening: it queues the request)."""
    status = httpx.get(f"{server.base_url}{path}", headers=bearer(token), timeout=120).status_code
    if status != 200:
        raise RuntimeError(f"{path} answered {status}:\n{server.output}")


def process_of(server: ProcessServer) -> psutil.Process:
    assert server.process is not None
    return psutil.Process(server.process.pid)


def cpu_seconds(server: ProcessServer) -> float:
    times = process_of(server).cpu_times()
    return times.user + times.system


def measure_once(kind: str, scenario: Scenario, args: argparse.Namespace) -> LoadResult:
    """One run against a freshly started server, after a short warm-up, with the server's CPU time."""
    with PrismServer() if kind == "prism" else BenchServer(kind) as served:
        # Answered once before the warm-up, as a first request builds what the mock builds lazily.
        get_ok(served, served.api_root + WEEKLY, DEMO_ADMIN_TOKEN)
        target = Target(served.base_url, served.api_root, DEMO_ADMIN_TOKEN)
        run_load(target, scenario, connections=args.connections, seconds=args.warmup)
        before = cpu_seconds(served)
        result = run_load(target, scenario, connections=args.connections, seconds=args.seconds)
        return replace(result, server_cpu_s=cpu_seconds(served) - before)


HttpFigures = dict[str, dict[str, LoadResult]]  # server kind -> scenario name -> best run


def http_figures(args: argparse.Namespace) -> HttpFigures:
    """Every scenario on the mock and Prism, GetProject on the ceiling and the floor too, then the
    mock alone on the full page and on uvicorn without uvloop and httptools."""
    peers = ["prism"] if args.prism and PRISM.exists() else []
    if args.prism and not peers:
        log("Prism is not installed (`make bench-peers` installs it into .bench/): skipping the peer.")
    plan = [
        (SCENARIOS[0], ["mock", "ceiling", "floor", *peers]),
        *((scenario, ["mock", *peers]) for scenario in SCENARIOS[1:]),
        (FULL_PAGE, ["mock-full-page"]),
    ]
    if STACK != ("asyncio", "h11"):
        plan.append((SCENARIOS[0], ["mock-plain"]))
    figures: HttpFigures = {}
    for scenario, kinds in plan:
        # Each kind's best of `rounds` runs (by throughput), the kinds taking turns, so that other
        # load on the machine falls on all of them alike.
        for _ in range(args.rounds):
            for kind in kinds:
                log(f"  {kind}: {scenario.name}")
                result = measure_once(kind, scenario, args)
                best = figures.setdefault(kind, {}).get(scenario.name)
                if best is None or result.rps > best.rps:
                    figures[kind][scenario.name] = result
    return figures


def cpu_budgets(http: HttpFigures) -> list[tuple[str, float, float, float]]:
    """Per scenario measured on both sides: what PRISM_FACTOR times Prism's throughput allows in CPU
    per request, what uvicorn alone takes of it (the floor), and the mock's own work beyond that."""
    floor_us = http["floor"]["GetProject"].cpu_us_per_request
    rows = []
    for name, prism in http.get("prism", {}).items():
        mock_us, prism_us = http["mock"][name].cpu_us_per_request, prism.cpu_us_per_request
        if floor_us is not None and mock_us is not None and prism_us:
            rows.append((name, prism_us / TARGETS["PRISM_FACTOR"], floor_us, mock_us - floor_us))
    return rows


@dataclass(frozen=True)
class ColdStart:
    wall_s: float  # process start to the first 200
    cpu_s: float  # CPU the server process used by then: what contention cannot stretch


def cold_starts(trials: int, *, cache: bool = True) -> list[ColdStart]:
    # Without the cache the spec is parsed and validated as on a first ever start.
    env = {} if cache else {"HEX_MOCK_CACHE_DIR": ""}
    times = []
    for _ in range(trials):
        started = time.perf_counter()
        with ProcessServer(cwd=ROOT, env=env) as server:
            get_ok(server, "/api" + WEEKLY, DEMO_ADMIN_TOKEN)
            times.append(ColdStart(time.perf_counter() - started, cpu_seconds(server)))
    return times


@dataclass(frozen=True)
class MemoryFigures:
    demo_mib: float
    large_mib: float
    large_ready_s: float


def memory_figures() -> MemoryFigures:
    with BenchServer("mock") as server:
        demo = process_of(server).memory_info().rss / 2**20
    started = time.perf_counter()
    with BenchServer("large") as server:
        get_ok(server, "/api/v1/projects?limit=1", ADMIN_TOKEN)
        ready = time.perf_counter() - started
        # Touch the list and run views once, as a served workspace would have.
        get_ok(server, "/api/v1/projects?limit=100", ADMIN_TOKEN)
        large = process_of(server).memory_info().rss / 2**20
    return MemoryFigures(demo, large, ready)


def render_figures(template: str, **figures: Any) -> str:
    """BENCHMARKS.md (benchmarks.md.j2, with every figure of `measure_everything`) or one section."""
    return render(
        template,
        **TARGETS,
        **figures,
        verdict=lambda ok: "pass" if ok else "**miss**",
        us=lambda value: "n/a" if value is None else f"{value:.0f}",
        median=statistics.median,
        scenarios=SCENARIOS,
        FULL_PAGE=FULL_PAGE,
        FULL_PAGE_EXTRA=FULL_PAGE_EXTRA,
        SMALL=SMALL,
        LARGE=LARGE,
        BARE_HTTPX=BARE_HTTPX,
        HIGH_LEVEL=HIGH_LEVEL,
        WORKSPACES=WORKSPACES,
    )


def step(title: str, measure: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    log(f"{title}:")
    return measure(*args, **kwargs)


# A section that `python -m scripts.bench SECTION` prints alone: its figures, measured (--quick or not).
SECTIONS: dict[str, Callable[[bool], Any]] = {
    "durable": lambda quick: durable_costs(writes=50 if quick else 300),
    "workspaces": lambda quick: workspace_costs(samples=500 if quick else 2000),
}


def measure_everything(args: argparse.Namespace) -> dict[str, Any]:
    """Every figure of BENCHMARKS.md, by the name its template gives it, measured in the order it
    reports them (--quick: fewer samples)."""
    facts = machine() | {"Scheduling priority": raise_priority()}
    tool = f"{wrk_version()}, 1 thread"
    log(f"Load generator: {tool}")
    http = step("HTTP load", http_figures, args)
    figures = {
        "machine": facts,
        "options": args,  # seconds, warmup, connections, rounds
        "tool_description": tool,
        "http": http,
        "budget_rows": cpu_budgets(http),
        "cold": step("Cold start", cold_starts, 3 if args.quick else 7),
        "cold_uncached": cold_starts(1 if args.quick else 3, cache=False),
        "in_process": step("In process", client_costs, 1.0 if args.quick else 3.0),  # µs per call
        "memory": step("Memory", memory_figures),
        "pages": step("Page cost", page_costs, 50 if args.quick else 300),
        "durable": step("Durable writes", SECTIONS["durable"], args.quick),
        "workspaces": step("Many workspaces", SECTIONS["workspaces"], args.quick),
    }
    facts["Load average at end"] = load_average()
    return figures


def summarize_profile(raw: str, top: int = 12) -> list[str]:
    """Where the samples of a py-spy `--format raw` profile fall: the server stack or the mock's
    request pipeline, then the frames that were running (leaf frames), most sampled first."""
    in_pipeline, leaves = 0, Counter[str]()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        if any(frame.startswith("RequestPipeline.__call__ ") for frame in frames):
            in_pipeline += int(count)
        leaf = frames[-1].rsplit(":", 1)[0] + ")" if ":" in frames[-1] else frames[-1]
        leaves[leaf] += int(count)
    total = leaves.total()
    if not total:
        return ["no samples"]
    share = in_pipeline / total
    return [
        f"{total} samples: {share:.0%} inside the request pipeline (hex_mock/app.py, including "
        f"the uvicorn send() it awaits), {1 - share:.0%} in uvicorn, the event loop and Starlette",
        "running frames:",
        *(f"  {samples / total:6.1%}  {frame}" for frame, samples in leaves.most_common(top)),
    ]


def profile(scenario_name: str, seconds: float, connections: int) -> None:
    """py-spy samples the served mock while it is under load; the raw profile goes to .bench/."""
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        raise SystemExit("py-spy is not installed: run through `make bench` (the bench extra) first")
    scenario = next(s for s in (*SCENARIOS, FULL_PAGE) if s.name == scenario_name)
    output = ROOT / ".bench" / f"profile-{scenario.name.split()[0]}.txt"
    output.parent.mkdir(exist_ok=True)
    with BenchServer("mock-full-page" if scenario is FULL_PAGE else "mock") as server:
        target = Target(server.base_url, server.api_root, DEMO_ADMIN_TOKEN)
        run_load(target, scenario, connections=connections, seconds=1)
        spy = subprocess.Popen(
            [str(py_spy), "record", "--pid", str(process_of(server).pid), "--duration", str(round(seconds)),
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


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="scripts.bench", description=__doc__.split("\n\n")[0])
    commands = root.add_subparsers(dest="command")
    server = commands.add_parser("serve", help="(internal) serve one benchmark server")
    server.add_argument("kind", choices=SERVER_KINDS)
    spy = commands.add_parser("profile", help="py-spy the served mock under one scenario's load")
    spy.add_argument("scenario", choices=[scenario.name for scenario in (*SCENARIOS, FULL_PAGE)])
    for section in SECTIONS:
        alone = commands.add_parser(section, help=f"only the {section} table, printed")
        # Also after the section's name; SUPPRESS keeps a --quick given before it.
        alone.add_argument("--quick", action="store_true", default=argparse.SUPPRESS, help="fewer samples")
    root.add_argument("--seconds", type=float, default=6.0, help="measured seconds per load run")
    root.add_argument("--warmup", type=float, default=1.0, help="warm-up seconds before each load run")
    root.add_argument("--connections", type=int, default=32)
    root.add_argument("--rounds", type=int, default=3, help="runs per figure, each on a fresh server")
    root.add_argument("--no-prism", dest="prism", action="store_false", help="skip Prism even when installed")
    root.add_argument("--quick", action="store_true", help="short runs and fewer samples, for trying it out")
    root.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    return root


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = parser().parse_args(argv)
    if args.quick:  # shorter load runs, as defaults: options given outright are kept
        args = parser().parse_args(argv, argparse.Namespace(seconds=2.0, warmup=0.5, rounds=1))
    args.rounds = max(1, args.rounds)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command == "serve":
        serve(args.kind)
    elif args.command in SECTIONS:
        log(f"Scheduling priority: {raise_priority()}")  # as `make bench` measures it
        figures = {args.command: SECTIONS[args.command](args.quick)}
        print(render_figures(f"{args.command}.md.j2", **figures), end="")
    elif args.command == "profile":
        profile(args.scenario, args.seconds, args.connections)
    else:
        started = time.perf_counter()
        text = render_figures("benchmarks.md.j2", **measure_everything(args))
        args.output.write_text(text)
        print(text)
        log(f"Wrote {args.output} in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
