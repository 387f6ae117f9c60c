"""`make upstream-update` vendors Hex's document byte for byte with a record of its source and date,
and a snapshot edited by hand is refused."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import httpx
import pytest
import yaml

from scripts import drift, upstream_snapshot
from scripts.openapi_diff import DiffError

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENT = json.dumps(yaml.safe_load((FIXTURES / "upstream-changed.yaml").read_text()), indent=1).encode()
TODAY = datetime.date(2026, 1, 31)


def test_a_file_is_vendored_as_is_with_its_source_and_date(tmp_path: Path) -> None:
    source = tmp_path / "downloads" / "openapi.json"
    source.parent.mkdir()
    source.write_bytes(DOCUMENT)
    record = upstream_snapshot.vendor(str(source), tmp_path / "upstream", today=TODAY)
    assert (tmp_path / "upstream" / "hex-openapi.json").read_bytes() == DOCUMENT
    written = yaml.safe_load((tmp_path / "upstream" / "SOURCE.yaml").read_text())
    assert written == record
    assert record["published_at"] == "https://static.hex.site/openapi.json"
    assert record["obtained_from"] == "openapi.json"  # a local path means nothing elsewhere
    assert (record["vendored_on"], record["info_version"], record["operations"]) == ("2026-01-31", "3.0.0", 5)
    assert upstream_snapshot.verify(tmp_path / "upstream") == tmp_path / "upstream" / "hex-openapi.json"


def test_vendoring_by_url_records_the_url(tmp_path: Path) -> None:
    url = upstream_snapshot.PUBLISHED_AT
    with httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, content=DOCUMENT))) as http:
        record = upstream_snapshot.vendor(url, tmp_path, today=TODAY, http=http)
    assert record["obtained_from"] == url


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"openapi: 3.0.3\npaths: {}\n", "is not JSON"),
        (b'{"openapi": "3.0.3"}', "is not an OpenAPI document"),
    ],
)
def test_what_is_not_a_json_openapi_document_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "new.json"
    source.write_bytes(content)
    with pytest.raises(DiffError, match=message):
        upstream_snapshot.vendor(str(source), tmp_path / "upstream", today=TODAY)
    assert not (tmp_path / "upstream").exists()


def test_a_hand_edited_snapshot_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "new.json"
    source.write_bytes(DOCUMENT)
    upstream_snapshot.vendor(str(source), tmp_path / "upstream", today=TODAY)
    (tmp_path / "upstream" / "hex-openapi.json").write_bytes(DOCUMENT.replace(b"GADGET", b"GIZMO"))
    with pytest.raises(DiffError, match="sha256 differs"):
        upstream_snapshot.verify(tmp_path / "upstream")


def test_the_vendored_snapshot_is_intact() -> None:
    assert upstream_snapshot.verify().name == "hex-openapi.json"


def test_main_reports_errors_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(["upstream-update", str(tmp_path / "missing.json")]) == 2
    assert "upstream-update: cannot load" in capsys.readouterr().err
