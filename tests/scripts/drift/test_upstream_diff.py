"""`make upstream-diff` reports how a new Hex document moved, what each change breaks, and what the
ledger will say about our spec against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from scripts import drift, upstream_snapshot

FIXTURES = Path(__file__).parent.parent / "fixtures"
OURS = FIXTURES / "ours.yaml"
OLD = FIXTURES / "upstream-equivalent.yaml"
NEW = FIXTURES / "upstream-changed.yaml"


Report = Callable[[Path, Path], str]


@pytest.fixture
def upstream_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Report:
    """The Markdown report of a new document against an old one, for our fixture spec and an empty ledger."""
    ledger = tmp_path / "departures.yaml"
    ledger.write_text(yaml.safe_dump({"departures": []}))

    def report(new: Path, old: Path) -> str:
        argv = ["upstream-diff", str(new), "--old", str(old), "--spec", str(OURS), "--ledger", str(ledger)]
        assert drift.main(argv) == 0
        return capsys.readouterr().out

    return report


def test_the_report_classifies_each_change(upstream_diff: Report) -> None:
    report = upstream_diff(NEW, OLD)
    lines = report.splitlines()
    assert lines[0] == "# Hex's OpenAPI document: what changed"
    assert "## Breaking for the client (" in report
    assert "## Breaking for the mock (" in report
    client = report.split("## Breaking for the client")[1].split("\n## ")[0]
    mock = report.split("## Breaking for the mock")[1].split("\n## ")[0]
    harmless = report.split("## Harmless")[1].split("\n## ")[0]
    assert "| ListWidgets | query parameter offset | type | `integer` | `number` |" in client
    assert "| ListWidgets | query parameter search | parameter added |" in mock
    assert "| GetWidget | status 410 | status added |" in mock
    # ArchiveWidget is new upstream and not in our inventory: nothing of ours can break.
    assert "| ArchiveWidget | operation | operation added |" in harmless


def test_operations_outside_the_curated_inventory_are_harmless(upstream_diff: Report) -> None:
    report = upstream_diff(OLD, NEW)  # the reverse: ArchiveWidget disappears
    harmless = report.split("## Harmless")[1]
    assert "| ArchiveWidget | operation | operation removed |" in harmless
    assert "not in the curated inventory" in harmless


def test_the_report_ends_with_the_ledger_check_against_the_new_document(upstream_diff: Report) -> None:
    section = upstream_diff(NEW, OLD).split("## Our spec against the new document")[1]
    assert 'ListWidgets: query parameter offset: type: Hex "number", ours "integer"' in section
    assert upstream_diff(OLD, OLD).endswith(
        "spec/departures.yaml explains every difference; nothing in it goes stale.\n"
    )


def test_main_writes_markdown_and_exits_2_on_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main(["upstream-diff", str(upstream_snapshot.verify())]) == 0
    assert capsys.readouterr().out.startswith(
        "# Hex's OpenAPI document: what changed\n\nOld: `hex-openapi.json`"
    )
    assert drift.main(["upstream-diff", str(tmp_path / "missing.json")]) == 2
    assert "upstream-diff: cannot load" in capsys.readouterr().err


def test_json_gives_each_change_with_its_impact(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(["upstream-diff", str(NEW), "--old", str(OLD), "--spec", str(OURS), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert {
        "operationId": "ListWidgets",
        "where": "query parameter offset",
        "location": "/parameters/query/offset/schema",
        "kind": "type",
        "before": "integer",
        "after": "number",
        "impact": "breaking for the client",
        "why": "what is sent or parsed changes shape",
    } in changes


def test_changes_our_spec_already_made_are_harmless(upstream_diff: Report) -> None:
    """Hex moves from upstream-changed.yaml to exactly our shapes: nothing of ours can break."""
    report = upstream_diff(OLD, NEW)
    assert "## Breaking" not in report
    assert "| UpdateWidget | operation | method | `PUT` | `PATCH` | our spec already says so |" in report


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`make upstream-diff | head`: the closed pipe ends the command quietly."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        command = [sys.executable, "-m", "scripts.drift", "upstream-diff", str(NEW), "--old", str(OLD)]
        command += ["--spec", str(OURS)]
        done = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 1
