"""scripts/mutation_check.py's machinery: applying mutations, copying the tree, running and reporting checks.

The full run (`make mutation-check`) takes minutes; these tests take a second or two. They use tiny
fake trees whose `scripts/spec_check.py` and `scripts/generate_client.py` are stand-ins, so the
subprocess plumbing is exercised for real without running the project's checks.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from scripts import mutation_check
from scripts.mutation_check import (
    CHECK_GENERATED,
    DEFAULT_CHECKS,
    DRIFT_CHECKS,
    MUTATIONS,
    PYTEST,
    ROOT,
    SELF_TEST,
    SPEC_CHECK,
    CheckResult,
    Edit,
    Mutation,
    MutationResult,
    MutationTargetError,
    Options,
)


def mutation(*edits: Edit, name: str = "demo", checks: tuple[str, ...] = DRIFT_CHECKS) -> Mutation:
    return Mutation(name, "mock", "a demo mutation", edits, checks=checks)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text("def f(x):\n    return x + 1\n\n\ndef g(x):\n    return x + 1\n")
    (root / "spec.yaml").write_text("a:\n  b: 1\n")
    return root


# --- the catalogue --------------------------------------------------------------------------------


def test_every_mutation_applies_to_the_repository() -> None:
    """Fails when a refactor moves a mutation's target: update the mutation, never drop it silently."""
    assert mutation_check.verify_mutations(ROOT, MUTATIONS) == []


def test_the_catalogue_covers_the_spec_the_mock_and_the_client() -> None:
    names = [m.name for m in MUTATIONS]
    assert len(names) == len(set(names))
    assert {m.area for m in MUTATIONS} == {"spec", "mock", "client"}
    for m in MUTATIONS:
        assert m.description
        assert m.edits
        assert set(m.checks) <= set(DEFAULT_CHECKS)
    # A stale client is only visible to the drift check, so that is what those mutations run.
    assert all(m.checks == DRIFT_CHECKS for m in MUTATIONS if m.name.startswith("client-stale"))


# --- applying mutations ---------------------------------------------------------------------------


def test_a_mutation_rewrites_only_its_target(tree: Path) -> None:
    before = (tree / "spec.yaml").read_text()
    changed = mutation_check.apply_mutation(
        mutation(Edit("pkg/mod.py", "def f(x):\n    return x + 1\n", "def f(x):\n    return x + 2\n")), tree
    )
    assert changed == ["pkg/mod.py"]
    assert (tree / "pkg" / "mod.py").read_text() == (
        "def f(x):\n    return x + 2\n\n\ndef g(x):\n    return x + 1\n"
    )
    assert (tree / "spec.yaml").read_text() == before


def test_a_count_replaces_every_expected_occurrence(tree: Path) -> None:
    mutation_check.apply_mutation(mutation(Edit("pkg/mod.py", "x + 1", "x - 1", count=2)), tree)
    assert (tree / "pkg" / "mod.py").read_text().count("x - 1") == 2


@pytest.mark.parametrize(
    ("edit", "complaint"),
    [
        (Edit("pkg/mod.py", "return x * 3", "return x"), "found 0 time(s), expected 1"),
        (Edit("pkg/mod.py", "return x + 1", "return x"), "found 2 time(s), expected 1"),
        (Edit("pkg/mod.py", "return x + 1", "return x", count=3), "found 2 time(s), expected 3"),
        (Edit("pkg/gone.py", "a", "b"), "the file does not exist"),
        (Edit("pkg/mod.py", "def f", "def f"), "the edit changes nothing"),
        (Edit("pkg/mod.py", "def f(x):", "def f(x)"), "pkg/mod.py no longer parses"),
        (Edit("spec.yaml", "  b: 1", "  b: [1"), "spec.yaml no longer parses"),
    ],
)
def test_a_mutation_that_cannot_apply_fails_loudly_and_writes_nothing(
    tree: Path, edit: Edit, complaint: str
) -> None:
    # A good first edit to the same file: it must not be written when the second one fails.
    good = Edit("pkg/mod.py", "def g(x):", "def h(x):")
    before = (tree / "pkg" / "mod.py").read_text()
    with pytest.raises(MutationTargetError, match="'demo'") as raised:
        mutation_check.apply_mutation(mutation(good, edit), tree)
    assert complaint in str(raised.value)
    assert (tree / "pkg" / "mod.py").read_text() == before


def test_verify_reports_every_broken_mutation_at_once(tree: Path) -> None:
    broken = [
        mutation(Edit("pkg/mod.py", "nowhere", "x"), name="one"),
        mutation(Edit("pkg/mod.py", "def g", "def h"), name="fine"),
        mutation(Edit("spec.yaml", "nowhere", "x"), name="two"),
        mutation(Edit("pkg/mod.py", "def g", "def h"), name="fine"),
        mutation(Edit("pkg/mod.py", "def g", "def h"), name="odd", checks=("lint",)),
    ]
    problems = mutation_check.verify_mutations(tree, broken)
    assert len(problems) == 4
    assert "'one'" in problems[0]
    assert "'two'" in problems[1]
    assert "defined twice" in problems[2]
    assert "'odd'" in problems[3]


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
    options = Options(timeout=60)

    caught = mutation_check.run_mutation(
        mutation(Edit("pkg/mod.py", "return x + 1\n\n\n", "return 'BUG'\n\n\n")), tree, workdir, options
    )
    survived = mutation_check.run_mutation(
        mutation(Edit("pkg/mod.py", "def g(x):", "def h(x):"), name="harmless"), tree, workdir, options
    )

    assert caught.caught
    assert caught.caught_by == CHECK_GENERATED
    assert [check.failed for check in caught.checks] == [False, True]
    assert caught.checks[1].message == "differs: models/group.py"
    assert not survived.caught
    assert survived.caught_by == "-"
    assert "BUG" not in (tree / "pkg" / "mod.py").read_text()  # the original is never touched
    assert not (workdir / "demo").exists()  # scratch copies are removed unless kept
    assert (workdir / "logs" / "demo.check-generated.log").read_text().startswith("generated/ has drifted")


def test_a_mutation_that_no_longer_applies_is_an_error_not_a_catch(tree: Path, tmp_path: Path) -> None:
    result = mutation_check.run_mutation(
        mutation(Edit("pkg/mod.py", "nowhere", "x")), tree, tmp_path, Options(timeout=60)
    )
    assert result.error
    assert not result.checks
    assert not result.caught
    assert result.caught_by.startswith("(not run: mutation 'demo'")


def test_a_hanging_check_is_stopped_and_reported(tree: Path) -> None:
    fake_checks(tree, spec_check="import time\ntime.sleep(30)\n", generate_client="")
    result = mutation_check.run_check(SPEC_CHECK, tree, Options(timeout=0.5))
    assert result.returncode is None
    assert result.failed
    assert result.label.startswith("spec-check (timed out after")


def test_checks_import_the_copy_not_the_original_checkout(tree: Path) -> None:
    """The editable install puts the original checkout on sys.path; PYTHONPATH must win over it."""
    env = mutation_check.check_environment(tree, Options())
    assert env["PYTHONPATH"].split(os.pathsep)[:2] == [str(tree), str(tree / "generated")]
    for package in ("hex_mock", "generated/hex_api_client", "scripts", "tests"):
        (tree / package).mkdir(parents=True)
        (tree / package / "__init__.py").write_text("")
    locations = mutation_check.import_locations(tree, Options())
    assert set(locations) == {"hex_mock", "hex_api_client", "scripts", "tests"}
    for location in locations.values():
        assert Path(location).is_relative_to(tree)
    assert not list(tree.rglob("__pycache__"))  # the snapshot stays free of bytecode


def test_the_pytest_check_is_the_fast_suite_with_long_running_directories_in_a_second_phase(
    tree: Path,
) -> None:
    for name in ("contract", "pipeline", "docs", "client", "__pycache__"):
        (tree / "tests" / name).mkdir(parents=True)
    (tree / "tests" / "test_top.py").write_text("")
    (tree / "tests" / "conftest.py").write_text("")
    first, second = mutation_check.check_commands(PYTEST, tree, Options(python="py", maxfail=1))
    assert first[:4] == ["py", "-m", "pytest", "--maxfail=1"]
    for argument in ("no:randomly", "not slow", f"--ignore={SELF_TEST}"):
        assert argument in first
    assert first[-3:] == ["tests/client", "tests/pipeline", "tests/test_top.py"]
    assert second[:-2] == first[:-3]
    assert second[-2:] == ["tests/docs", "tests/contract"]
    [focused] = mutation_check.check_commands(PYTEST, tree, Options(python="py"), ["tests/pipeline"])
    assert focused[-1] == "tests/pipeline"


def test_the_second_phase_runs_only_when_the_first_passes(tree: Path) -> None:
    """A stand-in `pytest` (a local package) records its arguments and fails when given tests/b."""
    (tree / "pytest").mkdir()
    (tree / "pytest" / "__main__.py").write_text(
        "import sys\n"
        "with open('calls.txt', 'a') as calls:\n"
        "    calls.write(sys.argv[-1] + '\\n')\n"
        "print('FAILED tests/b/test_x.py::test_y - boom' if 'tests/b' in sys.argv else 'no tests ran')\n"
        "sys.exit(1 if 'tests/b' in sys.argv else 5)\n"
    )
    (tree / "pytest" / "__init__.py").write_text("")
    for name in ("a", "b", "contract"):
        (tree / "tests" / name).mkdir(parents=True)

    result = mutation_check.run_check(PYTEST, tree, Options(timeout=60))

    assert (tree / "calls.txt").read_text() == "tests/b\n"  # phase one, [a, b], stopped the run
    assert result.failures == ("tests/b/test_x.py::test_y",)
    (tree / "calls.txt").unlink()
    (tree / "tests" / "b").rmdir()
    passing = mutation_check.run_check(PYTEST, tree, Options(timeout=60))
    assert (tree / "calls.txt").read_text() == "tests/a\ntests/contract\n"
    assert not passing.failed  # exit 5 (nothing collected in a phase) is not a failure


def test_a_mutation_must_run_the_checks_that_read_what_it_edits(tree: Path) -> None:
    (tree / "spec").mkdir()
    (tree / "spec" / "x.yaml").write_text("b: 1\n")
    sneaky = Mutation("sneaky", "mock", "edits the spec", (Edit("spec/x.yaml", "b: 1", "b: 2"),), ("pytest",))
    problems = mutation_check.verify_mutations(tree, [sneaky])
    assert problems == [
        "mutation 'sneaky' edits spec/x.yaml, which spec-check reads: run it",
        "mutation 'sneaky' edits spec/x.yaml, which check-generated reads: run it",
    ]


PYTEST_OUTPUT = """\
....F
=================================== FAILURES ===================================
________________________ test_delete_group[in_process] _________________________
tests/client/test_groups.py:40: in test_delete_group
    raise HexError(404, "Group not found")
E   hex_mock.errors.HexError: 404 Group not found

During handling of the above exception, another exception occurred:
hex_mock/app.py:300: in check_error
    check_response(operation.operation_id, error.status, body, shape)
E   hex_mock.validation.ResponseContractError: GetGroup -> 404: the body does not match the spec:
E     reason: is required
E     extra line
________________________ test_other _________________________
E   assert [3, 0] == [3, 1]
E
E     At index 1 diff: 0 != 1
E     Use -v to get more diff
=========================== short test summary info ============================
FAILED tests/client/test_groups.py::test_delete_group[in_process] - hex_mock.vali...
FAILED tests/client/test_groups.py::test_other - assert [3, 0] == [3, 1]
ERROR tests/pipeline/test_x.py - ImportError: nope
FAILED tests/client/test_groups.py::test_delete_group[in_process] - again
!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 2 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!
"""


def test_failing_test_ids_and_the_first_failures_final_exception_are_read_from_pytest() -> None:
    assert mutation_check.pytest_failures(PYTEST_OUTPUT) == (
        "tests/client/test_groups.py::test_delete_group[in_process]",
        "tests/client/test_groups.py::test_other",
        "tests/pipeline/test_x.py",
    )
    assert mutation_check.failure_message(PYTEST, PYTEST_OUTPUT, 1) == (
        "hex_mock.validation.ResponseContractError: GetGroup -> 404: the body does not match the spec: "
        "/ reason: is required"
    )
    second_failure = PYTEST_OUTPUT.split("test_other _", 1)[1]
    assert mutation_check.failure_message(PYTEST, "____ test_other _" + second_failure, 1) == (
        "assert [3, 0] == [3, 1] / At index 1 diff: 0 != 1"
    )
    assert mutation_check.failure_message(PYTEST, "all good", 0) == ""
    assert mutation_check.failure_message(SPEC_CHECK, "spec: bad example\nspec: 1 problem(s)\n", 1) == (
        "spec: bad example"
    )


# --- reporting ------------------------------------------------------------------------------------


def check(name: str, returncode: int | None, *failures: str, message: str = "why") -> CheckResult:
    return CheckResult(name, returncode, 1.4, "", failures, message)


def test_the_table_names_what_caught_each_mutation_and_flags_survivors() -> None:
    ids = [f"tests/t.py::test_{n}" for n in range(5)]
    results = [
        MutationResult(
            mutation(Edit("a", "b", "c"), name="spec-one", checks=DEFAULT_CHECKS),
            [check(SPEC_CHECK, 0), check(CHECK_GENERATED, 1), check(PYTEST, 1, *ids)],
        ),
        MutationResult(mutation(Edit("a", "b", "c"), name="survivor"), [check(SPEC_CHECK, 0)]),
        MutationResult(mutation(Edit("a", "b", "c"), name="hangs"), [check(PYTEST, None)]),
        MutationResult(mutation(Edit("a", "b", "c"), name="stale"), error="mutation 'stale': gone\nmore"),
        MutationResult(
            mutation(Edit("a", "b", "c"), name="pipes"), [check(PYTEST, 1, "tests/t.py::test_x[a|b]")]
        ),
    ]

    table = mutation_check.render_table(results).splitlines()

    header = [cell.strip() for cell in table[0].split("|")[1:-1]]
    assert header == ["#", "mutation", "area", "caught", "caught by", "checks run", "s"]
    assert set(table[1]) == {"|", "-"}
    assert len({len(line) for line in table}) == 1  # aligned columns
    first = [cell.strip() for cell in table[2].split("|")[1:-1]]
    assert first[:4] == ["1", "spec-one", "mock", "yes"]
    assert first[4] == f"check-generated; pytest: {', '.join(ids[:3])} (+2 more)"
    assert first[5:] == ["spec-check, check-generated, pytest", "4"]
    assert [cell.strip() for cell in table[3].split("|")[1:-1]][3:5] == ["NO", "-"]
    assert "pytest (timed out after 1s)" in table[4]
    assert "| error " in table[5]
    assert "(not run: mutation 'stale': gone)" in table[5]
    assert "test_x[a\\|b]" in table[6]

    details = mutation_check.render_details(results)
    assert "1. spec-one: a demo mutation\n     check-generated: why\n     pytest: why" in details
    assert "SURVIVED: every check passed (spec-check, check-generated)" in details
    assert "ERROR mutation 'stale': gone" in details


def test_the_command_line_lists_and_verifies_without_running_checks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert mutation_check.main(["--list", "--only", "mock-delete-does-not-delete"]) == 0
    assert "mock-delete-does-not-delete [mock; pytest]" in capsys.readouterr().out
    assert mutation_check.main(["--verify"]) == 0
    assert f"all {len(MUTATIONS)} mutations apply cleanly" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="unknown mutation"):
        mutation_check.main(["--only", "no-such-mutation"])
