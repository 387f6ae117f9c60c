"""Prove that drift is caught: apply deliberate mutations one at a time and require a check to fail.

    python scripts/mutation_check.py              # every mutation; exit 1 if any survives
    python scripts/mutation_check.py --list       # name, area, checks and description of each
    python scripts/mutation_check.py --verify     # only check that every mutation still applies
    python scripts/mutation_check.py --only mock-delete-does-not-delete --only spec-drop-enum-value

A mutation is `tests/mutations/<area>-<what-breaks>.patch`: header lines, a blank line, then a `git
diff`. Headers: `Description: <one line>`; optional `Checks: <comma list>` (default: the checks whose
inputs the diff touches, and pytest) and `Pytest-Paths: <paths>` (default: the fast suite). Patched
Python must still compile and YAML still parse: a mutation changes behaviour, not syntax.

The checks (those of `make test`) run in scratch copies of the working tree, once the unmutated copy
passed them. A broken patch or a failing unmutated copy stops the run (exit 2): update the patch.
"""

from __future__ import annotations

import argparse
import email.parser
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import xml.etree.ElementTree as ElementTree
from argparse import Namespace, RawDescriptionHelpFormatter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from subprocess import DEVNULL, PIPE, STDOUT

import yaml

ROOT = Path(__file__).resolve().parent.parent
MUTATIONS_DIR = ROOT / "tests" / "mutations"
AREAS = ("spec", "mock", "client")

SPEC_CHECK = "spec-check"
CHECK_GENERATED = "check-generated"
PYTEST = "pytest"
# The checks in run order, with the path prefixes they read: a mutation touching none of a check's
# inputs skips it (it would just repeat the baseline's pass). pytest reads everything.
CHECK_INPUTS = {
    SPEC_CHECK: ("spec/", "hex_mock/validation.py", "hex_mock/_oas_validators.py", "scripts/spec_check.py"),
    CHECK_GENERATED: ("spec/", "generated/", "scripts/generate_client.py"),
    PYTEST: ("",),
}
DEFAULT_CHECKS = tuple(CHECK_INPUTS)
SCRIPT_CHECKS = {
    SPEC_CHECK: ["scripts/spec_check.py", "spec/hex-api.yaml"],
    CHECK_GENERATED: ["scripts/generate_client.py", "--check"],
}

SHOWN_FAILURES = 3  # failing test ids shown per mutation
SUITE_LAST = ("tests/browser", "tests/docs", "tests/reliability", "tests/contract")
SELF_TEST = "tests/scripts/test_mutation_check.py"
JUNIT_REPORT = ".mutation-check-junit.xml"  # in the copy, rewritten by each pytest phase
PYTEST_NO_TESTS = 5  # pytest's exit status when it collected nothing (or deselected everything)
# pytest's assertion-diff chatter: the lines around it say more.
_ASSERTION_NOISE = ("Omitting ", "Use -v", "Full diff", "Differing items:")
# libyaml's safe loader when PyYAML has it: parsing the 5,700-line spec in pure Python takes a second.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DIFF_FILE = re.compile(r"^diff --git a/\S+ b/(\S+)$", re.MULTILINE)


class MutationError(Exception):
    """Why the run stops (exit 2): a broken patch, code imported from outside the copy, a failing baseline."""


@dataclass(frozen=True)
class Mutation:
    name: str
    description: str
    checks: tuple[str, ...]
    pytest_paths: tuple[str, ...] = ()  # empty: the whole fast suite
    diff: str = ""  # empty: the baseline, the copy as it is
    paths: tuple[str, ...] = ()  # the files the diff touches

    @property
    def area(self) -> str:
        return self.name.partition("-")[0]

    @property
    def checks_label(self) -> str:
        paths = " ".join(self.pytest_paths)
        return ", ".join(f"{check}[{paths}]" if check == PYTEST and paths else check for check in self.checks)


BASELINE = Mutation("baseline", "the unmutated copy", DEFAULT_CHECKS)


def parse_mutation(name: str, text: str) -> Mutation:
    message = email.parser.HeaderParser().parsestr(text)
    diff = str(message.get_payload())
    paths = tuple(dict.fromkeys(_DIFF_FILE.findall(diff)))
    unknown = [key for key in message if key not in ("Description", "Checks", "Pytest-Paths")]
    if unknown or message.defects:  # a line that is no `Name: value` header starts the payload early
        raise MutationError(f"mutation {name!r}: unknown header line {(unknown or diff.splitlines())[0]!r}")
    if not paths:
        raise MutationError(f"mutation {name!r}: no diff after the header lines and a blank line")
    if not message["Description"]:
        raise MutationError(f"mutation {name!r}: the Description header is missing")
    if name.partition("-")[0] not in AREAS:
        raise MutationError(f"mutation {name!r}: the name must start with an area, one of {AREAS}")
    needed = [check for check, inputs in CHECK_INPUTS.items() if any(p.startswith(inputs) for p in paths)]
    checks = [check.strip() for check in message.get("Checks", ",".join(needed)).split(",")]
    if not set(checks) <= set(DEFAULT_CHECKS):
        raise MutationError(f"mutation {name!r}: Checks must be a non-empty subset of {DEFAULT_CHECKS}")
    skipped = [check for check in needed if check not in checks and check != PYTEST]
    if skipped:
        raise MutationError(f"mutation {name!r} edits what {skipped[0]} reads: run it")
    in_order = tuple(check for check in DEFAULT_CHECKS if check in checks)
    pytest_paths = tuple(message.get("Pytest-Paths", "").split())
    return Mutation(name, message["Description"], in_order, pytest_paths, diff, paths)


def load_mutations(directory: Path = MUTATIONS_DIR) -> list[Mutation]:
    return [parse_mutation(path.stem, path.read_text("utf-8")) for path in sorted(directory.glob("*.patch"))]


def apply_mutation(mutation: Mutation, tree: Path) -> None:
    """Patch the files under `tree` (nothing is written unless all of the diff applies)."""
    name = mutation.name
    # No repository above `tree` is searched: the diff's paths are relative to `tree` itself.
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tree.resolve().parent)}
    command = ["git", "apply", "--whitespace=nowarn", "-"]
    applied = subprocess.run(command, cwd=tree, env=env, input=mutation.diff, capture_output=True, text=True)
    if applied.returncode != 0:
        raise MutationError(
            f"mutation {name!r} no longer applies ({applied.stderr.strip()}); "
            f"the code changed: update tests/mutations/{name}.patch"
        )
    for file in (tree / path for path in mutation.paths if (tree / path).exists()):  # not deleted
        try:
            if file.suffix == ".py":
                compile(file.read_text("utf-8"), str(file), "exec", dont_inherit=True)
            elif file.suffix in (".yaml", ".yml"):
                yaml.load(file.read_text("utf-8"), Loader=_YAML_LOADER)
        except (SyntaxError, yaml.YAMLError) as error:
            raise MutationError(f"mutation {name!r}: {file.name} no longer parses: {error}") from None


def verify_mutations(tree: Path, mutations: Iterable[Mutation]) -> list[str]:
    """Every problem applying each mutation to `tree` would hit (`tree` itself is not written)."""
    problems: list[str] = []
    for mutation in mutations:
        with tempfile.TemporaryDirectory(prefix="hex-mutation-verify-") as scratch:
            copy_files(tree, [path for path in mutation.paths if (tree / path).is_file()], Path(scratch))
            try:
                apply_mutation(mutation, Path(scratch))
            except MutationError as error:
                problems.append(str(error))
    return problems


def copy_repository(root: Path, destination: Path) -> int:
    """Copy the tracked and the untracked non-ignored files, as the working tree has them; how many."""
    command = ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listing = subprocess.check_output(command, text=True)
    names = sorted({name for name in listing.split("\0") if name and (root / name).is_file()})  # not deleted
    copy_files(root, names, destination)
    return len(names)


def copy_files(root: Path, names: Iterable[str], destination: Path) -> None:
    for name in names:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, destination / name)


@dataclass(frozen=True)
class CheckResult:
    check: str
    returncode: int | None  # None: timed out
    seconds: float
    output: str
    failures: tuple[tuple[str, str], ...] = ()  # (test id, its exception in short) of each failed test

    @property
    def failed(self) -> bool:
        return self.returncode != 0

    @property
    def message(self) -> str:
        """One line saying why the check failed ("" when it passed)."""
        if not self.failed:
            return ""
        if self.returncode is None:
            return "timed out"
        if self.failures:
            return self.failures[0][1] or self.failures[0][0]
        output = self.output.splitlines()
        # The drift report indents one line per problem under its header; pytest without a JUnit
        # report (a usage error, a crash) ends with what went wrong, spec-check starts with it.
        drift = [line for line in output if self.check == CHECK_GENERATED and re.match(r"  \S", line)]
        lines = drift or [line for line in output if line.strip()] or [f"exit {self.returncode}"]
        return (lines[-1] if self.check == PYTEST else lines[0]).strip()

    @property
    def label(self) -> str:
        if self.returncode is None:
            return f"{self.check} (timed out after {self.seconds:.0f}s)"
        if self.check != PYTEST:
            return self.check
        ids = list(dict.fromkeys(test_id for test_id, _ in self.failures))
        if not ids:
            return f"{PYTEST} (exit {self.returncode})"
        hidden = len(ids) - SHOWN_FAILURES
        return f"{PYTEST}: {', '.join(ids[:SHOWN_FAILURES])}" + (f" (+{hidden} more)" if hidden > 0 else "")


@dataclass(frozen=True)
class MutationResult:
    mutation: Mutation
    checks: list[CheckResult]

    @property
    def caught(self) -> bool:
        return any(check.failed for check in self.checks)

    @property
    def seconds(self) -> float:
        return sum(check.seconds for check in self.checks)

    @property
    def caught_by(self) -> str:
        return "; ".join(check.label for check in self.checks if check.failed) or "-"


def check_commands(check: str, tree: Path, maxfail: int, pytest_paths: Sequence[str] = ()) -> list[list[str]]:
    if check in SCRIPT_CHECKS:
        return [[sys.executable, *SCRIPT_CHECKS[check]]]
    # `pytest tests` in two phases, the long-running directories last: a mutation a focused test
    # catches need not wait for them, nor for their collection (pytest collects all it is given first).
    late = [entry for entry in SUITE_LAST if (tree / entry).exists()]
    first = ["tests", *(f"--ignore={entry}" for entry in late)]
    phases = [list(pytest_paths)] if pytest_paths else [first, late]
    pytest = [
        *(sys.executable, "-m", "pytest", f"--maxfail={maxfail}", "-q", "-p", "no:randomly"),
        *("-m", "not slow", "--tb=short", "--color=no", "-o", "junit_family=xunit1"),
        f"--junitxml={JUNIT_REPORT}",
        # This script's own tests check that every mutation applies to the tree they run in, so
        # inside a mutated copy they would always fail: machinery, not a catch.
        f"--ignore={SELF_TEST}",
    ]
    return [[*pytest, *phase] for phase in phases if phase]


def check_environment(tree: Path) -> dict[str, str]:
    """The environment that makes this interpreter import the copy's code, not the original checkout's."""
    pythonpath = os.pathsep.join(filter(None, [str(tree), str(tree / "generated"), os.getenv("PYTHONPATH")]))
    # Mutated specs are cached beside the copies (shared between them), apart from the user's cache.
    env = {**os.environ, "PYTHONPATH": pythonpath, "HEX_MOCK_CACHE_DIR": str(tree.parent / ".spec-cache")}
    env.pop("PYTEST_ADDOPTS", None)
    return env


def run_check(check: str, tree: Path, options: Namespace, pytest_paths: Sequence[str] = ()) -> CheckResult:
    started = time.monotonic()
    returncode: int | None = 0
    outputs: list[str] = []
    env = check_environment(tree)
    for command in check_commands(check, tree, options.maxfail, pytest_paths):
        try:
            run = subprocess.run(
                command, cwd=tree, env=env, stdin=DEVNULL, stdout=PIPE, stderr=STDOUT, timeout=options.timeout
            )
            returncode, output = run.returncode, run.stdout
        except subprocess.TimeoutExpired as timeout:
            returncode, output = None, timeout.stdout or b""  # what it printed before it was stopped
        outputs.append(output.decode("utf-8", "replace"))
        if check == PYTEST and returncode == PYTEST_NO_TESTS:
            returncode = 0  # a phase whose tests all carry the `slow` marker
        if returncode != 0:
            break
    # A phase runs only when the one before passed, so the last report holds every failure.
    failures = junit_failures(tree / JUNIT_REPORT) if check == PYTEST else ()
    return CheckResult(check, returncode, time.monotonic() - started, "\n".join(outputs), failures)


def junit_failures(report: Path) -> tuple[tuple[str, str], ...]:
    """(test id, the first two telling lines of its exception) of each failed or erroring test."""
    if not report.exists():
        return ()  # pytest stopped before writing it (a usage error, a crash): its output says why
    found: list[tuple[str, str]] = []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        problems = case.findall("failure") + case.findall("error")
        if problems:
            # A collection error has no class: its name is the module's, its file says it better.
            file, name = case.get("file"), case.get("name", "")
            lines = [line.strip() for line in problems[0].get("message", "").splitlines()]
            telling = [line for line in lines if line and not line.startswith(_ASSERTION_NOISE)]
            test_id = f"{file}::{name}" if file and case.get("classname") else (file or name)
            found.append((test_id, " / ".join(telling[:2])))
    return tuple(found)


def stray_imports(tree: Path) -> list[str]:
    """Where the copy's interpreter environment imports a project package from outside the copy."""
    packages = "hex_mock, hex_api_client, scripts, tests"
    probe = f"import {packages}\nfor package in ({packages}): print(package.__file__)"
    # No __pycache__ left behind: `tree` is the snapshot every mutated copy is made from.
    env = {**check_environment(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    files = subprocess.check_output([sys.executable, "-c", probe], cwd=tree, env=env, text=True)
    return [file for file in files.splitlines() if not Path(file).resolve().is_relative_to(tree.resolve())]


def run_mutation(mutation: Mutation, snapshot: Path, workdir: Path, options: Namespace) -> MutationResult:
    tree = workdir / mutation.name
    shutil.copytree(snapshot, tree)
    try:
        if mutation.diff:
            apply_mutation(mutation, tree)
        checks = [run_check(check, tree, options, mutation.pytest_paths) for check in mutation.checks]
    finally:
        if not options.keep:
            shutil.rmtree(tree, ignore_errors=True)
    (workdir / "logs").mkdir(exist_ok=True)
    for check in checks:
        (workdir / "logs" / f"{mutation.name}.{check.check}.log").write_text(check.output)
    return MutationResult(mutation, checks)


def check_all(
    mutations: Sequence[Mutation], snapshot: Path, workdir: Path, options: Namespace
) -> list[MutationResult]:
    """The baseline's result (unless skipped), then each mutation's, in order; each printed as it ends."""
    stop = threading.Event()
    done = itertools.count(1)

    def check(mutation: Mutation) -> MutationResult | None:
        if stop.is_set():
            return None
        result = run_mutation(mutation, snapshot, workdir, options)
        if mutation is BASELINE:
            if result.caught:
                stop.set()  # the baseline is the pool's first task: no mutation starts after it failed
            progress = f"baseline: {'FAILED' if result.caught else 'ok'}"
        else:
            verdict = "caught" if result.caught else "SURVIVED"
            progress = f"[{next(done)}/{len(mutations)}] {mutation.name}: {verdict}"
        print(f"  {progress} ({result.seconds:.0f}s)", flush=True)
        return result

    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        try:
            runs = pool.map(check, ([] if options.no_baseline else [BASELINE]) + [*mutations])
            return [result for result in runs if result is not None]
        finally:
            stop.set()  # a run that broke, or an interrupt: start nothing more


def render_report(results: Sequence[MutationResult]) -> str:
    rows: list[tuple[str, ...]] = [("#", "mutation", "area", "caught", "caught by", "checks run", "s")]
    for number, result in enumerate(results, start=1):
        mutation, caught = result.mutation, "yes" if result.caught else "NO"
        row = (mutation.name, mutation.area, caught, result.caught_by, mutation.checks_label)
        rows.append((str(number), *(cell.replace("|", "\\|") for cell in row), f"{result.seconds:.0f}"))
    widths = [max(map(len, column)) for column in zip(*rows, strict=True)]
    lines = ["| " + " | ".join(map(str.ljust, row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    lines.append("")
    for number, result in enumerate(results, start=1):
        lines.append(f"{number}. {result.mutation.name}: {result.mutation.description}")
        for check in (check for check in result.checks if check.failed):
            lines.append(f"     {check.check}: {textwrap.shorten(check.message, 200, placeholder='...')}")
        if not result.caught:
            lines.append(f"     SURVIVED: every check passed ({result.mutation.checks_label})")
    return "\n".join(lines)


def run_all(mutations: Sequence[Mutation], options: Namespace, scratch: Path, root: Path = ROOT) -> int:
    started = time.monotonic()
    snapshot, workdir = scratch / "snapshot", scratch / "mutants"
    copied = copy_repository(root, snapshot)
    print(f"mutation-check: {len(mutations)} mutations, {copied} files copied, {options.jobs} at a time")
    stray = stray_imports(snapshot)
    if stray:
        raise MutationError(f"the copy imports code from outside it: {stray}")
    results = check_all(mutations, snapshot, workdir, options)
    baseline = None if options.no_baseline else results.pop(0)
    if baseline is not None and baseline.caught:
        failed = next(check for check in baseline.checks if check.failed)
        hint = " (--timeout raises the limit)" if failed.returncode is None else ""
        output = "\n".join(failed.output.splitlines()[-40:])
        raise MutationError(
            f"the unmutated copy fails {baseline.caught_by}{hint}; fix that first "
            f"(a failure under a mutation would prove nothing):\n{output}"
        )
    print(f"\n{render_report(results)}")
    survivors = [result.mutation.name for result in results if not result.caught]
    minutes = (time.monotonic() - started) / 60
    print(f"\n{len(results) - len(survivors)}/{len(results)} mutations caught in {minutes:.1f} min")
    if survivors:
        print(f"SURVIVED: {', '.join(survivors)}", file=sys.stderr)
    return 1 if survivors else 0


def parse_options(argv: list[str] | None = None) -> Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--verify", action="store_true", help="only check that every mutation applies")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="run NAME (repeatable)")
    jobs = min(2, os.cpu_count() or 1)  # the checks are single-threaded: one pytest process per core
    parser.add_argument("--jobs", type=int, default=jobs, help="mutations run at once (default %(default)s)")
    parser.add_argument("--maxfail", type=int, default=1, help="pytest's --maxfail (default 1: -x)")
    # A hang is reported, not waited out.
    parser.add_argument("--timeout", type=float, default=900, help="seconds per check (default %(default)g)")
    parser.add_argument("--no-baseline", action="store_true", help="skip checking the unmutated copy")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies and logs; say where")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse_options(argv)
    try:
        catalogue = {mutation.name: mutation for mutation in load_mutations()}
        unknown = [name for name in options.only if name not in catalogue]
        if unknown:
            raise SystemExit(f"unknown mutation(s): {', '.join(unknown)} (see --list)")
        mutations = [catalogue[name] for name in options.only] or list(catalogue.values())
        if options.list:
            for mutation in mutations:
                print(f"{mutation.name} [{mutation.area}; {mutation.checks_label}]")
                print(f"    {mutation.description}")
            return 0
        problems = verify_mutations(ROOT, mutations)
        if problems:
            problem_lines = "".join(f"\n  - {problem}" for problem in problems)
            raise MutationError(f"some mutations no longer apply to the repository:{problem_lines}")
        if options.verify:
            print(f"all {len(mutations)} mutations apply cleanly")
            return 0
        scratch = Path(tempfile.mkdtemp(prefix="hex-mutation-check-"))
        try:
            return run_all(mutations, options, scratch)
        finally:
            if options.keep:
                print(f"\nscratch copies and logs kept in {scratch}")
            else:
                shutil.rmtree(scratch, ignore_errors=True)
    except MutationError as error:
        print(f"mutation-check: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
