"""`make conformance`: the schemathesis CLI, with the committed schemathesis.toml, against the served mock.

    python -m scripts.conformance [--seed N] [--max-time SECONDS] [ST_RUN_OPTIONS...]

The mock serves the demo workspace with every rate-limit group lifted: thousands of requests a
minute would otherwise test the limiter alone.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from hex_mock.spec import load_spec
from hex_mock.testing import ProcessServer

ROOT = Path(__file__).resolve().parent.parent


def unlimited() -> list[str]:
    """`hex-mock serve` options lifting every rate-limit group the spec defines."""
    groups = load_spec().rate_limit_budgets
    return [option for group in groups for option in ("--rate-limit", f"{group}=none")]


def st_command(base_url: str, seed: int, st_args: Sequence[str]) -> list[str]:
    """The plain CLI call a user makes from the repository root, with a seed."""
    cli = [sys.executable, "-m", "schemathesis.cli", "run", f"{base_url}/openapi.json"]
    return [*cli, "--url", f"{base_url}/api", "--seed", str(seed), *st_args]


def run(seed: int, st_args: Sequence[str], *, timeout: float) -> int:
    """The CLI's exit status against a freshly served mock (cut off, and failed, after `timeout`)."""
    with ProcessServer(*unlimited(), cwd=ROOT) as server:
        try:
            command = st_command(server.base_url, seed, st_args)
            return subprocess.run(command, cwd=ROOT, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            print(f"conformance: the run took more than {timeout:g} s and was stopped", file=sys.stderr)
            return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.conformance",
        description=__doc__.split("\n\n")[0],
        epilog="Other options go to `st run`.",
    )
    parser.add_argument("--seed", type=int, help="replay this seed (default: a fresh one, printed)")
    parser.add_argument("--max-time", type=int, help="time budget in seconds (fuzzing and stateful fill it)")
    args, st_args = parser.parse_known_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    print(f"conformance seed: {seed} (replay: make conformance CONFORMANCE_SEED={seed})", flush=True)
    if args.max_time is None:
        return run(seed, st_args, timeout=600)
    # A run's own budget plus room for its last requests and the report; beyond that it hangs.
    return run(seed, [*st_args, "--max-time", str(args.max_time)], timeout=args.max_time + 300)


if __name__ == "__main__":
    sys.exit(main())
