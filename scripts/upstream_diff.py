"""What a new Hex document changes and what that breaks, as a Markdown report (`make upstream-diff`).

    python -m scripts.upstream_diff FILE_OR_URL [--old SNAPSHOT] [--spec spec/hex-api.yaml] [--json]

Compares the new document with the vendored snapshot (how Hex's document moved) and classifies each
change with `breaking.classify`; changes to operations outside our curated inventory, and changes
our spec already made (where it agrees with the new document), are harmless to the kit. A last
section runs the ledger check of `upstream_check` against the new document: what the curated spec
and spec/departures.yaml will have to say once the new document is vendored. `--json` prints the
classified changes alone, as JSON.

Exit status: 0 the report was written, 2 a document or the ledger cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts import departures, upstream_check, upstream_snapshot
from scripts.breaking import HARMLESS, Impact, classify
from scripts.change_report import as_json, judged, markdown
from scripts.openapi_diff import SPEC, Change, DiffError, diff, load, operations


def classified(new: str, old: Path, spec: Path = SPEC) -> list[tuple[Change, Impact]]:
    ours, theirs = load(str(spec)), load(new)
    curated = operations(ours)
    # Where our spec still differs from the new document; a change of Hex's that leaves no difference
    # there is one our spec already made.
    still_different = {where(change) for change in diff(theirs, ours)}

    def judge(change: Change) -> Impact:
        if change.operation_id not in curated:
            return Impact(HARMLESS, "not in the curated inventory")
        if where(change) not in still_different:
            return Impact(HARMLESS, "our spec already says so")
        return classify(change)

    return judged(diff(load(str(old)), theirs), judge)


def where(change: Change) -> tuple[str, str, str]:
    """Operation, location and kind, with "field added" and "field removed" both "field"."""
    kind = change.difference.kind.removesuffix(" added").removesuffix(" removed")
    return change.operation_id, change.difference.location, kind


def report(new: str, old: Path, spec: Path = SPEC, ledger: Path = departures.LEDGER) -> str:
    preamble = [f"Old: `{old.name}` (the vendored snapshot). New: `{new}`."]
    text = markdown("Hex's OpenAPI document: what changed", preamble, classified(new, old, spec))
    verdict = upstream_check.check(new, spec, ledger)
    ledger_section = ["", "## Our spec against the new document", ""]
    if verdict.ok:
        ledger_section.append("spec/departures.yaml explains every difference; nothing in it goes stale.")
    else:
        ledger_section += [
            "After `make upstream-update`, `make upstream-check` will report:",
            "",
            "```",
            upstream_check.render(verdict, suggest=False),
            "```",
        ]
    return text + "\n".join(ledger_section) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="upstream_diff", description=__doc__.splitlines()[0])
    parser.add_argument("new", metavar="FILE_OR_URL", help="Hex's new document")
    parser.add_argument("--old", type=Path, help="default: the snapshot in spec/upstream/")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--json", action="store_true", help="the classified changes as JSON")
    args = parser.parse_args(argv)
    try:
        old = args.old or upstream_snapshot.verify()
        if args.json:
            print(as_json(classified(args.new, old, args.spec)))
        else:
            print(report(args.new, old, args.spec), end="")
    except (DiffError, departures.LedgerError, upstream_snapshot.SnapshotError) as error:
        print(f"upstream-diff: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
