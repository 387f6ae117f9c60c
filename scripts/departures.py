"""The ledger of departures (`spec/departures.yaml`, whose header says what an entry is and when it
is stale): every deliberate difference between our spec and Hex's document, each pointing at the
`spec/CURATION.md` heading that explains it.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import msgspec

from scripts.openapi_diff import ABSENT, ROOT, Change, DiffError, same

LEDGER = ROOT / "spec" / "departures.yaml"
CURATION = ROOT / "spec" / "CURATION.md"
NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
Strings = NonEmpty | Annotated[list[NonEmpty], msgspec.Meta(min_length=1)]


class Departure(msgspec.Struct, forbid_unknown_fields=True):
    """An entry of the ledger, as its header describes it."""

    curation: NonEmpty
    operations: Strings  # after decoding, each of these three is a list: a lone string is a list of one
    kinds: Strings
    fields: Strings = "*"
    before: Any = ABSENT
    after: Any = ABSENT

    def __post_init__(self) -> None:
        self.operations, self.kinds, self.fields = (
            [value] if isinstance(value, str) else value
            for value in (self.operations, self.kinds, self.fields)
        )
        if self.operations == ["*"]:
            self.operations = []  # any operation

    def explains(self, change: Change, field_pattern: str | None = None) -> bool:
        """Whether this entry explains the change (through `field_pattern` alone, when given)."""
        patterns = self.fields if field_pattern is None else (field_pattern,)
        return (
            (not self.operations or change.operation_id in self.operations)
            and change.kind in self.kinds
            and any(matches(pattern, change.where) for pattern in patterns)
            and (self.before is ABSENT or same(self.before, change.before))
            and (self.after is ABSENT or same(self.after, change.after))
        )


class Ledger(msgspec.Struct):
    departures: list[Departure]


def matches(pattern: str, text: str) -> bool:
    """`*` any characters, `?` one, anything else itself: fnmatch with `[` escaped (no character class)."""
    return fnmatch.fnmatchcase(text, pattern.replace("[", "[[]"))


def load(path: Path = LEDGER) -> list[Departure]:
    try:
        return msgspec.yaml.decode(path.read_bytes(), type=Ledger).departures
    except (OSError, msgspec.MsgspecError) as error:
        raise DiffError(f"cannot read {path}: {error}") from error


def headings(curation: Path = CURATION) -> set[str]:
    found = re.findall(r"^#{1,6}\s+(.+?)\s*$", curation.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return set(found)


class Verdict(NamedTuple):
    unexplained: list[Change]
    stale: list[str]  # what no longer explains anything, in words
    unknown_headings: list[str]

    @property
    def ok(self) -> bool:
        return not (self.unexplained or self.stale or self.unknown_headings)


def judge(changes: Sequence[Change], ledger: Sequence[Departure], known_headings: set[str]) -> Verdict:
    """Which changes no entry explains, which parts of entries explain nothing, which headings are unknown."""
    unexplained = [change for change in changes if not any(entry.explains(change) for entry in ledger)]
    stale: list[str] = []
    unknown: list[str] = []
    for number, entry in enumerate(ledger, start=1):
        label = f"entry {number} ({entry.curation!r})"
        if entry.curation not in known_headings:
            unknown.append(f"{label}: no heading {entry.curation!r} in spec/CURATION.md")
        explained = [change for change in changes if entry.explains(change)]
        if not explained:
            stale.append(f"{label} explains no difference")
            continue
        stale += [
            f"{label}: operation {operation} has no such difference"
            for operation in entry.operations
            if not any(change.operation_id == operation for change in explained)
        ]
        stale += [
            f"{label}: field {pattern!r} matches no such difference"
            for pattern in entry.fields
            if not any(entry.explains(change, pattern) for change in explained)
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
        fields.add(change.where)
    return [
        {
            "curation": "TODO: a heading of spec/CURATION.md",
            "operations": sorted(operations),
            "fields": sorted(fields),
            **stub,
        }
        for stub, operations, fields in groups.values()
    ]
