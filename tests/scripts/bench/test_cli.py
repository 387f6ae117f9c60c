"""`python -m scripts.bench`'s options and its sections printed alone; the in-process measurements
run (on small workspaces and few samples: what they measure is never asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import bench, bench_inprocess
from scripts.bench_durable import SIZES, DurableCost, DurableFigures, durable_cost, fsync_floor_ms
from scripts.bench_inprocess import WorkspaceCosts, workspace_costs
from scripts.bench_workspace import Size


def test_defaults_and_quick_runs() -> None:
    full = bench.parse([])
    assert (full.seconds, full.warmup, full.rounds, full.connections) == (6.0, 1.0, 3, 32)
    assert full.prism
    assert full.output.name == "BENCHMARKS.md"
    quick = bench.parse(["--quick", "--no-prism", "--output", "x.md"])
    assert (quick.seconds, quick.warmup, quick.rounds) == (2.0, 0.5, 1)
    assert not quick.prism
    assert quick.output == Path("x.md")
    # What is given outright wins over --quick's shorter runs.
    assert bench.parse(["--quick", "--seconds", "4", "--rounds", "0"]).seconds == 4.0
    assert bench.parse(["--rounds", "0"]).rounds == 1


@pytest.mark.parametrize("section", ["durable", "workspaces"])
def test_a_section_alone_takes_quick_before_or_after_its_name(section: str) -> None:
    assert bench.parse(["--quick", section]).quick
    assert bench.parse([section, "--quick"]).quick
    assert not bench.parse([section]).quick


def test_profile_knows_every_scenario() -> None:
    names = [scenario.name for scenario in (*bench.SCENARIOS, bench.FULL_PAGE)]
    assert bench.parse(["profile", names[-1]]).scenario == names[-1]
    with pytest.raises(SystemExit):
        bench.parse(["profile", "NoSuchScenario"])


def test_the_workspaces_section_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[int] = []

    def costs(samples: int) -> WorkspaceCosts:
        asked.append(samples)
        return WorkspaceCosts(20.0, 20.2, 26.0, 3.0)

    monkeypatch.setattr(bench, "workspace_costs", costs)
    monkeypatch.setattr(bench, "raise_priority", lambda: "normal")
    assert bench.main(["--quick", "workspaces"]) == 0
    text = capsys.readouterr().out
    assert asked == [500]
    assert text.startswith("## 100 workspaces in one mock")
    assert "- Within 10% of one workspace: 1.30x, **miss**." in text


def test_the_durable_section_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[int] = []

    def costs(writes: int) -> DurableFigures:
        asked.append(writes)
        return DurableFigures(0.5, 0.1, [DurableCost(size, 1.0, 1.0, 2.0, 0.8, 0.1) for size in SIZES])

    monkeypatch.setattr(bench, "durable_costs", costs)
    monkeypatch.setattr(bench, "raise_priority", lambda: "normal")
    assert bench.main(["durable"]) == 0
    text = capsys.readouterr().out
    assert asked == [300]
    assert text.startswith("## Durable writes and restart (`--state-file`)")
    assert (
        "| 100 projects, 1,000 runs | 1.0 MiB | 1.00 ms | 2.00 ms | 0.80 ms | 1.25x | 1.00x | 0.10 s |"
        in text
    )
    assert "- Flat in the workspace's size (largest/smallest ≤ 1.5x): 1.00x, pass." in text


def test_a_durable_write_is_measured_against_the_floor_sampled_beside_it(tmp_path: Path) -> None:
    cost = durable_cost(tmp_path, Size(projects=5, runs=10, users=2, groups=1, collections=1), 4, 1)
    assert cost.write_ms > 0
    assert cost.floor_ms > 0
    assert cost.restart_s > 0
    assert cost.file_mib > 0
    assert fsync_floor_ms(tmp_path, 3, in_place=True) > 0
    assert list(tmp_path.glob("fsync-floor*")) == []  # the probe cleans up after itself


def test_many_workspaces_are_measured() -> None:
    costs = workspace_costs(samples=2, rounds=1)
    assert min(costs.lone_us, costs.default_us, costs.created_us, costs.memory_mib) > 0


def test_page_costs_are_measured_on_both_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_inprocess, "LARGE", Size(projects=150, runs=1_500, users=15))
    costs = bench_inprocess.page_costs(samples=2)
    assert [cost.operation for cost in costs] == [
        "GetProject",
        "ListProjects, limit 100, first page",
        "ListProjects, limit 40, second page (cursor)",
        "GetProjectRuns, limit 10",
        "GetRunStatus",
        "RunProject",
    ]
    assert all(cost.small_us > 0 and cost.large_us > 0 for cost in costs)
