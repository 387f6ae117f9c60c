"""What a change of our spec does to client users, and whether the client's version says so.

    python -m scripts.spec_diff [--base REV] [--json]   # `make spec-diff BASE=REV`
    python -m scripts.spec_diff --check                 # `make client-version-check` (in `make test`)
    python -m scripts.spec_diff --release               # `make client-release`

Without `--base`, the base is spec/released/hex-api.yaml, the spec as last released (`make
client-release` records it). The report is Markdown (or JSON with `--json`): the changes that break
code written against the older client (`breaking.classify`) and the compatible ones. `--check`
fails when a change breaks client users while the spec's `info.version` (the client's version) is
not a new major version with an entry in generated/CHANGELOG.md, when the version changed without
an entry, or when generated/pyproject.toml declares another version. `--release` checks the same,
and that a changed spec has a new version, then records the spec as released.

Exit status: 0 fine, 1 `--check` or `--release` found a problem, 2 a document or git revision cannot be read.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts import client_version
from scripts.breaking import CLIENT, HARMLESS, Impact, classify
from scripts.change_report import as_json, judged, markdown
from scripts.client_version import Version, VersionError, show
from scripts.openapi_diff import SPEC, Change, DiffError, Document, diff, load, parse

ROOT = Path(__file__).resolve().parent.parent
RELEASED = ROOT / "spec" / "released" / "hex-api.yaml"


def at_revision(revision: str, spec: Path = SPEC, root: Path = ROOT) -> Document:
    """The spec as git has it at `revision`."""
    name = f"{revision}:{spec.resolve().relative_to(root.resolve()).as_posix()}"
    result = subprocess.run(["git", "show", name], cwd=root, capture_output=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"cannot read {name} from git: {result.stderr.decode(errors='replace').strip()}")
    return parse(name, result.stdout)


def for_client_users(change: Change) -> Impact:
    impact = classify(change)
    return impact if impact.level == CLIENT else Impact(HARMLESS, "compatible for client users")


def versioning_problems(
    base: Version, head: Version, breaking: bool, entries: set[str], declared: str | None = None
) -> list[str]:
    problems: list[str] = []
    if declared is not None and declared != show(head):
        problems.append(
            f"generated/pyproject.toml declares version {declared!r}; the client's version is the spec's "
            f"info.version, {show(head)}"
        )
    if head < base:
        problems.append(f"info.version {show(head)} is lower than the released {show(base)}")
    if breaking and head[0] <= base[0]:
        problems.append(
            f"these changes break client users: info.version must be a new major version "
            f"(released {show(base)}, now {show(head)})"
        )
    if head != base and show(head) not in entries:
        problems.append(f"generated/CHANGELOG.md has no `## {show(head)}` entry")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec_diff", description=__doc__.splitlines()[0])
    parser.add_argument("--base", metavar="REV", help="a git revision (default: the released spec)")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--released", type=Path, default=RELEASED, help=argparse.SUPPRESS)
    parser.add_argument("--changelog", type=Path, default=client_version.CHANGELOG, help=argparse.SUPPRESS)
    parser.add_argument("--pyproject", type=Path, default=client_version.PYPROJECT, help=argparse.SUPPRESS)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="the classified changes as JSON")
    mode.add_argument("--check", action="store_true", help="fail on an unversioned breaking change")
    mode.add_argument("--release", action="store_true", help="check, then record the spec as released")
    args = parser.parse_args(argv)
    if args.release and args.base:
        parser.error("--release compares with the released spec; leave out --base")
    try:
        before = at_revision(args.base, args.spec) if args.base else load(str(args.released))
        after = load(str(args.spec))
        base_version, head_version = client_version.of(before), client_version.of(after)
    except (DiffError, VersionError) as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    rows = judged(diff(before, after), for_client_users)
    base_label = args.base or "the released spec"
    if args.json:
        print(as_json(rows))
        return 0
    if not (args.check or args.release):
        preamble = [f"Base: {base_label} (client {show(base_version)}). Now: client {show(head_version)}."]
        print(markdown("What this spec change does to client users", preamble, rows), end="")
        return 0
    breaking = any(impact.level == CLIENT for _, impact in rows)
    entries = client_version.changelog_entries(args.changelog)
    declared = client_version.declared(args.pyproject)
    problems = versioning_problems(base_version, head_version, breaking, entries, declared)
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


if __name__ == "__main__":
    sys.exit(main())
