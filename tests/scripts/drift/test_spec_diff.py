"""`make spec-diff` tells what a spec change does to client users, and `make client-version-check`
refuses a breaking change without a new major `info.version` and a CHANGELOG entry."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from scripts import client_version, drift
from scripts.openapi_diff import SPEC, DiffError

FIXTURES = Path(__file__).parent.parent / "fixtures"


def write(path: Path, version: str, *, breaking: bool = False) -> Path:
    document = yaml.safe_load((FIXTURES / "ours.yaml").read_text())
    document["info"]["version"] = version
    if breaking:  # a client user's DeleteWidget call stops existing
        del document["paths"]["/v1/widgets/{widgetId}"]["delete"]
    path.write_text(yaml.safe_dump(document))
    return path


def check(
    tmp_path: Path, version: str, *, breaking: bool, changelog: str, declared: str | None = None
) -> int:
    released = write(tmp_path / "released.yaml", "1.4.2")
    spec = write(tmp_path / "spec.yaml", version, breaking=breaking)
    (tmp_path / "CHANGELOG.md").write_text(changelog)
    pyproject = tmp_path / "pyproject.toml"  # absent unless `declared`
    if declared is not None:
        pyproject.write_text(f'[project]\nname = "hex-api-client"\nversion = "{declared}"\n')
    argv = ["spec-diff", "--check", "--spec", str(spec), "--released", str(released)]
    return drift.main([*argv, "--pyproject", str(pyproject), "--changelog", str(tmp_path / "CHANGELOG.md")])


@pytest.mark.parametrize(
    ("version", "breaking", "changelog", "status"),
    [
        ("1.4.2", False, "", 0),
        ("1.4.2", True, "", 1),  # breaking without a new major version
        ("2.0.0", True, "## 2.0.0\n", 0),
        ("2.0.0", True, "## 1.4.2\n", 1),  # no entry for the new version
        ("1.5.0", True, "## 1.5.0\n", 1),  # a minor bump is not enough
        ("1.5.0", False, "## [1.5.0] - 2026-01-31\n", 0),
        ("1.5.0", False, "", 1),  # a new version always needs its entry
        ("1.4.1", False, "## 1.4.1\n", 1),  # going down
    ],
)
def test_breaking_changes_need_a_major_version_and_an_entry(
    tmp_path: Path, version: str, breaking: bool, changelog: str, status: int
) -> None:
    assert check(tmp_path, version, breaking=breaking, changelog=changelog) == status


def test_the_distribution_declares_the_spec_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(tmp_path, "1.4.2", breaking=False, changelog="", declared="1.4.2") == 0
    assert check(tmp_path, "1.4.2", breaking=False, changelog="", declared="1.4.3") == 1
    assert "generated/pyproject.toml declares version '1.4.3'" in capsys.readouterr().err


def test_the_failure_says_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(tmp_path, "1.4.2", breaking=True, changelog="") == 1
    err = capsys.readouterr().err
    assert "these changes break client users: info.version must be a new major version" in err
    assert "(released 1.4.2, now 1.4.2)" in err


def test_the_report_lists_breaking_changes_for_client_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    released = write(tmp_path / "released.yaml", "1.4.2")
    spec = write(tmp_path / "spec.yaml", "2.0.0", breaking=True)
    assert drift.main(["spec-diff", "--spec", str(spec), "--released", str(released)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# What this spec change does to client users\n")
    assert (
        "| DeleteWidget | operation | operation removed |" in out.split("## Breaking for the client (1)")[1]
    )


def test_base_is_read_from_a_git_revision(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=tmp_path, check=True,
                       capture_output=True)  # fmt: skip

    spec = write(tmp_path / "spec.yaml", "1.0.0")
    git("init", "-q")
    git("add", "spec.yaml")
    git("commit", "-qm", "spec")
    assert drift.at_revision("HEAD", spec, tmp_path)["info"]["version"] == "1.0.0"
    with pytest.raises(DiffError, match=r"cannot read HEAD~5:spec\.yaml from git"):
        drift.at_revision("HEAD~5", spec, tmp_path)


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "01.0.0", ""])
def test_the_client_version_must_be_semver(version: str) -> None:
    with pytest.raises(DiffError, match=r"is not MAJOR\.MINOR\.PATCH"):
        client_version.of({"info": {"version": version}})


def test_the_released_client_is_versioned_and_in_the_changelog(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(["spec-diff", "--check"]) == 0, capsys.readouterr().err
    version = client_version.show(client_version.of(yaml.safe_load(SPEC.read_text())))
    assert version in client_version.ENTRY.findall(client_version.CHANGELOG.read_text())


def test_json_lists_the_changes_with_their_impact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    released = write(tmp_path / "released.yaml", "1.4.2")
    spec = write(tmp_path / "spec.yaml", "2.0.0", breaking=True)
    assert drift.main(["spec-diff", "--spec", str(spec), "--released", str(released), "--json"]) == 0
    [change] = json.loads(capsys.readouterr().out)
    assert (change["operationId"], change["kind"], change["impact"]) == (
        "DeleteWidget",
        "operation removed",
        "breaking for the client",
    )


def test_a_release_records_the_spec_once_its_version_says_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    released = write(tmp_path / "released.yaml", "1.4.2")
    spec = tmp_path / "spec.yaml"
    document = yaml.safe_load(released.read_text())
    document["paths"]["/v1/widgets"]["get"]["deprecated"] = True  # compatible, but a change
    spec.write_text(yaml.safe_dump(document))
    (tmp_path / "CHANGELOG.md").write_text("## 1.5.0\n")
    argv = ["spec-diff", "--release", "--spec", str(spec), "--released", str(released)]
    argv += ["--changelog", str(tmp_path / "CHANGELOG.md"), "--pyproject", str(tmp_path / "pyproject.toml")]
    assert drift.main(argv) == 1
    assert "the spec changed since 1.4.2 was released: give it a new info.version" in capsys.readouterr().err
    assert yaml.safe_load(released.read_text())["info"]["version"] == "1.4.2"
    spec.write_text(spec.read_text().replace("version: 1.4.2", "version: 1.5.0"))
    assert drift.main(argv) == 0
    assert released.read_text() == spec.read_text()
    assert drift.main(argv) == 0  # released again unchanged: nothing to version


def test_a_release_is_always_against_the_released_spec() -> None:
    with pytest.raises(SystemExit):
        drift.main(["spec-diff", "--release", "--base", "HEAD"])


def test_the_client_version_is_printed_for_packaging(capsys: pytest.CaptureFixture[str]) -> None:
    assert client_version.main() == 0
    spec = yaml.safe_load(SPEC.read_text())
    assert capsys.readouterr().out == f"{spec['info']['version']}\n"
