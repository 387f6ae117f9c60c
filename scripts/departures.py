"""The ledger of departures (`spec/departures.yaml`, whose header describes an entry): every
deliberate difference between our spec and Hex's document, each pointing at the `spec/CURATION.md`
heading that explains it.

Every listed operation and every field glob must explain at least one difference: one that no longer
does is stale, so the ledger cannot keep explaining a departure that is gone.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.openapi_diff import ABSENT, ROOT, Change, DiffError, describe, same

LEDGER = ROOT / "spec" / "departures.yaml"
CURATION = ROOT / "spec" / "CURATION.md"
KEYS = {"curation", "operations", "kinds", "fields", "before", "after"}


@dataclass(frozen=True)
class Departure:
    number: int  # 1-based position in the ledger, for messages
    curation: str
    operations: tuple[str, ...]  # empty: any operation
    kinds: tuple[str, ...]
    fields: tuple[str, ...]
    before: Any = ABSENT
    after: Any = ABSENT

    @property
    def label(self) -> str:
        return f"entry {self.number} ({self.curation!r})"

    def explains(self, change: Change, field_pattern: str | None = None) -> bool:
        """Whether this entry explains the change (through `field_pattern` alone, when given)."""
        patterns = self.fields if field_pattern is None else (field_pattern,)
        return (
            (not self.operations or change.operation_id in self.operations)
            and change.kind in self.kinds
            and any(matches(pattern, describe(change.location)) for pattern in patterns)
            and (self.before is ABSENT or same(self.before, change.before))
            and (self.after is ABSENT or same(self.after, change.after))
        )


def matches(pattern: str, text: str) -> bool:
    """`*` any characters, `?` one, anything else itself: fnmatch with `[` escaped (no character class)."""
    return fnmatch.fnmatchcase(text, pattern.replace("[", "[[]"))


def load(path: Path = LEDGER) -> list[Departure]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DiffError(f"cannot read {path}: {error}") from error
    entries = document.get("departures") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise DiffError(f"{path}: expected a mapping with a `departures` list")
    return [parse(number, entry) for number, entry in enumerate(entries, start=1)]


def parse(number: int, entry: Any) -> Departure:
    def strings(key: str, default: Sequence[str] | None = None) -> tuple[str, ...]:
        value = entry.get(key, default)
        if isinstance(value, str):
            value = [value]
        if not value or not all(isinstance(item, str) and item for item in value):
            raise DiffError(f"entry {number}: `{key}` must be a non-empty string or list of strings")
        return tuple(value)

    if not isinstance(entry, dict) or set(entry) - KEYS:
        unknown = sorted(set(entry) - KEYS) if isinstance(entry, dict) else entry
        raise DiffError(f"entry {number}: expected a mapping of {sorted(KEYS)}, got {unknown!r}")
    curation = entry.get("curation")
    if not isinstance(curation, str) or not curation:
        raise DiffError(f"entry {number}: `curation` must name a heading of spec/CURATION.md")
    operations = strings("operations")
    return Departure(
        number=number,
        curation=curation,
        operations=() if operations == ("*",) else operations,
        kinds=strings("kinds"),
        fields=strings("fields", ["*"]),
        before=entry.get("before", ABSENT),
        after=entry.get("after", ABSENT),
    )


def headings(curation: Path = CURATION) -> set[str]:
    """The Markdown headings of CURATION.md, without their `#`s."""
    found = re.findall(r"^#{1,6}\s+(.+?)\s*$", curation.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return set(found)


@dataclass
class Verdict:
    unexplained: list[Change]
    stale: list[str]  # what no longer explains anything, in words
    unknown_headings: list[str]

    @property
    def ok(self) -> bool:
        return not (self.unexplained or self.stale or self.unknown_headings)


def judge(changes: Iterable[Change], ledger: Sequence[Departure], known_headings: set[str]) -> Verdict:
    """Which changes no entry explains, which parts of entries explain nothing, which headings are unknown."""
    changes = list(changes)
    unexplained = [change for change in changes if not any(entry.explains(change) for entry in ledger)]
    stale: list[str] = []
    for entry in ledger:
        explained = [change for change in changes if entry.explains(change)]
        if not explained:
            stale.append(f"{entry.label} explains no difference")
            continue
        stale += [
            f"{entry.label}: operation {operation} has no such difference"
            for operation in entry.operations
            if not any(change.operation_id == operation for change in explained)
        ]
        stale += [
            f"{entry.label}: field {pattern!r} matches no such difference"
            for pattern in entry.fields
            if not any(entry.explains(change, pattern) for change in explained)
        ]
    unknown = [
        f"{entry.label}: no heading {entry.curation!r} in spec/CURATION.md"
        for entry in ledger
        if entry.curation not in known_headings
    ]
    return Verdict(unexplained, stale, unknown)


def suggest(changes: Iterable[Change]) -> list[dict[str, Any]]:
    """Ledger stubs for unexplained changes: one per kind and pair of values, `curation` left to fill in.

    Values that are mappings or lists (a status's bodies, an enum) and operations' routes are left out."""
    groups: dict[str, tuple[dict[str, Any], set[str], set[str]]] = {}
    for change in changes:
        values = {
            side: value
            for side, value in (("before", change.before), ("after", change.after))
            if value is not ABSENT and not isinstance(value, dict | list) and change.location != "/"
        }
        key = repr((change.kind, sorted(values.items())))
        _, operations, fields = groups.setdefault(key, ({"kinds": [change.kind], **values}, set(), set()))
        operations.add(change.operation_id)
        fields.add(describe(change.location))
    return [
        {
            "curation": "TODO: a heading of spec/CURATION.md",
            "operations": sorted(operations),
            "fields": sorted(fields),
            **stub,
        }
        for stub, operations, fields in groups.values()
    ]
