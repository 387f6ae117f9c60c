"""The vendored snapshot of Hex's published OpenAPI document in `spec/upstream/` (HEADER says what
its two files are): written by `python -m scripts.drift upstream-update`, checked by its sha256.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path

import httpx
import yaml

from scripts.openapi_diff import ROOT, DiffError, operations, parse, read

DIRECTORY = ROOT / "spec" / "upstream"
DOCUMENT = "hex-openapi.json"
SOURCE = "SOURCE.yaml"
PUBLISHED_AT = "https://static.hex.site/openapi.json"
HEADER = """\
# Hex's published OpenAPI document, vendored as-is in hex-openapi.json: never edit either file by
# hand; `make upstream-update FILE=path-or-URL` replaces both. `make upstream-check` compares our spec
# with it through spec/departures.yaml and checks that its sha256 still matches.
"""


def vendor(
    source: str,
    directory: Path = DIRECTORY,
    *,
    today: datetime.date | None = None,
    http: httpx.Client | None = None,
) -> dict[str, object]:
    """Write the document at `source` unchanged, and its SOURCE.yaml; return what SOURCE.yaml says."""
    try:
        raw = read(source, http)
        json.loads(raw)  # Hex publishes JSON; the snapshot's name says so
        document = parse(source, raw)
    except ValueError as error:
        raise DiffError(f"{source} is not JSON (Hex publishes its document as JSON): {error}") from error
    record: dict[str, object] = {
        "published_at": PUBLISHED_AT,
        # A local path means nothing on another machine: keep the file's name only.
        "obtained_from": source if re.match(r"https?://", source) else Path(source).name,
        "vendored_on": (today or datetime.datetime.now(datetime.UTC).date()).isoformat(),
        "info_version": str(document.get("info", {}).get("version", "")),
        "operations": len(operations(document)),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    directory.mkdir(parents=True, exist_ok=True)
    (directory / DOCUMENT).write_bytes(raw)
    (directory / SOURCE).write_text(HEADER + yaml.safe_dump(record, sort_keys=False), encoding="utf-8")
    return record


def verify(directory: Path = DIRECTORY) -> Path:
    """The snapshot's path, once its sha256 matches SOURCE.yaml."""
    document = directory / DOCUMENT
    try:
        record = yaml.safe_load((directory / SOURCE).read_text(encoding="utf-8"))
        digest = hashlib.sha256(document.read_bytes()).hexdigest()
    except (OSError, yaml.YAMLError) as error:
        raise DiffError(f"cannot read the upstream snapshot in {directory}: {error}") from error
    if not isinstance(record, dict) or record.get("sha256") != digest:
        raise DiffError(
            f"{document} is not the document {SOURCE} records (sha256 differs): the snapshot is Hex's "
            "document as published; replace it with `make upstream-update FILE=...`, never by hand"
        )
    return document
