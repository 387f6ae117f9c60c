"""Fail on any difference between our spec and Hex's document that the ledger of departures does not
explain, and on any ledger entry that no longer explains one (`make upstream-check`, run by `make test`).

    python -m scripts.upstream_check             # spec/hex-api.yaml against the snapshot in spec/upstream/
    python -m scripts.upstream_check --suggest   # also print ledger stubs for the unexplained differences
    python -m scripts.upstream_check --upstream FILE_OR_URL   # against another document of Hex's

Exit status: 0 every difference explained and no entry stale, 1 otherwise, 2 a document or the
ledger cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts import departures, reports, upstream_snapshot
from scripts.openapi_diff import ABSENT, SPEC, Change, DiffError, diff, load


def check(
    upstream: str,
    spec: Path = SPEC,
    ledger: Path = departures.LEDGER,
    curation: Path = departures.CURATION,
) -> departures.Verdict:
    changes = diff(load(upstream), load(str(spec)))
    return departures.judge(changes, departures.load(ledger), departures.headings(curation))


def show(value: Any) -> str:
    return "(absent)" if value is ABSENT else json.dumps(value, default=str, ensure_ascii=False)


def explain(change: Change) -> str:
    """`GetRunStatus: response 200 field projectVersion: type: Hex "string", ours "integer"`."""
    difference = change.difference
    return f"{change.what}: {difference.kind}: Hex {show(difference.before)}, ours {show(difference.after)}"


def render(verdict: departures.Verdict, *, suggest: bool) -> str:
    """What is wrong, in words (scripts/templates/upstream-check.txt.j2); with `suggest`, ledger stubs."""
    stubs = suggest and yaml.safe_dump(
        {"departures": departures.suggest(verdict.unexplained)},
        sort_keys=False,
        width=110,
        default_flow_style=None,
    )
    return reports.render(
        "upstream-check.txt.j2", verdict=verdict, explain=explain, stubs=stubs
    ).removesuffix("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="upstream_check", description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", metavar="FILE_OR_URL", help="default: the snapshot in spec/upstream/")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--ledger", type=Path, default=departures.LEDGER)
    parser.add_argument("--suggest", action="store_true", help="print ledger stubs for what is unexplained")
    args = parser.parse_args(argv)
    try:
        upstream = args.upstream or str(upstream_snapshot.verify())
        verdict = check(upstream, args.spec, args.ledger)
    except (DiffError, departures.LedgerError, upstream_snapshot.SnapshotError) as error:
        print(f"upstream-check: {error}", file=sys.stderr)
        return 2
    if verdict.ok:
        print(f"every difference between {args.spec.name} and Hex's document is in spec/departures.yaml")
        return 0
    print(render(verdict, suggest=args.suggest), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
