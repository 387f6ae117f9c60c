"""How hard the contract suite pushes: the CI profile (`make test`) or the deep one (`make contract-deep`).

Both are deterministic for a given seed. The CI profile always uses the same seed, so CI is
reproducible run to run; the deep profile draws a new seed each run (to explore new inputs over
time) unless `HEX_CONTRACT_SEED` pins one. Either way the seed is printed at the end of the run and
attached to every failure, so `HEX_CONTRACT_SEED=<seed> make contract-deep` replays it.
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

PROFILE_ENV = "HEX_CONTRACT_PROFILE"
SEED_ENV = "HEX_CONTRACT_SEED"

CI_SEED = 20250106


@dataclass(frozen=True)
class Profile:
    name: str
    # Fuzzed cases per operation (on top of the spec's examples and schemathesis's coverage cases).
    max_examples: int
    # The same, for the pass against the mock that checks its own replies (validate_responses=True).
    strict_max_examples: int
    # Scenarios per state machine, and the most calls one scenario makes.
    stateful_examples: int
    stateful_steps: int
    # "positive" keeps every step of a chain valid so the chain gets deep; "all" mixes in invalid
    # steps (negative data is fuzzed per operation by test_operations.py either way).
    stateful_mode: str
    # Fuzzed cases per operation against a live server (`make contract-live`), which is slower and
    # rate limited.
    live_max_examples: int
    # Whether the coverage phase (boundary values, missing parameters, wrong methods...) runs.
    coverage: bool


PROFILES = {
    "ci": Profile(
        name="ci",
        max_examples=30,
        strict_max_examples=10,
        stateful_examples=50,
        stateful_steps=8,
        stateful_mode="positive",
        live_max_examples=5,
        coverage=True,
    ),
    "deep": Profile(
        name="deep",
        max_examples=300,
        strict_max_examples=60,
        stateful_examples=200,
        stateful_steps=15,
        stateful_mode="all",
        live_max_examples=50,
        coverage=True,
    ),
}


def resolve_profile(environ: Mapping[str, str]) -> Profile:
    name = environ.get(PROFILE_ENV, "ci")
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"{PROFILE_ENV}={name!r}: expected one of {', '.join(PROFILES)}") from None


def resolve_seed(environ: Mapping[str, str]) -> int:
    """HEX_CONTRACT_SEED, else fixed for the CI profile and fresh for the deep one."""
    pinned = environ.get(SEED_ENV)
    if pinned:
        try:
            return int(pinned)
        except ValueError:
            raise ValueError(f"{SEED_ENV}={pinned!r}: expected an integer") from None
    if resolve_profile(environ).name == "ci":
        return CI_SEED
    return random.SystemRandom().randrange(2**32)


def active_profile() -> Profile:
    return resolve_profile(os.environ)


@cache
def active_seed() -> int:
    """The run's seed, drawn once per process (see `resolve_seed`)."""
    return resolve_seed(os.environ)


def replay_hint(*, live: bool = False) -> str:
    profile, seed = active_profile(), active_seed()
    if live:
        command = (
            f"{SEED_ENV}={seed} {PROFILE_ENV}={profile.name} make contract-live HEX_API_URL=... (same token)"
        )
    elif profile.name == "deep":
        command = f"{SEED_ENV}={seed} make contract-deep"
    else:
        command = "make test, or: uv run --frozen --extra dev pytest tests/contract"
    return f"hex contract suite: profile={profile.name} seed={seed} (replay: {command})"
