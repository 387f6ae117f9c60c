"""What a change between two versions of an API description breaks: the client (a call that worked
fails, or a reply it parsed no longer parses), the mock (it refuses what is now accepted, or never
sends what can now be received), or nothing (the same wire behaviour, or a new operation).

The same rules judge a new Hex document against the snapshot (upstream-diff) and our spec against an
older version of it (spec-diff, where only what breaks code written against the older client counts).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, NamedTuple

from scripts.openapi_diff import ABSENT, REQUIRED, Change

CLIENT = "breaking for the client"
MOCK = "breaking for the mock"
HARMLESS = "harmless"
LEVELS = (CLIENT, MOCK, HARMLESS)

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Formats the generated client turns into their own Python types (UUID, datetime, date, File); the
# others (int32, double, ...) leave the type as it is.
TYPED_FORMATS = {"uuid", "date-time", "date", "binary", "byte"}


class Impact(NamedTuple):
    level: str  # one of LEVELS
    why: str


def narrows(change: Change) -> bool:
    """Whether a bound or pattern accepts less after the change than before."""
    kind, before, after = change.kind, change.before, change.after
    if kind in LOWER_BOUNDS:
        return after is not ABSENT and (before is ABSENT or after > before)
    if kind in UPPER_BOUNDS:
        return after is not ABSENT and (before is ABSENT or after < before)
    if kind == "additionalProperties":
        return after is False
    return after is not ABSENT and after is not False  # pattern, uniqueItems, not: any new constraint


# Kinds judged alike, and what else their judgement turns on (a group with no condition: nothing).
GROUPS: dict[str, str] = {
    **dict.fromkeys(("method", "path", "type", "combinator", "items", "style", "explode", "enum"), "shape"),
    **dict.fromkeys(("deprecated", "readOnly", "writeOnly", "default", "string default"), "same wire"),
    **dict.fromkeys(("parameter added", "request body added", "field added"), "input added"),
    **dict.fromkeys(("parameter removed", "request body removed", "field removed"), "input removed"),
    **dict.fromkeys(("enum value added", "member added", "content type added"), "value added"),
    **dict.fromkeys(("enum value removed", "member removed", "content type removed"), "value removed"),
    **dict.fromkeys(
        (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "uniqueItems", "additionalProperties", "not"), "bound"
    ),
}
CONDITIONS: dict[str, Callable[[Change], Any]] = {
    "format": lambda change: {change.before, change.after} & TYPED_FORMATS,
    "input added": lambda change: change.note == REQUIRED,
    **dict.fromkeys(("required", "nullable"), lambda change: change.after),
    "status added": lambda change: change.location.startswith("/responses/2"),
    "status removed": lambda change: change.location.startswith("/responses/2"),
    "bound": narrows,
}
# (group, whether the change is in a request, its condition) -> impact; None matches either.
RULES: dict[tuple[str, bool | None, bool | None], Impact] = {
    ("operation removed", None, None): Impact(CLIENT, "calls to it fail"),
    ("operation added", None, None): Impact(HARMLESS, "a new operation"),
    ("format", None, False): Impact(HARMLESS, "same type in the client"),
    ("format", None, True): Impact(CLIENT, "what is sent or parsed changes shape"),
    ("shape", None, None): Impact(CLIENT, "what is sent or parsed changes shape"),
    ("same wire", None, None): Impact(HARMLESS, "same wire behaviour"),
    ("input added", True, True): Impact(CLIENT, "calls without it fail"),
    ("input added", True, False): Impact(MOCK, "the mock does not know it"),
    ("input added", False, None): Impact(MOCK, "the mock never sends it"),
    ("input removed", None, None): Impact(CLIENT, "the client still sends or reads it"),
    ("required", True, True): Impact(CLIENT, "calls without it fail"),
    ("required", True, False): Impact(MOCK, "the mock still requires it"),
    ("required", False, False): Impact(CLIENT, "replies may lack it"),
    ("required", False, True): Impact(MOCK, "the mock may leave it out"),
    ("nullable", True, False): Impact(CLIENT, "null is refused"),
    ("nullable", True, True): Impact(MOCK, "the mock refuses null"),
    ("nullable", False, True): Impact(CLIENT, "replies may carry null"),
    ("nullable", False, False): Impact(HARMLESS, "null no longer sent"),
    ("value added", True, None): Impact(MOCK, "the mock refuses it"),
    ("value added", False, None): Impact(CLIENT, "the client cannot parse it"),
    ("value removed", None, None): Impact(CLIENT, "the client still offers or expects it"),
    ("status added", None, True): Impact(CLIENT, "a success reply the client does not parse"),
    ("status added", None, False): Impact(MOCK, "the mock never answers it"),
    ("status removed", None, True): Impact(CLIENT, "the client expects it"),
    ("status removed", None, False): Impact(HARMLESS, "an error reply no longer documented"),
    ("bound", False, None): Impact(HARMLESS, "the client does not check it in replies"),
    ("bound", True, True): Impact(CLIENT, "values that were accepted are refused"),
    ("bound", True, False): Impact(MOCK, "the mock refuses values now accepted"),
}


def classify(change: Change) -> Impact:
    group = GROUPS.get(change.kind, change.kind)
    request = change.location.startswith(("/parameters", "/requestBody"))
    condition = bool(CONDITIONS[group](change)) if group in CONDITIONS else None
    # The most specific rule first: both known, then the condition alone, then the side alone.
    for when, side in itertools.product((condition, None), (request, None)):
        if (group, side, when) in RULES:
            return RULES[group, side, when]
    return Impact(CLIENT, f"unclassified kind of change {change.kind!r}: treated as breaking")
