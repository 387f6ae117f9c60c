"""Prove that drift is caught: apply deliberate mutations one at a time and require the suite to fail.

    python scripts/mutation_check.py              # every mutation; exit 1 if any survives
    python scripts/mutation_check.py --list       # name, area, checks and description of each
    python scripts/mutation_check.py --verify     # only check that every mutation still applies
    python scripts/mutation_check.py --only mock-delete-does-not-delete --only spec-drop-enum-value

Each mutation is a patch file, `tests/mutations/<area>-<what-breaks>.patch`: header lines, a blank
line, then a unified diff as `git diff` writes it (`git apply` skips the header). Headers:
`Description: <one line>` (required); `Checks: <comma list>` (optional; by default every check
whose inputs the diff touches, and pytest); `Pytest-Paths: <paths>` (optional; by default the fast
suite). Every run works on scratch copies of the repository (the git-tracked files plus the working
tree's uncommitted and untracked, non-ignored files), never on the repository itself:

1. The copy is checked unmutated (the baseline): every check must pass there, or a failure under
   a mutation would prove nothing. It runs beside the first mutations; if it fails, the run stops.
2. For each mutation, a fresh copy is patched with `git apply` and its checks run in it, each as a
   subprocess of this interpreter with PYTHONPATH pointing at the copy (the project's editable
   install points at the original checkout, and PYTHONPATH wins over it). The checks are those of
   `make test`: `spec-check`, `check-generated` and the fast pytest suite (`-m "not slow"`, `-x`,
   `-p no:randomly`; the long-running directories in a second invocation that runs only if the
   first passed). All of a mutation's checks run, so the table shows everything that catches it.
3. A mutation is caught when at least one check fails; the table names the checks and the first
   failing test ids, read from pytest's JUnit XML.

A patch that no longer applies stops the run before any check starts: a refactor must update the
mutation, never silently drop it. Patched Python must still compile and patched YAML still parse,
so a mutation is a behaviour change, not a syntax error every check trips over.
"""

from __future__ import annotations

import argparse
import email.parser
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
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MUTATIONS_DIR = ROOT / "tests" / "mutations"
AREAS = ("spec", "mock", "client")
HEADERS = ("Description", "Checks", "Pytest-Paths")

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

DEFAULT_TIMEOUT = 900.0  # seconds per check; a hang is reported, not waited out
# One pytest process per core: the checks are single-threaded, so two cores check two mutations at once.
DEFAULT_JOBS = min(2, os.cpu_count() or 1)
SHOWN_FAILURES = 3  # failing test ids shown per mutation
# The long-running test directories, run after the rest of the suite (see `suite_phases`).
SUITE_LAST = ("tests/browser", "tests/docs", "tests/reliability", "tests/contract")
SELF_TEST = "tests/scripts/test_mutation_check.py"
PYTEST_NO_TESTS = 5  # pytest's exit status when it collected nothing (or deselected everything)
# pytest's assertion-diff chatter: the lines around it say more.
_ASSERTION_NOISE = ("Omitting ", "Use -v", "Full diff", "Differing items:")
# libyaml's safe loader when PyYAML has it: parsing the 5,700-line spec in pure Python takes a second.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DIFF_FILE = re.compile(r"^diff --git a/\S+ b/(\S+)$", re.MULTILINE)


class MutationError(Exception):
    """A patch file is malformed, no longer applies, or leaves a file that no longer parses."""


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
    """A mutation from its patch file's text (see the module docstring); MutationError if malformed."""
    message = email.parser.HeaderParser().parsestr(text)
    diff = str(message.get_payload())
    paths = tuple(dict.fromkeys(_DIFF_FILE.findall(diff)))
    unknown = [key for key in message if key not in HEADERS]
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
    """Every `*.patch` in `directory`, by name."""
    return [parse_mutation(path.stem, path.read_text("utf-8")) for path in sorted(directory.glob("*.patch"))]


def apply_mutation(mutation: Mutation, tree: Path) -> None:
    """Patch the files under `tree` (nothing is written unless all of the diff applies)."""
    # No repository above `tree` is searched: the diff's paths are relative to `tree` itself.
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tree.resolve().parent)}
    command = ["git", "apply", "--whitespace=nowarn", "-"]
    applied = subprocess.run(command, cwd=tree, env=env, input=mutation.diff, capture_output=True, text=True)
    if applied.returncode != 0:
        raise MutationError(
            f"mutation {mutation.name!r} no longer applies ({applied.stderr.strip()}); "
            f"the code changed: update tests/mutations/{mutation.name}.patch"
        )
    for file in (tree / path for path in mutation.paths if (tree / path).exists()):  # not deleted
        try:
            if file.suffix == ".py":
                compile(file.read_text("utf-8"), str(file), "exec", dont_inherit=True)
            elif file.suffix in (".yaml", ".yml"):
                yaml.load(file.read_text("utf-8"), Loader=_YAML_LOADER)
        except (SyntaxError, yaml.YAMLError) as error:
            raise MutationError(
                f"mutation {mutation.name!r}: {file.name} no longer parses: {error}"
            ) from None


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
    try:
        listing = subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(
            f"mutation-check copies the files git knows of; `git ls-files` failed: {error}"
        ) from None
    names = sorted({name for name in listing.split("\0") if name and (root / name).is_file()})  # not deleted
    copy_files(root, names, destination)
    return len(names)


def copy_files(root: Path, names: Iterable[str], destination: Path) -> None:
    for name in names:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, destination / name)


@dataclass
class Options:
    """The command line's options (argparse fills them in), which every check of a run shares."""

    list_only: bool = False
    verify: bool = False
    only: list[str] = field(default_factory=list)
    jobs: int = DEFAULT_JOBS
    maxfail: int = 1
    timeout: float = DEFAULT_TIMEOUT
    no_baseline: bool = False
    keep: bool = False
    python: str = sys.executable
    cache_dir: Path | None = None  # where the checks cache the parsed spec; None: the user's cache


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
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        if self.check == CHECK_GENERATED:
            # The drift report: a header, then one line indented by two spaces per problem.
            lines = [line.strip() for line in self.output.splitlines() if re.match(r"  \S", line)] or lines
        if not lines:
            return f"exit {self.returncode}"
        # pytest without a JUnit report (a usage error, a crash) ends with what went wrong.
        return lines[-1] if self.check == PYTEST else lines[0]

    @property
    def label(self) -> str:
        if self.returncode is None:
            return f"{self.check} (timed out after {self.seconds:.0f}s)"
        if self.check != PYTEST:
            return self.check
        ids = list(dict.fromkeys(test_id for test_id, _ in self.failures))
        hidden = len(ids) - SHOWN_FAILURES
        more = f" (+{hidden} more)" if hidden > 0 else ""
        return (
            f"{PYTEST}: {', '.join(ids[:SHOWN_FAILURES])}{more}"
            if ids
            else f"{PYTEST} (exit {self.returncode})"
        )


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


def suite_phases(tree: Path) -> list[list[str]]:
    """The test suite in two phases: the focused tests, then the long-running directories.

    Together they are exactly `pytest tests`. With `-x` the second phase runs only when the first
    passed, so a mutation a focused test catches does not wait for the schemathesis suites, nor
    even for their collection (pytest collects everything it is given before running a test).
    """
    late = [entry for entry in SUITE_LAST if (tree / entry).exists()]
    return [phase for phase in (["tests", *(f"--ignore={entry}" for entry in late)], late) if phase]


def check_commands(
    check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()
) -> list[list[str]]:
    """The command(s) a check runs, in order; the check fails at the first one that fails."""
    if check in SCRIPT_CHECKS:
        return [[options.python, *SCRIPT_CHECKS[check]]]
    phases = [list(pytest_paths)] if pytest_paths else suite_phases(tree)
    return [
        [
            *(options.python, "-m", "pytest", f"--maxfail={options.maxfail}", "-q", "-p", "no:randomly"),
            *("-m", "not slow", "--tb=short", "--color=no", "-o", "junit_family=xunit1"),
            f"--junitxml={junit_path(tree, number)}",
            # This script's own tests check that every mutation applies to the tree they run in, so
            # inside a mutated copy they would always fail: machinery, not a catch.
            f"--ignore={SELF_TEST}",
            *phase,
        ]
        for number, phase in enumerate(phases, start=1)
    ]


def junit_path(tree: Path, phase: int) -> Path:
    return tree / f".mutation-check-junit-{phase}.xml"


def check_environment(tree: Path, options: Options) -> dict[str, str]:
    """The environment that makes this interpreter import the copy's code, not the original checkout's."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(tree), str(tree / "generated"), env.get("PYTHONPATH")])
    )
    if options.cache_dir is not None:
        # Mutated specs are cached apart from the user's cache (and shared between the copies).
        env["HEX_MOCK_CACHE_DIR"] = str(options.cache_dir)
    env.pop("PYTEST_ADDOPTS", None)
    return env


def run_check(check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()) -> CheckResult:
    """Run a check's commands in the copy, up to the first that fails or times out."""
    started = time.monotonic()
    returncode: int | None = 0
    outputs: list[str] = []
    failures: list[tuple[str, str]] = []
    for number, command in enumerate(check_commands(check, tree, options, pytest_paths), start=1):
        env = check_environment(tree, options)
        try:
            completed = subprocess.run(
                command,
                cwd=tree,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=options.timeout,
            )
            returncode, output = completed.returncode, completed.stdout
        except subprocess.TimeoutExpired as timeout:
            returncode, output = None, timeout.stdout or b""  # what it printed before it was stopped
        outputs.append(output.decode("utf-8", "replace"))
        if check == PYTEST:
            failures += junit_failures(junit_path(tree, number))
            if returncode == PYTEST_NO_TESTS:
                returncode = 0  # a phase whose tests all carry the `slow` marker
        if returncode != 0:
            break
    return CheckResult(check, returncode, time.monotonic() - started, "\n".join(outputs), tuple(failures))


def junit_failures(report: Path) -> list[tuple[str, str]]:
    """(test id, the failure's final exception) of each failed or erroring test in a JUnit XML report."""
    if not report.exists():
        return []  # pytest stopped before writing it (a usage error, a crash): its output says why
    found: list[tuple[str, str]] = []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        problems = case.findall("failure") + case.findall("error")
        if problems:
            # A collection error has no class: its name is the module's, its file says it better.
            file, name = case.get("file"), case.get("name", "")
            test_id = f"{file}::{name}" if file and case.get("classname") else (file or name)
            found.append((test_id, exception_summary(problems[0].get("message", ""))))
    return found


def exception_summary(message: str) -> str:
    """The first two telling lines of an exception's message (the outermost one of a chain)."""
    lines = [line.strip() for line in message.splitlines()]
    return " / ".join([line for line in lines if line and not line.startswith(_ASSERTION_NOISE)][:2])


def stray_imports(tree: Path, options: Options) -> list[str]:
    """Where the copy's interpreter environment imports a project package from outside the copy."""
    packages = "hex_mock, hex_api_client, scripts, tests"
    probe = f"import {packages}\nfor package in ({packages}): print(package.__file__)"
    # No __pycache__ left behind: `tree` is the snapshot every mutated copy is made from.
    env = {**check_environment(tree, options), "PYTHONDONTWRITEBYTECODE": "1"}
    probed = subprocess.run(
        [options.python, "-c", probe], cwd=tree, env=env, capture_output=True, text=True, check=True
    )
    return [
        file for file in probed.stdout.splitlines() if not Path(file).resolve().is_relative_to(tree.resolve())
    ]


def run_mutation(mutation: Mutation, snapshot: Path, workdir: Path, options: Options) -> MutationResult:
    """Copy `snapshot`, apply `mutation` to the copy and run its checks there (logs in workdir/logs)."""
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


def render_table(results: Sequence[MutationResult]) -> str:
    """A Markdown table with aligned columns: mutation, area, caught, caught by, checks run, seconds."""
    header = ("#", "mutation", "area", "caught", "caught by", "checks run", "s")
    rows = [
        (
            str(number),
            result.mutation.name,
            result.mutation.area,
            "yes" if result.caught else "NO",
            result.caught_by,
            result.mutation.checks_label,
            f"{result.seconds:.0f}",
        )
        for number, result in enumerate(results, start=1)
    ]
    widths = [max(len(row[column]) for row in (header, *rows)) for column in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = (cell.replace("|", "\\|").ljust(width) for cell, width in zip(cells, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    separator = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(header), separator, *(line(row) for row in rows)])


def render_details(results: Sequence[MutationResult]) -> str:
    """Per mutation: what it does and why each check failed (evidence it failed for the right reason)."""
    lines: list[str] = []
    for number, result in enumerate(results, start=1):
        lines.append(f"{number}. {result.mutation.name}: {result.mutation.description}")
        for check in (check for check in result.checks if check.failed):
            lines.append(f"     {check.check}: {textwrap.shorten(check.message, 200, placeholder='...')}")
        if not result.caught:
            lines.append(f"     SURVIVED: every check passed ({result.mutation.checks_label})")
    return "\n".join(lines)


def render_summary(results: Sequence[MutationResult], minutes: float) -> int:
    """Print the table, the details and the verdict; the exit status."""
    print(f"\n{render_table(results)}\n\n{render_details(results)}")
    survivors = [result.mutation.name for result in results if not result.caught]
    print(f"\n{len(results) - len(survivors)}/{len(results)} mutations caught in {minutes:.1f} min")
    if survivors:
        print(f"SURVIVED: {', '.join(survivors)}", file=sys.stderr)
    return 1 if survivors else 0


def check_all(
    mutations: Sequence[Mutation], snapshot: Path, workdir: Path, options: Options
) -> list[MutationResult]:
    """The baseline's result (unless skipped), then each mutation's, in order; each printed as it ends.

    The baseline is the pool's first task: once it has failed, no further mutation starts.
    """
    stop = threading.Event()

    def check(mutation: Mutation) -> MutationResult | None:
        if stop.is_set():
            return None
        result = run_mutation(mutation, snapshot, workdir, options)
        if mutation is BASELINE and result.caught:
            stop.set()  # before this worker takes another task
        return result

    done = 0
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        runs = [
            pool.submit(check, mutation)
            for mutation in ([] if options.no_baseline else [BASELINE]) + [*mutations]
        ]
        try:
            for result in filter(None, (run.result() for run in as_completed(runs))):
                if result.mutation is BASELINE:
                    progress = f"baseline: {'FAILED' if result.caught else 'ok'}"
                else:
                    done += 1
                    verdict = "caught" if result.caught else "SURVIVED"
                    progress = f"[{done}/{len(mutations)}] {result.mutation.name}: {verdict}"
                print(f"  {progress} ({result.seconds:.0f}s)", flush=True)
        except BaseException:  # a run that broke, or an interrupt: start nothing more
            stop.set()
            raise
    return [result for result in (run.result() for run in runs) if result is not None]


def run_all(mutations: Sequence[Mutation], options: Options, scratch: Path, root: Path = ROOT) -> int:
    """Snapshot `root`, check the baseline beside the mutations, then report; the exit status."""
    started = time.monotonic()
    snapshot, workdir = scratch / "snapshot", scratch / "mutants"
    copied = copy_repository(root, snapshot)
    print(f"mutation-check: {len(mutations)} mutations, {copied} files copied, {options.jobs} at a time")
    stray = stray_imports(snapshot, options)
    if stray:
        print(f"mutation-check: the copy imports code from outside it: {stray}", file=sys.stderr)
        return 2
    workdir.mkdir()
    results = check_all(mutations, snapshot, workdir, options)
    baseline = None if options.no_baseline else results.pop(0)
    if baseline is not None and baseline.caught:
        failed = [check for check in baseline.checks if check.failed]
        hint = " (--timeout raises the limit)" if failed[0].returncode is None else ""
        tail = "\n".join(failed[0].output.splitlines()[-40:])
        print(
            f"mutation-check: the unmutated copy fails {baseline.caught_by}{hint}; fix that first "
            f"(a failure under a mutation would prove nothing):\n{tail}",
            file=sys.stderr,
        )
        return 2
    return render_summary(results, (time.monotonic() - started) / 60)


def parse_options(argv: list[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", dest="list_only", action="store_true", help="list the mutations and exit")
    parser.add_argument("--verify", action="store_true", help="only check that every mutation applies")
    parser.add_argument("--only", action="append", metavar="NAME", help="run this mutation (repeatable)")
    parser.add_argument("--jobs", type=int, help=f"mutations checked at once (default {DEFAULT_JOBS})")
    parser.add_argument("--maxfail", type=int, help="pytest stops after this many failures (default 1: -x)")
    parser.add_argument(
        "--timeout", type=float, help=f"seconds allowed per check (default {DEFAULT_TIMEOUT:g})"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip checking the unmutated copy")
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch copies and logs, and print where"
    )
    return parser.parse_args(argv, namespace=Options())  # an option not given keeps Options' default


def main(argv: list[str] | None = None) -> int:
    options = parse_options(argv)
    try:
        catalogue = {mutation.name: mutation for mutation in load_mutations()}
        unknown = [name for name in options.only if name not in catalogue]
        if unknown:
            raise SystemExit(f"unknown mutation(s): {', '.join(unknown)} (see --list)")
        mutations = [catalogue[name] for name in options.only] or list(catalogue.values())
        if options.list_only:
            for mutation in mutations:
                print(
                    f"{mutation.name} [{mutation.area}; {mutation.checks_label}]\n    {mutation.description}"
                )
            return 0
        problems = verify_mutations(ROOT, mutations)
        if problems:
            print("mutation-check: some mutations no longer apply to the repository:", file=sys.stderr)
            print("\n".join(f"  - {problem}" for problem in problems), file=sys.stderr)
            return 2
        if options.verify:
            print(f"all {len(mutations)} mutations apply cleanly")
            return 0
        scratch = Path(tempfile.mkdtemp(prefix="hex-mutation-check-"))
        options.cache_dir = scratch / "spec-cache"
        try:
            return run_all(mutations, options, scratch)
        finally:
            if options.keep:
                print(f"\nscratch copies and logs kept in {scratch}")
            else:
                shutil.rmtree(scratch, ignore_errors=True)
    except MutationError as error:  # a malformed patch file, or one the snapshot no longer takes
        print(f"mutation-check: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
