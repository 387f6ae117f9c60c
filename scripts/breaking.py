"""What a change between two versions of an API description breaks: the client, the mock, or nothing.

The same rules judge a new Hex document against the old one (`upstream_diff.py`: Hex moved; does our
client still work against Hex, does the mock still behave like Hex?) and a new version of our spec
against an older one (`spec_diff.py`: does code written against the older client still work?).

- breaking for the client: a call that worked fails, or a reply the client parsed no longer parses:
  removed operations, parameters and fields, new required ones, narrowed types, enums and bounds on
  what is sent, new values or nulls in what is received, changed success statuses and routes.
- breaking for the mock: the mock no longer behaves like the API described: it refuses what is now
  accepted (new optional inputs, wider bounds, new request enum values) or never sends what can now
  be received (new response fields, new error statuses).
- harmless: descriptions of the same wire behaviour (defaults, deprecation, new operations).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scripts.openapi_diff import ABSENT, REQUIRED, Change

CLIENT = "breaking for the client"
MOCK = "breaking for the mock"
HARMLESS = "harmless"
LEVELS = (CLIENT, MOCK, HARMLESS)

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
SHAPE = ("method", "path", "type", "combinator", "items", "style", "explode", "enum")
# Formats the generated client turns into their own Python types (UUID, datetime, date, File); the
# others (int32, double, ...) leave the type as it is.
TYPED_FORMATS = {"uuid", "date-time", "date", "binary", "byte"}
NOTES = ("deprecated", "readOnly", "writeOnly", "default", "string default")


@dataclass(frozen=True)
class Impact:
    level: str  # one of LEVELS
    why: str


def side(location: str) -> str:
    if location.startswith(("/parameters", "/requestBody")):
        return "request"
    return "response" if location.startswith("/responses") else "operation"


def is_success(location: str) -> bool:
    return location.removeprefix("/responses/").startswith("2")


def narrows(kind: str, before: Any, after: Any) -> bool:
    """Whether a bound or pattern accepts less after the change than before."""
    if kind in LOWER_BOUNDS:
        return after is not ABSENT and (before is ABSENT or after > before)
    if kind in UPPER_BOUNDS:
        return after is not ABSENT and (before is ABSENT or after < before)
    if kind == "additionalProperties":
        return after is False
    return after is not ABSENT and after is not False  # pattern, uniqueItems, not: any new constraint


def classify(change: Change) -> Impact:
    difference = change.difference
    kind, before, after, where = difference.kind, difference.before, difference.after, difference.location
    request = side(where) == "request"
    if kind == "operation removed":
        return Impact(CLIENT, "calls to it fail")
    if kind == "operation added":
        return Impact(HARMLESS, "a new operation")
    if kind == "format" and not {before, after} & TYPED_FORMATS:
        return Impact(HARMLESS, "same type in the client")
    if kind in (*SHAPE, "format"):
        return Impact(CLIENT, "what is sent or parsed changes shape")
    if kind in NOTES:
        return Impact(HARMLESS, "same wire behaviour")
    if kind in ("parameter added", "request body added"):
        if kind == "request body added" or (isinstance(after, str) and after.endswith(", required")):
            return Impact(CLIENT, "calls without it fail")
        return Impact(MOCK, "the mock does not know it")
    if kind in ("parameter removed", "request body removed"):
        return Impact(CLIENT, "the client still offers it")
    if kind == "field added":
        if request:
            if difference.note == REQUIRED:
                return Impact(CLIENT, "calls without it fail")
            return Impact(MOCK, "the mock does not know it")
        return Impact(MOCK, "the mock never sends it")
    if kind == "field removed":
        return Impact(CLIENT, "the client still sends or reads it")
    if kind == "required":
        if request:
            return (
                Impact(CLIENT, "calls without it fail")
                if after
                else Impact(MOCK, "the mock still requires it")
            )
        return (
            Impact(CLIENT, "replies may lack it") if not after else Impact(MOCK, "the mock may leave it out")
        )
    if kind == "nullable":
        if request:
            return Impact(CLIENT, "null is refused") if not after else Impact(MOCK, "the mock refuses null")
        return Impact(CLIENT, "replies may carry null") if after else Impact(HARMLESS, "null no longer sent")
    if kind in ("enum value added", "member added", "content type added"):
        if request:
            return Impact(MOCK, "the mock refuses it")
        return Impact(CLIENT, "the client cannot parse it")
    if kind in ("enum value removed", "member removed", "content type removed"):
        return Impact(CLIENT, "the client still offers or expects it")
    if kind == "status added":
        if is_success(where):
            return Impact(CLIENT, "a success reply the client does not parse")
        return Impact(MOCK, "the mock never answers it")
    if kind == "status removed":
        if is_success(where):
            return Impact(CLIENT, "the client expects it")
        return Impact(HARMLESS, "an error reply no longer documented")
    if kind in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "uniqueItems", "additionalProperties", "not"):
        if not request:
            return Impact(HARMLESS, "the client does not check it in replies")
        if narrows(kind, before, after):
            return Impact(CLIENT, "values that were accepted are refused")
        return Impact(MOCK, "the mock refuses values now accepted")
    return Impact(CLIENT, f"unclassified kind of change {kind!r}: treated as breaking")
