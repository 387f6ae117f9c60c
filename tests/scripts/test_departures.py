"""The ledger of departures explains differences precisely, reports what it no longer explains, and
`make upstream-check` names the operation and field of every unexplained difference."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import departures, drift
from scripts.openapi_diff import ABSENT, Change, DiffError

FIXTURES = Path(__file__).parent / "fixtures"
OURS = FIXTURES / "ours.yaml"
CHANGED = FIXTURES / "upstream-changed.yaml"
QUERY_OFFSET = Change(
    "/parameters/query/offset/schema", "type", "number", "integer", operation_id="ListWidgets"
)
STATUS_410 = Change(
    "/responses/410", "status removed", before={"application/json": "x"}, operation_id="GetWidget"
)


def entry(**fields: Any) -> departures.Departure:
    return departures.Departure(**{"curation": "Heading", "operations": "*", "kinds": ["type"], **fields})


@pytest.mark.parametrize(
    ("fields", "explains"),
    [
        ({}, True),
        ({"operations": ["ListWidgets"]}, True),
        ({"operations": ["GetWidget"]}, False),
        ({"kinds": ["format"]}, False),
        ({"fields": ["query parameter offset"]}, True),
        ({"fields": ["query parameter *"]}, True),
        ({"fields": ["path parameter *"]}, False),
        ({"before": "number", "after": "integer"}, True),
        ({"after": "number"}, False),
    ],
)
def test_an_entry_explains_only_what_all_its_conditions_match(fields: dict[str, Any], explains: bool) -> None:
    assert entry(**fields).explains(QUERY_OFFSET) is explains


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (
            "response 200 field values[]<anyOf 0>.groups[].id",
            "response 200 field values[]<anyOf 0>.groups[].id",
            True,
        ),
        ("*Ids[]", "request body field userIds[]", True),
        ("status 4??", "status 404", True),
        ("status 4??", "status 4041", False),
        ("a.b", "axb", False),
        ("query parameter [ab]", "query parameter a", False),
    ],
)
def test_field_patterns_know_only_star_and_question_mark(pattern: str, text: str, expected: bool) -> None:
    assert departures.matches(pattern, text) is expected


def test_a_boolean_never_matches_a_number() -> None:
    change = Change("/parameters/query/a/schema", "nullable", True, False, operation_id="X")
    assert not entry(kinds=["nullable"], before=1).explains(change)
    assert entry(kinds=["nullable"], before=True).explains(change)


def test_judge_reports_unexplained_changes_stale_parts_and_unknown_headings() -> None:
    ledger = [
        entry(operations=["ListWidgets", "GoneWidget"], fields=["query parameter offset", "header *"]),
        entry(curation="Nowhere", kinds=["enum value added"]),
    ]
    verdict = departures.judge([QUERY_OFFSET, STATUS_410], ledger, {"Heading"})
    assert verdict.unexplained == [STATUS_410]
    assert verdict.stale == [
        "entry 1 ('Heading'): operation GoneWidget has no such difference",
        "entry 1 ('Heading'): field 'header *' matches no such difference",
        "entry 2 ('Nowhere') explains no difference",
    ]
    assert verdict.unknown_headings == ["entry 2 ('Nowhere'): no heading 'Nowhere' in spec/CURATION.md"]
    assert not verdict.ok
    assert departures.judge([QUERY_OFFSET], ledger[:1], {"Heading"}).stale != []
    assert departures.judge([QUERY_OFFSET], [entry()], {"Heading"}).ok


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[]", "Expected `object`, got `array`"),
        (
            "departures: [{curation: H, operations: '*', kinds: [type], colour: red}]",
            "unknown field `colour`",
        ),
        (
            "departures: [{operations: '*', kinds: [type]}]",
            r"missing required field `curation` - at `\$.departures\[0\]`",
        ),
        (
            "departures: [{curation: H, operations: [], kinds: [type]}]",
            r"length >= 1 - at `\$.departures\[0\].operations`",
        ),
        (
            "departures: [{curation: H, operations: '*', kinds: [type, '']}]",
            r"length >= 1 - at `\$.departures\[0\].kinds\[1\]`",
        ),
        ("departures: [{curation: H, operations: '*'}]", "missing required field `kinds`"),
        ("departures: [unclosed", "did not find expected"),
    ],
)
def test_a_malformed_ledger_is_refused(tmp_path: Path, document: str, message: str) -> None:
    ledger = tmp_path / "departures.yaml"
    ledger.write_text(document)
    with pytest.raises(DiffError, match=f"(?s)cannot read {re.escape(str(ledger))}: .*{message}"):
        departures.load(ledger)


def test_headings_are_read_from_markdown(tmp_path: Path) -> None:
    curation = tmp_path / "CURATION.md"
    curation.write_text("# Title\n\n## Part\n\ntext # not a heading\n### `format: x` becomes y  \n")
    assert departures.headings(curation) == {"Title", "Part", "`format: x` becomes y"}


def test_suggest_groups_changes_by_kind_and_values() -> None:
    other = Change("/parameters/query/offset/schema", "type", "number", "integer", operation_id="GetWidget")
    stubs = departures.suggest([QUERY_OFFSET, other, STATUS_410])
    assert stubs == [
        {
            "curation": "TODO: a heading of spec/CURATION.md",
            "operations": ["GetWidget", "ListWidgets"],
            "fields": ["query parameter offset"],
            "kinds": ["type"],
            "before": "number",
            "after": "integer",
        },
        {
            "curation": "TODO: a heading of spec/CURATION.md",
            "operations": ["GetWidget"],
            "fields": ["status 410"],
            "kinds": ["status removed"],
        },
    ]
    assert all(value is not ABSENT for stub in stubs for value in stub.values())


# --- upstream-check -------------------------------------------------------------------------------


def write_ledger(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    ledger = tmp_path / "departures.yaml"
    ledger.write_text(yaml.safe_dump({"departures": entries}))
    return ledger


def test_the_check_names_operation_and_field_and_suggests_stubs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = write_ledger(tmp_path, [])
    argv = ["upstream-check", "--upstream", str(CHANGED), "--spec", str(OURS), "--ledger", str(ledger)]
    assert drift.main(argv) == 1
    err = capsys.readouterr().err
    assert 'ListWidgets: query parameter offset: type: Hex "number", ours "integer"' in err
    assert "GetWidget: status 410: status removed" in err
    assert "--suggest" in err
    assert drift.main([*argv, "--suggest"]) == 1
    stubs = yaml.safe_load(capsys.readouterr().err.split("# Ledger stubs", 1)[1].split("\n", 1)[1])
    # The stubs, once given real headings, explain everything: the check passes.
    for stub in stubs["departures"]:
        stub["curation"] = "Project-wide"
    write_ledger(tmp_path, stubs["departures"])
    assert drift.main(argv) == 0


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = write_ledger(tmp_path, [])
    argv = ["upstream-check", "--upstream", str(tmp_path / "missing.json"), "--ledger", str(ledger)]
    assert drift.main(argv) == 2
    assert "cannot load" in capsys.readouterr().err


def test_the_curated_spec_departs_from_the_snapshot_only_as_the_ledger_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert drift.main(["upstream-check"]) == 0, capsys.readouterr().err
