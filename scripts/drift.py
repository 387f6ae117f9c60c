"""Drift from Hex's published document and between releases of our spec: the commands of README's
"Regenerating the client".

    python -m scripts.drift upstream-update FILE_OR_URL   # `make upstream-update` (upstream_snapshot.py)
    python -m scripts.drift upstream-check [--suggest] [--upstream FILE_OR_URL]   # `make upstream-check`
    python -m scripts.drift upstream-diff FILE_OR_URL [--old SNAPSHOT] [--json]  # `make upstream-diff`
    python -m scripts.drift spec-diff [--base REV] [--json]                      # `make spec-diff`
    python -m scripts.drift spec-diff --check     # `make client-version-check` (in `make test`)
    python -m scripts.drift spec-diff --release   # `make client-release`

upstream-check fails on a difference between our spec and Hex's document (default: the snapshot in
spec/upstream/) that spec/departures.yaml does not explain, and on an entry that explains none.
upstream-diff classifies how a new Hex document moved from the snapshot. spec-diff says what our
spec's changes since BASE (default: spec/released/, the spec as last released) do to client users;
`--check` fails where the client's version breaks the rule of scripts/client_version.py; `--release`
also fails on a changed spec with an unchanged version, then records the spec as released.

Exit status: 0 fine, 1 a check found a problem, 2 a document, git revision or the ledger cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts import client_version, departures, openapi_diff, reports, upstream_snapshot
from scripts.breaking import CLIENT, HARMLESS, LEVELS, Impact, classify
from scripts.client_version import show
from scripts.openapi_diff import ABSENT, ROOT, SPEC, Change, DiffError, Document, diff, load, parse

RELEASED = ROOT / "spec" / "released" / "hex-api.yaml"
Rows = list[tuple[Change, Impact]]


def cell(value: Any) -> str:
    text = "" if value is ABSENT else value if isinstance(value, str) else json.dumps(value, default=str)
    return f"`{text}`".replace("|", "\\|") if text else ""


def markdown(title: str, preamble: str, rows: Rows, ledger: str | None = None) -> str:
    """The changes grouped by what they break, and what the ledger check will say when given
    (scripts/templates/changes.md.j2): Markdown a maintainer can paste into a change request."""
    groups = {level: group for level in LEVELS if (group := [row for row in rows if row[1].level == level])}
    return reports.render(
        "changes.md.j2", title=title, preamble=preamble, groups=groups, cell=cell, ledger=ledger
    )


def as_json(rows: Rows) -> str:
    entries = [{**change.as_json(), "impact": impact.level, "why": impact.why} for change, impact in rows]
    return json.dumps(entries, indent=2, default=str)


def upstream_update(args: argparse.Namespace) -> int:
    record = upstream_snapshot.vendor(args.source)
    print(
        f"vendored {record['operations']} operations (info.version {record['info_version']}) "
        f"from {record['obtained_from']} into {upstream_snapshot.DIRECTORY.relative_to(ROOT)}/"
        f"{upstream_snapshot.DOCUMENT}; next: `make upstream-check` (and update spec/departures.yaml, "
        "spec/CURATION.md)"
    )
    return 0


def ledger_verdict(differences: Sequence[Change], ledger: Path) -> departures.Verdict:
    """Hex's document against our spec (`diff(hex, ours)`), judged by the ledger of departures."""
    return departures.judge(differences, departures.load(ledger), departures.headings())


def explain(change: Change) -> str:
    """`GetRunStatus: response 200 field projectVersion: type: Hex "string", ours "integer"`."""
    hex_value, ours = (
        "(absent)" if value is ABSENT else json.dumps(value, default=str, ensure_ascii=False)
        for value in (change.before, change.after)
    )
    return f"{change.operation_id}: {change.where}: {change.kind}: Hex {hex_value}, ours {ours}"


def render(verdict: departures.Verdict, *, suggest: bool) -> str:
    """What is wrong, in words (scripts/templates/upstream-check.txt.j2); with `suggest`, ledger stubs."""
    stubs = suggest and yaml.safe_dump(
        {"departures": departures.suggest(verdict.unexplained)},
        sort_keys=False,
        width=110,
        default_flow_style=None,
    )
    unexplained = [explain(change) for change in verdict.unexplained]
    return reports.render(
        "upstream-check.txt.j2", verdict=verdict, unexplained=unexplained, stubs=stubs
    ).removesuffix("\n")


def upstream_check(args: argparse.Namespace) -> int:
    upstream = load(args.upstream or str(upstream_snapshot.verify()))
    verdict = ledger_verdict(diff(upstream, load(str(args.spec))), args.ledger)
    if verdict.ok:
        print(f"every difference between {args.spec.name} and Hex's document is in spec/departures.yaml")
        return 0
    print(render(verdict, suggest=args.suggest), file=sys.stderr)
    return 1


def hex_changes(before: Document, theirs: Document, ours: Document, ours_differ: list[Change]) -> Rows:
    """Hex's changes from `before` to `theirs`, judged against our spec; `ours_differ` is
    `diff(theirs, ours)`."""
    curated = openapi_diff.operations(ours)
    # Where our spec still differs from the new document; a change of Hex's that leaves no difference
    # there is one our spec already made.
    still_different = {where(change) for change in ours_differ}

    def judge(change: Change) -> Impact:
        if change.operation_id not in curated:
            return Impact(HARMLESS, "not in the curated inventory")
        if where(change) not in still_different:
            return Impact(HARMLESS, "our spec already says so")
        return classify(change)

    return [(change, judge(change)) for change in diff(before, theirs)]


def where(change: Change) -> tuple[str, str, str]:
    """Operation, location and kind, with "field added" and "field removed" both "field"."""
    kind = change.kind.removesuffix(" added").removesuffix(" removed")
    return change.operation_id, change.location, kind


def upstream_diff(args: argparse.Namespace) -> int:
    # Each document is read once (the new one may be a URL), and compared with our spec once.
    old = args.old or upstream_snapshot.verify()
    theirs, ours = load(args.new), load(str(args.spec))
    ours_differ = diff(theirs, ours)
    rows = hex_changes(load(str(old)), theirs, ours, ours_differ)
    if args.json:
        print(as_json(rows))
        return 0
    verdict = ledger_verdict(ours_differ, args.ledger)
    preamble = f"Old: `{old.name}` (the vendored snapshot). New: `{args.new}`."
    ledger = "" if verdict.ok else render(verdict, suggest=False)
    print(markdown("Hex's OpenAPI document: what changed", preamble, rows, ledger), end="")
    return 0


def at_revision(revision: str, spec: Path = SPEC, root: Path = ROOT) -> dict[str, Any]:
    name = f"{revision}:{spec.resolve().relative_to(root.resolve()).as_posix()}"
    result = subprocess.run(["git", "show", name], cwd=root, capture_output=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"cannot read {name} from git: {result.stderr.decode(errors='replace').strip()}")
    return parse(name, result.stdout)


def for_client_users(change: Change) -> Impact:
    impact = classify(change)
    return impact if impact.level == CLIENT else Impact(HARMLESS, "compatible for client users")


def spec_diff(args: argparse.Namespace) -> int:
    before = at_revision(args.base, args.spec) if args.base else load(str(args.released))
    after = load(str(args.spec))
    base_version, head_version = client_version.of(before), client_version.of(after)
    rows = [(change, for_client_users(change)) for change in diff(before, after)]
    base_label = args.base or "the released spec"
    if args.json:
        print(as_json(rows))
        return 0
    if not (args.check or args.release):
        preamble = f"Base: {base_label} (client {show(base_version)}). Now: client {show(head_version)}."
        print(markdown("What this spec change does to client users", preamble, rows), end="")
        return 0
    breaking = any(impact.level == CLIENT for _, impact in rows)
    problems = client_version.problems(base_version, head_version, breaking, args.changelog, args.pyproject)
    if args.release and rows and head_version == base_version:
        problems.append(
            f"the spec changed since {show(base_version)} was released: give it a new info.version"
        )
    if problems:
        print(f"client version check against {base_label} failed:", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        print("`make spec-diff` lists the changes.", file=sys.stderr)
        return 1
    if args.release:
        shutil.copyfile(args.spec, args.released)
        print(f"released client {show(head_version)}: {args.released.name} recorded; commit it")
        return 0
    print(f"client {show(head_version)}: versioned as its changes since {base_label} require")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = root.add_subparsers(dest="command", required=True)
    update = commands.add_parser("upstream-update", help="vendor Hex's document into spec/upstream/")
    update.add_argument(
        "source", metavar="FILE_OR_URL", help=f"JSON, such as {upstream_snapshot.PUBLISHED_AT}"
    )
    update.set_defaults(run=upstream_update)
    check = commands.add_parser("upstream-check", help="fail on differences the ledger does not explain")
    check.add_argument("--upstream", metavar="FILE_OR_URL", help="default: the snapshot in spec/upstream/")
    check.add_argument("--suggest", action="store_true", help="print ledger stubs for what is unexplained")
    check.set_defaults(run=upstream_check)
    new = commands.add_parser("upstream-diff", help="what a new Hex document changes and breaks")
    new.add_argument("new", metavar="FILE_OR_URL", help="Hex's new document")
    new.add_argument("--old", type=Path, help="default: the snapshot in spec/upstream/")
    new.add_argument("--json", action="store_true", help="the classified changes as JSON")
    new.set_defaults(run=upstream_diff)
    ours = commands.add_parser("spec-diff", help="what our spec's changes do to client users")
    ours.add_argument("--base", metavar="REV", help="a git revision (default: the released spec)")
    ours.add_argument("--released", type=Path, default=RELEASED, help=argparse.SUPPRESS)
    ours.add_argument("--changelog", type=Path, default=client_version.CHANGELOG, help=argparse.SUPPRESS)
    ours.add_argument("--pyproject", type=Path, default=client_version.PYPROJECT, help=argparse.SUPPRESS)
    mode = ours.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="the classified changes as JSON")
    mode.add_argument("--check", action="store_true", help="fail on an unversioned breaking change")
    mode.add_argument("--release", action="store_true", help="check, then record the spec as released")
    ours.set_defaults(run=spec_diff)
    for command in (check, new, ours):
        command.add_argument("--spec", type=Path, default=SPEC)
    for command in (check, new):
        command.add_argument("--ledger", type=Path, default=departures.LEDGER)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "spec-diff" and args.release and args.base:
        parser().error("--release compares with the released spec; leave out --base")
    try:
        status: int = args.run(args)
        sys.stdout.flush()  # a reader that stopped early (`| head`) shows here, not at exit
    except DiffError as error:
        print(f"{args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Python's own flush at exit would fail again and print a traceback: point stdout elsewhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
