"""Replay the fuzzing corpus (tests/fuzz/corpus/, grown by `make fuzz`) through both fuzz targets.

Every input there once reached new code in the validation layer or the ASGI pipeline, or is a
hand-written hostile request; none may raise, answer 5xx or answer something that is not JSON.
atheris is not needed: the targets are plain functions (scripts/fuzz.py).
"""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts import fuzz
from scripts.fuzz import CORPUS, TARGETS, AsgiTarget, corpus_files, parse, render, seeds


@pytest.fixture(scope="module", params=TARGETS)
def harness(request: pytest.FixtureRequest) -> tuple[str, Callable[[bytes], None]]:
    return request.param, TARGETS[request.param]()


def test_every_corpus_input_is_handled(harness: tuple[str, Callable[[bytes], None]]) -> None:
    name, run = harness
    files = corpus_files(name)
    assert len(files) >= 50, f"the {name} corpus is missing: run `python -m scripts.fuzz --seed`"
    failures = []
    for path in files:
        try:
            run(path.read_bytes())
        except Exception as error:  # report every failing input, not just the first
            failures.append(f"{path.relative_to(CORPUS)}: {type(error).__name__}: {error}")
    assert failures == []


def test_the_whole_corpus_in_one_workspace() -> None:
    """Inputs that store something (a name no encoder can write, a record that breaks a sort) fail
    on a later input, so the corpus also runs through one workspace without resets."""
    running = AsgiTarget(reset=False)
    running.mock.set_kernel_capacity(1_000_000)  # 503 for a full workspace is Hex's, not a bug
    failures = []
    for name in TARGETS:
        for path in corpus_files(name):
            try:
                running(path.read_bytes())
            except Exception as error:
                failures.append(f"{path.relative_to(CORPUS)}: {type(error).__name__}: {error}")
    assert failures == []


def test_the_seeds_are_in_the_corpus() -> None:
    for name in TARGETS:
        present = {path.read_bytes() for path in corpus_files(name)}
        assert [seed for seed in seeds() if seed not in present] == [], (
            f"{name}: run `python -m scripts.fuzz --seed`"
        )


def test_the_input_format_round_trips() -> None:
    for seed in seeds():
        assert render(parse(seed)) == seed


def test_seed_writes_each_missing_seed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fuzz, "CORPUS", tmp_path)
    monkeypatch.setattr(fuzz, "ROOT", tmp_path.parent)
    assert fuzz.main(["--seed"]) == 0
    assert sorted(path.read_bytes() for path in fuzz.corpus_files("asgi")) == sorted(set(seeds()))
    assert fuzz.write_seeds() == 0


@pytest.mark.parametrize("merge", [False, True])
def test_libfuzzer_writes_new_inputs_into_the_corpus_only_when_merging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merge: bool
) -> None:
    """atheris replaced by a recorder: what a run is given (its bounds and corpus directories)."""
    setup: list[list[str]] = []
    atheris = types.SimpleNamespace(instrument_all=lambda: None, Setup=lambda argv, _: setup.append(argv))
    monkeypatch.setitem(sys.modules, "atheris", types.SimpleNamespace(**vars(atheris), Fuzz=lambda: None))
    monkeypatch.setattr(fuzz, "ARTIFACTS", tmp_path / ".fuzz")
    stale = tmp_path / ".fuzz" / "validation-new" / "from-an-earlier-run"
    stale.parent.mkdir(parents=True)
    stale.touch()

    fuzz.main(["--target", "validation", "--runs", "7", "--seconds", "3", *(["--merge"] if merge else [])])

    [argv] = setup
    assert {"-runs=7", "-max_total_time=3"} <= set(argv)
    # libFuzzer reads every corpus directory and writes what it finds into the first one.
    directories = [argument for argument in argv[1:] if not argument.startswith("-")]
    corpus = str(CORPUS / "validation")
    assert directories == ([corpus] if merge else [str(stale.parent), corpus])
    assert stale.exists() == merge  # a scratch directory starts empty


def test_each_target_runs_in_a_child_whose_executions_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[list[str]] = []

    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        kwargs["stderr"].write("#42\tDONE\nstat::number_of_executed_units: 42\n")
        return subprocess.CompletedProcess(command, 1 if "asgi" in command else 0)

    monkeypatch.setattr(fuzz, "ARTIFACTS", tmp_path)
    monkeypatch.setattr(subprocess, "run", run)

    executed = fuzz.fuzz_each(9, 5, merge=True)

    assert executed == {"validation": 42, "asgi (FAILED: see .fuzz/)": 42}
    assert [command[command.index("--target") + 1] for command in commands] == list(TARGETS)
    assert all({"--runs", "9", "--seconds", "5", "--merge"} <= set(command) for command in commands)
    assert fuzz.main(["--runs", "9"]) == 1  # a target that failed fails the run
