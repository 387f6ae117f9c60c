"""Replay the fuzzing corpus (tests/fuzz/corpus/, grown by `make fuzz`) through both fuzz targets.

Every input there once reached new code in the validation layer or the ASGI pipeline, or is a
hand-written hostile request; none may raise, answer 5xx or answer something that is not JSON.
atheris is not needed: the targets are plain functions (scripts/fuzz.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scripts.fuzz import CORPUS, TARGETS, AsgiTarget, corpus_files, parse, render, seeds, target


@pytest.fixture(scope="module", params=TARGETS)
def harness(request: pytest.FixtureRequest) -> tuple[str, Callable[[bytes], None]]:
    return request.param, target(request.param)


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
