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
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MUTATIONS_DIR = ROOT / "tests" / "mutations"
SPEC = "spec/hex-api.yaml"

SPEC_CHECK = "spec-check"
CHECK_GENERATED = "check-generated"
PYTEST = "pytest"
DEFAULT_CHECKS = (SPEC_CHECK, CHECK_GENERATED, PYTEST)
# What spec-check and check-generated read: a mutation touching any of it must run that check, and
# one touching none of it skips it (it would just repeat the baseline's pass).
CHECK_INPUTS = {
    SPEC_CHECK: ("spec/", "hex_mock/validation.py", "hex_mock/_oas_validators.py", "scripts/spec_check.py"),
    CHECK_GENERATED: ("spec/", "generated/", "scripts/generate_client.py"),
}
AREAS = ("spec", "mock", "client")

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
_DIFF_FILE = re.compile(r"^diff --git a/(\S+) b/(\S+)$", re.MULTILINE)


class MutationError(Exception):
    """A patch file is malformed, no longer applies, or leaves a file that no longer parses."""


@dataclass(frozen=True)
class Mutation:
    name: str
    description: str
    checks: tuple[str, ...]
    pytest_paths: tuple[str, ...]  # empty: the whole fast suite
    diff: str
    paths: tuple[str, ...]  # the files the diff touches

    @property
    def area(self) -> str:
        return self.name.partition("-")[0]

    @property
    def checks_label(self) -> str:
        labels = [
            f"{PYTEST}[{' '.join(self.pytest_paths)}]" if check == PYTEST and self.pytest_paths else check
            for check in self.checks
        ]
        return ", ".join(labels)


# --- Reading patch files -------------------------------------------------------------------------------


def checks_reading(paths: Iterable[str]) -> tuple[str, ...]:
    """The checks whose inputs include one of `paths`, in run order; pytest reads everything."""
    touched = {check for check, inputs in CHECK_INPUTS.items() if any(p.startswith(inputs) for p in paths)}
    return tuple(check for check in DEFAULT_CHECKS if check in touched or check == PYTEST)


def parse_mutation(name: str, text: str) -> Mutation:
    """A mutation from its patch file's text (see the module docstring); MutationError if malformed."""
    header, blank, diff = text.partition("\n\n")
    fields: dict[str, str] = {}
    for line in header.splitlines():
        key, colon, value = line.partition(":")
        if not colon or key not in ("Description", "Checks", "Pytest-Paths"):
            raise MutationError(f"mutation {name!r}: unknown header line {line!r}")
        fields[key] = value.strip()
    paths = tuple(dict.fromkeys(new for _old, new in _DIFF_FILE.findall(diff)))
    if not blank or not paths:
        raise MutationError(f"mutation {name!r}: no diff after the header lines and a blank line")
    if not fields.get("Description"):
        raise MutationError(f"mutation {name!r}: the Description header is missing")
    if name.partition("-")[0] not in AREAS:
        raise MutationError(f"mutation {name!r}: the name must start with an area, one of {AREAS}")
    needed = checks_reading(paths)
    checks = tuple(c.strip() for c in fields["Checks"].split(",")) if "Checks" in fields else needed
    if not checks or not set(checks) <= set(DEFAULT_CHECKS):
        raise MutationError(f"mutation {name!r}: Checks must be a non-empty subset of {DEFAULT_CHECKS}")
    skipped = [check for check in needed if check not in checks and check != PYTEST]
    if skipped:
        raise MutationError(f"mutation {name!r} edits what {skipped[0]} reads: run it")
    return Mutation(
        name=name,
        description=fields["Description"],
        checks=tuple(check for check in DEFAULT_CHECKS if check in checks),
        pytest_paths=tuple(fields.get("Pytest-Paths", "").split()),
        diff=diff,
        paths=paths,
    )


def load_mutations(directory: Path = MUTATIONS_DIR) -> list[Mutation]:
    """Every `*.patch` in `directory`, by name."""
    return [
        parse_mutation(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.patch"))
    ]


# --- Applying mutations -------------------------------------------------------------------------------


def apply_mutation(mutation: Mutation, tree: Path) -> None:
    """Patch the files under `tree` (nothing is written unless all of the diff applies)."""
    # No repository above `tree` is searched: the diff's paths are relative to `tree` itself.
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tree.resolve().parent)}
    completed = subprocess.run(
        ["git", "apply", "--whitespace=nowarn", "-"],
        cwd=tree,
        env=env,
        input=mutation.diff,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise MutationError(
            f"mutation {mutation.name!r} no longer applies ({completed.stderr.strip()}); "
            f"the code changed: update tests/mutations/{mutation.name}.patch"
        )
    for path in mutation.paths:
        _check_parses(mutation, tree / path)


def _check_parses(mutation: Mutation, file: Path) -> None:
    if not file.exists():
        return  # the patch deletes it
    try:
        if file.suffix == ".py":
            compile(file.read_text(encoding="utf-8"), str(file), "exec", dont_inherit=True)
        elif file.suffix in (".yaml", ".yml"):
            yaml.load(file.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (SyntaxError, yaml.YAMLError) as error:
        raise MutationError(f"mutation {mutation.name!r}: {file.name} no longer parses: {error}") from None


def verify_mutations(tree: Path, mutations: Iterable[Mutation]) -> list[str]:
    """Every problem applying each mutation to `tree` would hit (`tree` itself is not written)."""
    problems: list[str] = []
    for mutation in mutations:
        with tempfile.TemporaryDirectory(prefix="hex-mutation-verify-") as scratch:
            for path in mutation.paths:
                if (tree / path).is_file():
                    (Path(scratch) / path).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(tree / path, Path(scratch) / path)
            try:
                apply_mutation(mutation, Path(scratch))
            except MutationError as error:
                problems.append(str(error))
    return problems


# --- Scratch copies -----------------------------------------------------------------------------------


def repository_files(root: Path) -> list[str]:
    """Tracked plus untracked non-ignored files, as the working tree has them (deleted ones left out)."""
    try:
        listing = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(
            f"mutation-check copies the files git knows of; `git ls-files` failed: {error}"
        ) from None
    names = {name for name in listing.split("\0") if name}
    return sorted(name for name in names if (root / name).is_file())


def copy_repository(root: Path, destination: Path) -> int:
    """Copy the working tree's files (see `repository_files`) into `destination`; how many were copied."""
    names = repository_files(root)
    for name in names:
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    return len(names)


# --- Running the checks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    check: str
    returncode: int | None  # None: timed out
    seconds: float
    output: str
    failures: tuple[str, ...] = ()  # failing test ids (pytest)
    message: str = ""  # the first line saying what failed

    @property
    def failed(self) -> bool:
        return self.returncode != 0

    @property
    def label(self) -> str:
        if self.returncode is None:
            return f"{self.check} (timed out after {self.seconds:.0f}s)"
        if self.check != PYTEST:
            return self.check
        if not self.failures:
            return f"{PYTEST} (exit {self.returncode})"
        hidden = len(self.failures) - SHOWN_FAILURES
        return f"{PYTEST}: {', '.join(self.failures[:SHOWN_FAILURES])}" + (
            f" (+{hidden} more)" if hidden > 0 else ""
        )


@dataclass
class MutationResult:
    mutation: Mutation
    checks: list[CheckResult] = field(default_factory=list)
    error: str = ""  # the mutation could not be applied

    @property
    def caught(self) -> bool:
        return any(check.failed for check in self.checks)

    @property
    def seconds(self) -> float:
        return sum(check.seconds for check in self.checks)

    @property
    def caught_by(self) -> str:
        if self.error:
            return f"(not run: {self.error.splitlines()[0]})"
        labels = [check.label for check in self.checks if check.failed]
        return "; ".join(labels) if labels else "-"


@dataclass(frozen=True)
class Options:
    python: str = sys.executable
    maxfail: int = 1
    timeout: float = DEFAULT_TIMEOUT
    cache_dir: Path | None = None


def suite_phases(tree: Path) -> list[list[str]]:
    """The test suite's top-level entries in two phases: the focused tests, then the long-running ones.

    Together they are exactly `pytest tests`. With `-x` the second phase runs only when the first
    passed, so a mutation a focused test catches does not wait for the schemathesis suites, nor
    even for their collection (pytest collects everything it is given before running a test).
    """
    entries = sorted(
        f"tests/{path.name}"
        for path in (tree / "tests").iterdir()
        if (path.is_dir() and not path.name.startswith((".", "_")))
        or (path.is_file() and path.name.startswith("test_") and path.suffix == ".py")
    )
    late = [entry for entry in SUITE_LAST if entry in entries]
    early = [entry for entry in entries if entry not in late]
    return [phase for phase in (early, late) if phase]


def check_commands(
    check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()
) -> list[list[str]]:
    """The command(s) a check runs, in order; the check fails at the first one that fails."""
    if check == SPEC_CHECK:
        return [[options.python, "scripts/spec_check.py", SPEC]]
    if check == CHECK_GENERATED:
        return [[options.python, "scripts/generate_client.py", "--check"]]
    if check != PYTEST:
        raise ValueError(f"unknown check {check!r}")
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
    paths = [str(tree), str(tree / "generated")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    if options.cache_dir is not None:
        # Mutated specs are cached apart from the user's cache (and shared between the copies).
        env["HEX_MOCK_CACHE_DIR"] = str(options.cache_dir)
    env.pop("PYTEST_ADDOPTS", None)
    return env


def run_command(command: list[str], tree: Path, options: Options) -> tuple[int | None, str]:
    """Exit status (None: timed out) and output of one command run in the copy."""
    try:
        completed = subprocess.run(
            command,
            cwd=tree,
            env=check_environment(tree, options),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=options.timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as timeout:
        partial = timeout.stdout
        return None, partial.decode("utf-8", "replace") if isinstance(partial, bytes) else (partial or "")
    return completed.returncode, completed.stdout


def run_check(check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()) -> CheckResult:
    started = time.monotonic()
    returncode: int | None = 0
    outputs: list[str] = []
    failures: list[tuple[str, str]] = []
    for number, command in enumerate(check_commands(check, tree, options, pytest_paths), start=1):
        returncode, output = run_command(command, tree, options)
        outputs.append(output)
        if check == PYTEST:
            failures += junit_failures(junit_path(tree, number))
            if returncode == PYTEST_NO_TESTS:
                returncode = 0  # a phase whose tests all carry the `slow` marker
        if returncode != 0:
            break
    output = "\n".join(outputs)
    return CheckResult(
        check=check,
        returncode=returncode,
        seconds=time.monotonic() - started,
        output=output,
        failures=tuple(dict.fromkeys(test_id for test_id, _ in failures)),
        message=failure_message(check, output, returncode, failures),
    )


def junit_failures(report: Path) -> list[tuple[str, str]]:
    """(test id, the failure's final exception) of each failed or erroring test in a JUnit XML report."""
    if not report.exists():
        return []  # pytest stopped before writing it (a usage error, a crash): its output says why
    found: list[tuple[str, str]] = []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is not None:
            # A collection error has no class: its name is the module's, its file says it better.
            file, name = case.get("file"), case.get("name", "")
            test_id = f"{file}::{name}" if file and case.get("classname") else (file or name)
            found.append((test_id, exception_summary(problem.get("message", ""))))
    return found


def exception_summary(message: str) -> str:
    """The first two telling lines of an exception's message (the outermost one of a chain)."""
    lines = [line.strip() for line in message.splitlines()]
    return " / ".join([line for line in lines if line and not line.startswith(_ASSERTION_NOISE)][:2])


def failure_message(
    check: str, output: str, returncode: int | None, failures: Sequence[tuple[str, str]] = ()
) -> str:
    """One line saying why a check failed ("" when it passed)."""
    if returncode == 0:
        return ""
    if returncode is None:
        return "timed out"
    if failures:
        return failures[0][1] or failures[0][0]
    lines = [line.rstrip() for line in output.splitlines() if line.strip()]
    if check == CHECK_GENERATED:
        # The drift report: a header, then one indented line per problem.
        problems = [line.strip() for line in lines if line.startswith("  ") and not line.startswith("   ")]
        if problems:
            return problems[0]
    if check == PYTEST:
        return lines[-1] if lines else f"exit {returncode}"
    return lines[0] if lines else f"exit {returncode}"


def import_locations(tree: Path, options: Options) -> dict[str, str]:
    """Where the copy's interpreter environment imports the project's packages from."""
    probe = (
        "import json, hex_mock, hex_api_client, scripts, tests;"
        "print(json.dumps({m.__name__: m.__file__ for m in (hex_mock, hex_api_client, scripts, tests)}))"
    )
    completed = subprocess.run(
        [options.python, "-c", probe],
        cwd=tree,
        # No __pycache__ left behind: `tree` may be the snapshot every mutated copy is made from.
        env={**check_environment(tree, options), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    locations: dict[str, str] = json.loads(completed.stdout)
    return locations


def run_mutation(
    mutation: Mutation, snapshot: Path, workdir: Path, options: Options, *, keep: bool = False
) -> MutationResult:
    """Copy `snapshot`, apply `mutation` to the copy and run its checks there."""
    tree = workdir / mutation.name
    shutil.copytree(snapshot, tree)
    result = MutationResult(mutation)
    try:
        apply_mutation(mutation, tree)
        result.checks = [run_check(check, tree, options, mutation.pytest_paths) for check in mutation.checks]
        logs = workdir / "logs"
        logs.mkdir(exist_ok=True)
        for check_result in result.checks:
            (logs / f"{mutation.name}.{check_result.check}.log").write_text(check_result.output)
    except MutationError as error:
        result.error = str(error)
    finally:
        if not keep:
            shutil.rmtree(tree, ignore_errors=True)
    return result


# --- Reporting ----------------------------------------------------------------------------------------


def render_table(results: Sequence[MutationResult]) -> str:
    """A Markdown table: mutation, area, caught, caught by, checks run, seconds."""
    header = ("#", "mutation", "area", "caught", "caught by", "checks run", "s")
    rows = [
        (
            str(number),
            result.mutation.name,
            result.mutation.area,
            "error" if result.error else ("yes" if result.caught else "NO"),
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
        if result.error:
            lines.append(f"     ERROR {result.error}")
        lines += [
            f"     {check.check}: {_shorten(check.message, 200)}" for check in result.checks if check.failed
        ]
        if not result.error and not result.caught:
            lines.append(f"     SURVIVED: every check passed ({result.mutation.checks_label})")
    return "\n".join(lines)


def render_summary(results: Sequence[MutationResult], minutes: float) -> int:
    """Print the table, the details and the verdict; the exit status."""
    print(f"\n{render_table(results)}\n\n{render_details(results)}")
    survivors = [result.mutation.name for result in results if not result.error and not result.caught]
    errors = [result.mutation.name for result in results if result.error]
    caught = len(results) - len(survivors) - len(errors)
    print(f"\n{caught}/{len(results)} mutations caught in {minutes:.1f} min")
    if errors:
        print(f"could not apply: {', '.join(errors)}", file=sys.stderr)
        return 2
    if survivors:
        print(f"SURVIVED: {', '.join(survivors)}", file=sys.stderr)
        return 1
    return 0


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


# --- Main ---------------------------------------------------------------------------------------------


def select(mutations: Sequence[Mutation], names: Sequence[str]) -> list[Mutation]:
    by_name = {mutation.name: mutation for mutation in mutations}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise SystemExit(f"unknown mutation(s): {', '.join(unknown)} (see --list)")
    return [by_name[name] for name in names] if names else list(mutations)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--verify", action="store_true", help="only check that every mutation applies")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run this mutation (repeatable)"
    )
    parser.add_argument(
        "--jobs", type=int, default=DEFAULT_JOBS, help=f"mutations checked at once (default {DEFAULT_JOBS})"
    )
    parser.add_argument(
        "--maxfail", type=int, default=1, help="pytest stops after this many failures (default 1: -x)"
    )
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed per check")
    parser.add_argument("--no-baseline", action="store_true", help="skip checking the unmutated copy")
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch copies and logs, and print where"
    )
    parser.add_argument("--directory", type=Path, default=MUTATIONS_DIR, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        mutations = select(load_mutations(args.directory), args.only)
    except MutationError as error:
        print(f"mutation-check: {error}", file=sys.stderr)
        return 2
    if args.list:
        for mutation in mutations:
            print(f"{mutation.name} [{mutation.area}; {mutation.checks_label}]\n    {mutation.description}")
        return 0
    problems = verify_mutations(ROOT, mutations)
    if problems:
        print("mutation-check: some mutations no longer apply to the repository:", file=sys.stderr)
        print("\n".join(f"  - {problem}" for problem in problems), file=sys.stderr)
        return 2
    if args.verify:
        print(f"all {len(mutations)} mutations apply cleanly")
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="hex-mutation-check-"))
    try:
        return MutationRun(args, mutations, scratch).run()
    finally:
        if args.keep:
            print(f"\nscratch copies and logs kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


class MutationRun:
    """One run: a snapshot of the repository, the baseline beside the mutations, then the report."""

    def __init__(self, args: argparse.Namespace, mutations: list[Mutation], scratch: Path) -> None:
        self.args = args
        self.mutations = mutations
        self.scratch = scratch
        self.snapshot = scratch / "snapshot"
        self.options = Options(maxfail=args.maxfail, timeout=args.timeout, cache_dir=scratch / "spec-cache")
        self.lock = threading.Lock()
        self.baseline_failure: list[CheckResult] = []
        self.done = 0

    def run(self) -> int:
        started = time.monotonic()
        copied = copy_repository(ROOT, self.snapshot)
        jobs = max(1, self.args.jobs)
        self.say(f"mutation-check: {len(self.mutations)} mutations, {copied} files copied, {jobs} at a time")
        if not self.imports_only_the_snapshot():
            return 2
        workdir = self.scratch / "mutants"
        workdir.mkdir()
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            baseline = None if self.args.no_baseline else pool.submit(self.check_baseline)
            outcomes = list(pool.map(lambda mutation: self.check_mutation(mutation, workdir), self.mutations))
            if baseline is not None:
                baseline.result()  # re-raises anything that broke the baseline run itself
        if self.baseline_failure:
            failed = self.baseline_failure[0]
            why = (
                f"{failed.label} (--timeout raises the limit)" if failed.returncode is None else failed.check
            )
            print(
                f"mutation-check: the unmutated copy fails {why}; fix that first "
                f"(a failure under a mutation would prove nothing):\n{_tail(failed.output)}",
                file=sys.stderr,
            )
            return 2
        results = [result for result in outcomes if result is not None]
        return render_summary(results, (time.monotonic() - started) / 60)

    def say(self, line: str) -> None:
        with self.lock:
            print(line, flush=True)

    def imports_only_the_snapshot(self) -> bool:
        stray = {
            name: path
            for name, path in import_locations(self.snapshot, self.options).items()
            if not Path(path).resolve().is_relative_to(self.snapshot.resolve())
        }
        if stray:
            print(f"mutation-check: the copy imports code from outside it: {stray}", file=sys.stderr)
        return not stray

    def check_baseline(self) -> None:
        """The unmutated copy must pass every check; it runs as the pool's first task."""
        tree = self.scratch / "baseline"
        shutil.copytree(self.snapshot, tree)
        for check in DEFAULT_CHECKS:
            outcome = run_check(check, tree, self.options)
            self.say(f"  baseline {check}: {'FAILED' if outcome.failed else 'ok'} ({outcome.seconds:.0f}s)")
            if outcome.failed:
                self.baseline_failure.append(outcome)
                return
        shutil.rmtree(tree, ignore_errors=True)

    def check_mutation(self, mutation: Mutation, workdir: Path) -> MutationResult | None:
        if self.baseline_failure:
            return None
        result = run_mutation(mutation, self.snapshot, workdir, self.options, keep=self.args.keep)
        verdict = "ERROR" if result.error else ("caught" if result.caught else "SURVIVED")
        with self.lock:
            self.done += 1
            print(f"  [{self.done}/{len(self.mutations)}] {mutation.name}: {verdict} ({result.seconds:.0f}s)")
        return result


if __name__ == "__main__":
    sys.exit(main())
