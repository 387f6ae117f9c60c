"""README's "Regenerating the client" workflow, end to end on scratch copies: Hex adds a run status;
the report says it breaks the client, the check names the difference until the spec follows Hex, and
the version check refuses the release until the major version and the CHANGELOG say so."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import client_version, drift, upstream_snapshot
from scripts.spec_check import ROOT

SECTION = re.search(r"## Regenerating the client\n(.*?)\n## ", (ROOT / "README.md").read_text(), re.DOTALL)
STATUSES = ["PENDING", "RUNNING", "ERRORED", "COMPLETED", "KILLED", "UNABLE_TO_ALLOCATE_KERNEL"]
STATUS_ENUM = f"enum: [{', '.join(STATUSES)}]"


def add_queued(node: Any) -> None:
    """Add QUEUED to every run status enum (the run objects' and the runs filter's)."""
    if isinstance(node, dict):
        if node.get("enum") == STATUSES:
            node["enum"] = [*STATUSES, "QUEUED"]
        for value in node.values():
            add_queued(value)
    elif isinstance(node, list):
        for value in node:
            add_queued(value)


def test_every_command_of_the_workflow_is_a_make_target() -> None:
    assert SECTION is not None
    commands = re.findall(r"^\$ make (?:-s )?([a-z-]+)", SECTION.group(1), re.MULTILINE)
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z-]+):.*## ", makefile, re.MULTILINE))
    assert set(commands) - targets == set()
    assert {"upstream-diff", "upstream-update", "upstream-check", "spec-diff", "client-release"} <= set(
        commands
    )


@pytest.fixture
def hex_adds_a_run_status(tmp_path: Path) -> Path:
    document = json.loads(upstream_snapshot.verify().read_bytes())
    add_queued(document)
    new = tmp_path / "openapi.json"
    new.write_text(json.dumps(document))
    return new


def test_a_new_hex_document_from_report_to_release(
    tmp_path: Path, hex_adds_a_run_status: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = str(hex_adds_a_run_status)
    spec = tmp_path / "hex-api.yaml"
    shutil.copy(ROOT / "spec" / "hex-api.yaml", spec)

    # 1. The report: replies may now carry a status the client's enum does not know.
    assert drift.main(["upstream-diff", new, "--spec", str(spec)]) == 0
    report = capsys.readouterr().out
    breaking = report.split("## Breaking for the client (")[1].split("\n## ")[0]
    assert "| GetRunStatus | response 200 field status | enum value added |  | `QUEUED` |" in breaking

    # 2. Vendored as is.
    upstream_snapshot.vendor(new, tmp_path / "upstream")
    assert upstream_snapshot.verify(tmp_path / "upstream").read_bytes() == hex_adds_a_run_status.read_bytes()

    # 3. The check names the difference until the spec follows Hex.
    check = ["upstream-check", "--upstream", new, "--spec", str(spec)]
    assert drift.main(check) == 1
    unexplained = capsys.readouterr().err
    assert unexplained.startswith("3 differences from Hex's document that spec/departures.yaml does not")
    assert re.findall(r"^  ([^:]+: [^:]+): enum value removed", unexplained, re.MULTILINE) == [
        "GetProjectRuns: query parameter statusFilter",
        "GetProjectRuns: response 200 field runs[].status",
        "GetRunStatus: response 200 field status",
    ]
    spec.write_text(spec.read_text().replace(STATUS_ENUM, STATUS_ENUM.replace("]", ", QUEUED]")))
    assert drift.main(check) == 0

    # 5. A reply value old clients cannot parse: a new major version and its CHANGELOG entry.
    released = ROOT / "spec" / "hex-api.yaml"  # as if the current spec were the last release
    version = client_version.of(yaml.safe_load(released.read_text()))
    major = client_version.show((version[0] + 1, 0, 0))
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(f"## {client_version.show(version)}\n")
    argv = ["spec-diff", "--check", "--spec", str(spec), "--released", str(released)]
    argv += ["--changelog", str(changelog)]
    argv += ["--pyproject", str(tmp_path / "pyproject.toml")]  # the scratch client has no distribution
    assert drift.main(argv) == 1
    assert "must be a new major version" in capsys.readouterr().err
    current = f"\n  version: {client_version.show(version)}\n"
    spec.write_text(spec.read_text().replace(current, f"\n  version: {major}\n", 1))
    assert drift.main(argv) == 1
    assert f"no `## {major}` entry" in capsys.readouterr().err
    changelog.write_text(f"## {major}\n\nRuns may be QUEUED.\n\n{changelog.read_text()}")
    assert drift.main(argv) == 0
