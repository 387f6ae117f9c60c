"""scripts/mutation_check.py's machinery: applying mutations, copying the tree, running and reporting checks.

The full run (`make mutation-check`) takes minutes; these tests take a second or two. They use tiny
fake trees whose `scripts/spec_check.py` and `scripts/generate_client.py` are stand-ins, so the
subprocess plumbing is exercised for real without running the project's checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from scripts import mutation_check
from scripts.mutation_check import (
    CHECK_GENERATED,
    DEFAULT_CHECKS,
    JUNIT_REPORT,
    PYTEST,
    ROOT,
    SELF_TEST,
    SPEC_CHECK,
    CheckResult,
    Mutation,
    MutationError,
    MutationResult,
)

MOD_PY = "def f(x):\n    return x + 1\n\n\ndef g(x):\n    return x + 1\n"


def diff(path: str, old: str, new: str) -> str:
    """A one-hunk `git diff` replacing the whole of `path`'s text `old` by `new`."""
    minus = "".join(f"-{line}\n" for line in old.splitlines())
    plus = "".join(f"+{line}\n" for line in new.splitlines())
    counts = f"-1,{len(old.splitlines())} +1,{len(new.splitlines())}"
    return f"diff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n@@ {counts} @@\n{minus}{plus}"


def mutation(patch: str, name: str = "mock-demo", header: str = "Description: a demo mutation\n") -> Mutation:
    return mutation_check.parse_mutation(name, f"{header}\n{patch}")


def mod_mutation(new: str, name: str = "mock-demo") -> Mutation:
    return mutation(diff("pkg/mod.py", MOD_PY, new), name)


def options(*args: str) -> Namespace:
    return mutation_check.parse_options(["--timeout", "60", *args])


@pytest.fixture
def lean_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks' pytest runs without the installed plugins (seconds each to load), which these
    tests do not use: the runner hands its environment on to the checks."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text(MOD_PY)
    (root / "spec.yaml").write_text("a:\n  b: 1\n")
    return root


# --- the catalogue --------------------------------------------------------------------------------


def test_every_mutation_applies_to_the_repository() -> None:
    """Fails when a refactor moves a mutation's target: update the patch, never drop it silently."""
    assert mutation_check.verify_mutations(ROOT, mutation_check.load_mutations()) == []


def test_the_catalogue_covers_the_spec_the_mock_and_the_client() -> None:
    mutations = mutation_check.load_mutations()
    assert {m.area for m in mutations} == {"spec", "mock", "client"}
    # A stale client is only visible to the drift check, so that is what those mutations run.
    stale = [m for m in mutations if m.name.startswith("client-stale")]
    assert stale
    assert all(m.checks == (SPEC_CHECK, CHECK_GENERATED) for m in stale)


# --- reading and applying patch files -------------------------------------------------------------


def test_the_checks_default_to_those_reading_what_the_diff_touches() -> None:
    assert mod_mutation("x = 1\n").checks == (PYTEST,)
    assert mutation(diff("spec/x.yaml", "a: 1\n", "a: 2\n"), "spec-x").checks == DEFAULT_CHECKS
    client = mutation(diff("generated/m.py", "a = 1\n", "a = 2\n"), "client-x")
    assert client.checks == (CHECK_GENERATED, PYTEST)
    headers = "Description: d\nChecks: check-generated, pytest\nPytest-Paths: tests/a tests/b\n"
    focused = mutation(diff("generated/m.py", "a = 1\n", "a = 2\n"), "client-x", headers)
    assert focused.pytest_paths == ("tests/a", "tests/b")
    assert focused.checks_label == "check-generated, pytest[tests/a tests/b]"
    assert focused.area == "client"


@pytest.mark.parametrize(
    ("name", "header", "complaint"),
    [
        ("mock-x", "Checks: pytest\n", "Description header is missing"),
        ("mock-x", "Description: d\nOwner: me\n", "unknown header line"),
        ("mock-x", "Description: d\nChecks: lint\n", "Checks must be a non-empty subset"),
        ("spec-x", "Description: d\nChecks: pytest\n", "edits what spec-check reads: run it"),
        ("other-x", "Description: d\n", "must start with an area"),
        ("mock-x", "Description: d\nnot a header\n", "unknown header line 'not a header'"),
    ],
)
def test_a_malformed_patch_file_is_refused(name: str, header: str, complaint: str) -> None:
    with pytest.raises(MutationError, match=complaint):
        mutation(diff("spec/x.yaml", "a: 1\n", "a: 2\n"), name, header)
    with pytest.raises(MutationError, match="no diff"):
        mutation_check.parse_mutation("mock-x", "Description: d\n")


def test_a_mutation_rewrites_only_its_target(tree: Path) -> None:
    before = (tree / "spec.yaml").read_text()
    mutation_check.apply_mutation(mod_mutation(MOD_PY.replace("x + 1", "x + 2", 1)), tree)
    assert (tree / "pkg" / "mod.py").read_text() == MOD_PY.replace("x + 1", "x + 2", 1)
    assert (tree / "spec.yaml").read_text() == before


@pytest.mark.parametrize(
    ("patch", "complaint"),
    [
        (diff("pkg/mod.py", "def f(y):\n", "def f(x):\n"), "no longer applies"),
        (diff("pkg/gone.py", "a = 1\n", "a = 2\n"), "no longer applies"),
        (diff("pkg/mod.py", MOD_PY, MOD_PY.replace("def f(x):", "def f(x)")), "mod.py no longer parses"),
        (diff("spec.yaml", "a:\n  b: 1\n", "a:\n  b: [1\n"), "spec.yaml no longer parses"),
    ],
)
def test_a_mutation_that_cannot_apply_fails_loudly(tree: Path, patch: str, complaint: str) -> None:
    before = (tree / "pkg" / "mod.py").read_text()
    with pytest.raises(MutationError, match="'mock-demo'") as raised:
        mutation_check.apply_mutation(mutation(patch), tree)
    assert complaint in str(raised.value)
    if complaint == "no longer applies":
        assert (tree / "pkg" / "mod.py").read_text() == before


def test_verify_reports_every_broken_mutation_at_once_and_writes_nothing(tree: Path) -> None:
    broken = [
        mutation(diff("pkg/mod.py", "nowhere\n", "x\n"), "mock-one"),
        mod_mutation(MOD_PY.replace("def g", "def h"), "mock-fine"),
        mutation(diff("spec.yaml", "nowhere\n", "x\n"), "mock-two"),
    ]
    problems = mutation_check.verify_mutations(tree, broken)
    assert len(problems) == 2
    assert "'mock-one'" in problems[0]
    assert "'mock-two'" in problems[1]
    assert (tree / "pkg" / "mod.py").read_text() == MOD_PY


def test_every_patch_file_in_the_directory_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "mock-b.patch").write_text("Description: b\n\n" + diff("x.py", "a\n", "b\n"))
    (tmp_path / "client-a.patch").write_text("Description: a\n\n" + diff("y.py", "a\n", "b\n"))
    (tmp_path / "notes.txt").write_text("not a mutation")
    assert [m.name for m in mutation_check.load_mutations(tmp_path)] == ["client-a", "mock-b"]


# --- scratch copies -------------------------------------------------------------------------------


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def test_the_copy_has_tracked_edited_and_untracked_files_but_not_ignored_or_deleted_ones(
    tmp_path: Path,
) -> None:
    repo = tmp_path / "repo"
    (repo / "sub").mkdir(parents=True)
    for name in ("kept.py", "edited.py", "deleted.py", "sub/nested.py"):
        (repo / name).write_text(f"# {name}\n")
    (repo / ".gitignore").write_text("ignored.txt\n.venv/\n")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    (repo / "edited.py").write_text("# edited, not committed\n")
    (repo / "deleted.py").unlink()
    (repo / "new.py").write_text("# untracked\n")
    (repo / "ignored.txt").write_text("ignored\n")
    (repo / ".venv").mkdir()
    (repo / ".venv" / "python").write_text("ignored\n")

    destination = tmp_path / "copy"
    copied = mutation_check.copy_repository(repo, destination)

    files = sorted(str(p.relative_to(destination)) for p in destination.rglob("*") if p.is_file())
    assert files == [".gitignore", "edited.py", "kept.py", "new.py", "sub/nested.py"]
    assert copied == len(files)
    assert (destination / "edited.py").read_text() == "# edited, not committed\n"


# --- running checks -------------------------------------------------------------------------------


def fake_checks(root: Path, *, spec_check: str, generate_client: str) -> None:
    """Stand-in check scripts: `python scripts/spec_check.py ...` and `python scripts/generate_client.py`."""
    (root / "scripts").mkdir(parents=True, exist_ok=True)
    (root / "scripts" / "spec_check.py").write_text(spec_check)
    (root / "scripts" / "generate_client.py").write_text(generate_client)


FAILS_ON_BUG = (
    "import sys\n"
    "from pathlib import Path\n"
    "if 'BUG' in Path('pkg/mod.py').read_text():\n"
    "    print('generated/ has drifted from spec/hex-api.yaml; run `make generate` and commit:')\n"
    "    print('  differs: models/group.py')\n"
    "    print('--- committed/group.py')\n"
    "    sys.exit(1)\n"
    "print('fine')\n"
)


def test_a_mutation_is_caught_when_a_check_fails_in_the_mutated_copy(tree: Path, tmp_path: Path) -> None:
    fake_checks(tree, spec_check="print('ok')\n", generate_client=FAILS_ON_BUG)
    workdir = tmp_path / "work"
    workdir.mkdir()
    drift_only = "Description: d\nChecks: spec-check, check-generated\n"

    caught = mutation_check.run_mutation(
        mutation(diff("pkg/mod.py", MOD_PY, MOD_PY.replace("x + 1", "'BUG'", 1)), header=drift_only),
        tree,
        workdir,
        options(),
    )
    harmless = diff("pkg/mod.py", MOD_PY, MOD_PY.replace("def g", "def h"))
    survived = mutation_check.run_mutation(
        mutation(harmless, "mock-harmless", drift_only), tree, workdir, options()
    )

    assert caught.caught
    assert caught.caught_by == CHECK_GENERATED
    assert [check.failed for check in caught.checks] == [False, True]
    assert caught.checks[1].message == "differs: models/group.py"
    assert not survived.caught
    assert survived.caught_by == "-"
    assert "BUG" not in (tree / "pkg" / "mod.py").read_text()  # the original is never touched
    assert not (workdir / "mock-demo").exists()  # scratch copies are removed unless kept
    log = workdir / "logs" / "mock-demo.check-generated.log"
    assert log.read_text().startswith("generated/ has drifted")


def test_a_mutation_that_no_longer_applies_stops_the_run_and_leaves_no_copy(
    tree: Path, tmp_path: Path
) -> None:
    stale = mutation(diff("pkg/mod.py", "nowhere\n", "x\n"))
    with pytest.raises(MutationError, match="'mock-demo' no longer applies"):
        mutation_check.run_mutation(stale, tree, tmp_path, options())
    assert not (tmp_path / "mock-demo").exists()


def test_a_hanging_check_is_stopped_and_reported(tree: Path) -> None:
    fake_checks(tree, spec_check="import time\ntime.sleep(30)\n", generate_client="")
    result = mutation_check.run_check(SPEC_CHECK, tree, options("--timeout", "0.5"))
    assert result.returncode is None
    assert result.failed
    assert result.label.startswith("spec-check (timed out after")


def test_checks_import_the_copy_not_the_original_checkout(tree: Path) -> None:
    """The editable install puts the original checkout on sys.path; PYTHONPATH must win over it."""
    env = mutation_check.check_environment(tree)
    assert env["PYTHONPATH"].split(os.pathsep)[:2] == [str(tree), str(tree / "generated")]
    assert env["HEX_MOCK_CACHE_DIR"] == str(tree.parent / ".spec-cache")  # not the user's cache
    strays = mutation_check.stray_imports(tree)  # the copy has none of the packages yet
    assert len(strays) == 4
    assert all(Path(stray).is_relative_to(ROOT) for stray in strays)
    for package in ("hex_mock", "generated/hex_api_client", "scripts", "tests"):
        (tree / package).mkdir(parents=True)
        (tree / package / "__init__.py").write_text("")
    assert mutation_check.stray_imports(tree) == []
    assert not list(tree.rglob("__pycache__"))  # the snapshot stays free of bytecode


def test_the_pytest_check_is_the_fast_suite_with_long_running_directories_in_a_second_phase(
    tree: Path,
) -> None:
    for name in ("contract", "pipeline", "docs"):
        (tree / "tests" / name).mkdir(parents=True)
    first, second = mutation_check.check_commands(PYTEST, tree, 1)
    assert first[:4] == [sys.executable, "-m", "pytest", "--maxfail=1"]
    for argument in ("no:randomly", "not slow", f"--ignore={SELF_TEST}"):
        assert argument in first
    assert f"--junitxml={JUNIT_REPORT}" in first
    assert first[-3:] == ["tests", "--ignore=tests/docs", "--ignore=tests/contract"]
    assert f"--junitxml={JUNIT_REPORT}" in second
    assert second[-2:] == ["tests/docs", "tests/contract"]
    [focused] = mutation_check.check_commands(PYTEST, tree, 1, ["tests/pipeline"])
    assert focused[-1] == "tests/pipeline"
    (tree / "tests" / "docs").rmdir()
    (tree / "tests" / "contract").rmdir()
    [whole] = mutation_check.check_commands(PYTEST, tree, 1)
    assert whole[-1] == "tests"


def test_the_second_phase_runs_only_when_the_first_passes(tree: Path) -> None:
    """A stand-in `pytest` (a local package) records its last argument; it fails while FAIL exists."""
    (tree / "pytest").mkdir()
    (tree / "pytest" / "__main__.py").write_text(
        "import os, sys\n"
        "with open('calls.txt', 'a') as calls:\n"
        "    calls.write(sys.argv[-1] + '\\n')\n"
        "sys.exit(1 if os.path.exists('FAIL') else 5)\n"
    )
    (tree / "pytest" / "__init__.py").write_text("")
    (tree / "tests" / "contract").mkdir(parents=True)
    (tree / "FAIL").write_text("")

    result = mutation_check.run_check(PYTEST, tree, options())

    assert (tree / "calls.txt").read_text() == "--ignore=tests/contract\n"  # phase one stopped the run
    assert result.failed
    (tree / "calls.txt").unlink()
    (tree / "FAIL").unlink()
    passing = mutation_check.run_check(PYTEST, tree, options())
    assert (tree / "calls.txt").read_text() == "--ignore=tests/contract\ntests/contract\n"
    assert not passing.failed  # exit 5 (nothing collected in a phase) is not a failure


FAILING_TESTS = """\
import pytest


class TestGroups:
    def test_delete_group(self):
        raise LookupError("404 Group not found\\nsecond line\\nthird line")


@pytest.mark.parametrize("n", [1])
def test_other(n):
    assert [3, 0] == [3, n]
"""


@pytest.mark.usefixtures("lean_pytest")
def test_failing_test_ids_and_the_first_failures_exception_are_read_from_pytests_junit_xml(
    tree: Path,
) -> None:
    (tree / "tests").mkdir()
    (tree / "tests" / "test_groups.py").write_text(FAILING_TESTS)
    result = mutation_check.run_check(PYTEST, tree, options("--maxfail", "5"), ["tests"])
    assert result.failed
    assert [test_id for test_id, _ in result.failures] == [
        "tests/test_groups.py::test_delete_group",
        "tests/test_groups.py::test_other[1]",
    ]
    assert result.message == "LookupError: 404 Group not found / second line"
    assert result.failures[1][1].startswith("assert [3, 0] == [3, 1]")
    (tree / "tests" / "test_broken.py").write_text("import no_such_module\n")
    broken = mutation_check.run_check(PYTEST, tree, options(), ["tests"])
    assert [test_id for test_id, _ in broken.failures] == ["tests/test_broken.py"]
    assert broken.message.startswith("collection failure")
    spec_check = CheckResult(SPEC_CHECK, 1, 1.0, "spec: bad example\nspec: 1 problem(s)\n")
    assert spec_check.message == "spec: bad example"
    crashed = CheckResult(PYTEST, 4, 1.0, "collected 0 items\nERROR: file or directory not found: x\n")
    assert crashed.message == "ERROR: file or directory not found: x"
    assert crashed.label == "pytest (exit 4)"
    assert CheckResult(PYTEST, 0, 1.0, "all good").message == ""


@pytest.mark.usefixtures("lean_pytest")
def test_the_failures_of_the_second_phase_are_read_from_its_report(tree: Path) -> None:
    (tree / "tests" / "contract").mkdir(parents=True)
    (tree / "tests" / "test_fast.py").write_text("def test_fast():\n    pass\n")
    (tree / "tests" / "contract" / "test_slow.py").write_text("def test_slow():\n    assert 1 == 2\n")
    result = mutation_check.run_check(PYTEST, tree, options())
    assert result.failures == (("tests/contract/test_slow.py::test_slow", "assert 1 == 2"),)


# --- reporting ------------------------------------------------------------------------------------


def check(name: str, returncode: int | None, *failed_tests: str) -> CheckResult:
    return CheckResult(name, returncode, 1.4, "why", tuple((test_id, "why") for test_id in failed_tests))


def test_the_table_names_what_caught_each_mutation_and_flags_survivors() -> None:
    ids = [f"tests/t.py::test_{n}" for n in range(5)]
    patch = diff("spec/x.yaml", "a: 1\n", "a: 2\n")
    results = [
        MutationResult(
            mutation(patch, "spec-one"),
            [check(SPEC_CHECK, 0), check(CHECK_GENERATED, 1), check(PYTEST, 1, *ids)],
        ),
        MutationResult(mutation(patch, "spec-survivor"), [check(SPEC_CHECK, 0)]),
        MutationResult(mutation(patch, "mock-hangs"), [check(PYTEST, None)]),
        MutationResult(mutation(patch, "mock-pipes"), [check(PYTEST, 1, "tests/t.py::test_x[a|b]")]),
    ]

    report = mutation_check.render_report(results)
    table = report.split("\n\n")[0].splitlines()

    header = [cell.strip() for cell in table[0].split("|")[1:-1]]
    assert header == ["#", "mutation", "area", "caught", "caught by", "checks run", "s"]
    assert set(table[1]) == {"|", "-"}
    assert len({len(line) for line in table}) == 1  # aligned columns
    first = [cell.strip() for cell in table[2].split("|")[1:-1]]
    assert first[:4] == ["1", "spec-one", "spec", "yes"]
    assert first[4] == f"check-generated; pytest: {', '.join(ids[:3])} (+2 more)"
    assert first[5:] == ["spec-check, check-generated, pytest", "4"]
    assert [cell.strip() for cell in table[3].split("|")[1:-1]][3:5] == ["NO", "-"]
    assert "pytest (timed out after 1s)" in table[4]
    assert "test_x[a\\|b]" in table[5]

    details = report.split("\n\n")[1]
    assert "1. spec-one: a demo mutation\n     check-generated: why\n     pytest: why" in details
    assert "SURVIVED: every check passed (spec-check, check-generated, pytest)" in details
    assert "3. mock-hangs: a demo mutation\n     pytest: timed out" in details


def test_the_command_line_lists_and_verifies_without_running_checks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert mutation_check.main(["--list", "--only", "mock-delete-does-not-delete"]) == 0
    assert "mock-delete-does-not-delete [mock; pytest]" in capsys.readouterr().out
    assert mutation_check.main(["--verify"]) == 0
    count = len(mutation_check.load_mutations())
    assert f"all {count} mutations apply cleanly" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="unknown mutation"):
        mutation_check.main(["--only", "no-such-mutation"])


def test_a_stopped_run_exits_2_with_its_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(mutation_check, "verify_mutations", lambda *_: ["mutation 'x' broke"])
    assert mutation_check.main(["--only", "mock-delete-does-not-delete"]) == 2
    err = capsys.readouterr().err
    assert "mutation-check: some mutations no longer apply to the repository:\n  - mutation 'x' broke" in err


# --- a whole run ----------------------------------------------------------------------------------


def fake_repository(root: Path) -> Path:
    """A git repository with the project's packages as blanks, stand-in checks and one real test."""
    files = {
        "pkg/__init__.py": "",
        "pkg/mod.py": MOD_PY,
        "hex_mock/__init__.py": "",
        "generated/hex_api_client/__init__.py": "",
        "scripts/__init__.py": "",
        "tests/__init__.py": "",
        "tests/test_mod.py": "from pkg.mod import f\n\n\ndef test_f():\n    assert f(1) == 2\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    fake_checks(root, spec_check="print('ok')\n", generate_client="print('ok')\n")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    return root


@pytest.mark.usefixtures("lean_pytest")
def test_a_run_checks_the_baseline_and_every_mutation_and_fails_on_a_survivor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = fake_repository(tmp_path / "repo")
    mutations = [
        mod_mutation(MOD_PY.replace("x + 1", "x + 2", 1), "mock-f-off-by-one"),
        mod_mutation(MOD_PY.replace("def g", "def h"), "mock-g-renamed"),
    ]
    status = mutation_check.run_all(
        mutations, options("--jobs", "2", "--keep"), tmp_path / "scratch", root=repo
    )

    out, err = capsys.readouterr()
    assert status == 1
    assert "mutation-check: 2 mutations, 9 files copied, 2 at a time" in out
    assert "baseline: ok" in out
    assert "mock-f-off-by-one: caught" in out
    assert "| 1 | mock-f-off-by-one | mock | yes    | pytest: tests/test_mod.py::test_f" in out
    assert "1/2 mutations caught" in out
    assert "SURVIVED: mock-g-renamed" in err
    assert (tmp_path / "scratch" / "mutants" / "mock-g-renamed" / "pkg" / "mod.py").exists()  # --keep
    assert (tmp_path / "scratch" / "mutants" / "logs" / "mock-f-off-by-one.pytest.log").exists()


@pytest.mark.usefixtures("lean_pytest")
def test_a_failing_baseline_stops_the_run_unless_it_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = fake_repository(tmp_path / "repo")
    (repo / "tests" / "test_broken.py").write_text("def test_broken():\n    assert False\n")  # untracked
    harmless = [mod_mutation(MOD_PY.replace("def g", "def h"), "mock-g-renamed")]

    failing = r"the unmutated copy fails pytest: tests/test_broken\.py::test_broken; fix that first"
    with pytest.raises(MutationError, match=failing):
        mutation_check.run_all(harmless, options("--jobs", "1"), tmp_path / "one", root=repo)

    out = capsys.readouterr().out
    assert "baseline: FAILED" in out
    assert "mock-g-renamed" not in out  # with one job, the mutation was never started
    skipped = options("--jobs", "1", "--no-baseline")
    assert mutation_check.run_all(harmless, skipped, tmp_path / "two", root=repo) == 0
    assert "baseline" not in capsys.readouterr().out


def test_the_command_line_fills_in_the_options() -> None:
    parsed = mutation_check.parse_options(["--only", "a", "--only", "b", "--jobs", "3", "--timeout", "5"])
    assert (parsed.only, parsed.jobs, parsed.timeout) == (["a", "b"], 3, 5.0)
    assert (parsed.maxfail, parsed.keep, parsed.no_baseline) == (1, False, False)
    parsed = mutation_check.parse_options(["--maxfail", "4", "--keep", "--no-baseline", "--list"])
    assert (parsed.maxfail, parsed.keep, parsed.no_baseline, parsed.list) == (4, True, True, True)
    defaults = mutation_check.parse_options([])
    assert (defaults.only, defaults.jobs, defaults.timeout) == ([], min(2, os.cpu_count() or 1), 900)
    assert (defaults.list, defaults.verify) == (False, False)
