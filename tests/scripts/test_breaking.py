"""Each kind of change is judged by what it breaks: the client, the mock, or nothing."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.breaking import CLIENT, HARMLESS, MOCK, classify
from scripts.openapi_diff import ABSENT, REQUIRED, Change

BODY = "/requestBody/content/application~1json/schema/properties"
REPLY = "/responses/200/content/application~1json/schema/properties"


def level(
    location: str, kind: str, before: Any = ABSENT, after: Any = ABSENT, note: str | None = None
) -> str:
    return classify(Change(location, kind, before, after, note, "Op")).level


@pytest.mark.parametrize(
    ("location", "kind", "before", "after", "note", "expected"),
    [
        ("/", "operation removed", "GET /a", ABSENT, None, CLIENT),
        ("/", "operation added", ABSENT, "GET /a", None, HARMLESS),
        ("/", "path", "/a", "/b", None, CLIENT),
        ("/parameters/query/q", "parameter added", ABSENT, "string", REQUIRED, CLIENT),
        ("/parameters/query/q", "parameter added", ABSENT, "string", None, MOCK),
        ("/parameters/query/q", "parameter removed", "string", ABSENT, None, CLIENT),
        ("/parameters/query/q", "required", False, True, None, CLIENT),
        ("/parameters/query/q", "required", True, False, None, MOCK),
        ("/requestBody", "request body added", ABSENT, ["application/json"], REQUIRED, CLIENT),
        ("/requestBody", "request body added", ABSENT, ["application/json"], None, MOCK),
        (f"{BODY}/name", "field added", ABSENT, "string", REQUIRED, CLIENT),
        (f"{BODY}/name", "field added", ABSENT, "string", None, MOCK),
        (f"{BODY}/name", "field removed", "string", ABSENT, None, CLIENT),
        (f"{REPLY}/name", "field added", ABSENT, "string", None, MOCK),
        (f"{REPLY}/name", "field removed", "string", ABSENT, None, CLIENT),
        (f"{REPLY}/name", "required", True, False, None, CLIENT),
        (f"{REPLY}/name", "required", False, True, None, MOCK),
        (f"{REPLY}/name", "type", "integer", "string", None, CLIENT),
        (f"{REPLY}/id", "format", ABSENT, "uuid", None, CLIENT),
        (f"{REPLY}/count", "format", "int32", ABSENT, None, HARMLESS),
        (f"{REPLY}/status", "enum value added", ABSENT, "NEW", None, CLIENT),
        (f"{BODY}/status", "enum value added", ABSENT, "NEW", None, MOCK),
        (f"{BODY}/status", "enum value removed", "OLD", ABSENT, None, CLIENT),
        (f"{REPLY}/status", "enum value removed", "OLD", ABSENT, None, CLIENT),
        (f"{REPLY}/name", "nullable", False, True, None, CLIENT),
        (f"{REPLY}/name", "nullable", True, False, None, HARMLESS),
        (f"{BODY}/name", "nullable", True, False, None, CLIENT),
        (f"{BODY}/name", "nullable", False, True, None, MOCK),
        (f"{BODY}/name", "maxLength", 200, 100, None, CLIENT),
        (f"{BODY}/name", "maxLength", 100, 200, None, MOCK),
        (f"{BODY}/name", "minLength", ABSENT, 1, None, CLIENT),
        (f"{BODY}/name", "pattern", "^a", ABSENT, None, MOCK),
        (f"{BODY}/name", "not", ABSENT, "any enum ['class']", None, CLIENT),
        (f"{BODY}/contents", "maxProperties", ABSENT, 1, None, CLIENT),
        (f"{BODY}/contents", "maxProperties", 1, ABSENT, None, MOCK),
        (
            "/requestBody/content/application~1json/schema",
            "additionalProperties",
            ABSENT,
            False,
            None,
            CLIENT,
        ),
        (f"{REPLY}/name", "maxLength", 100, 200, None, HARMLESS),
        ("/responses/201", "status added", ABSENT, {}, None, CLIENT),
        ("/responses/429", "status added", ABSENT, {}, None, MOCK),
        ("/responses/200", "status removed", {}, ABSENT, None, CLIENT),
        ("/responses/500", "status removed", {}, ABSENT, None, HARMLESS),
        (f"{REPLY}/owner/anyOf/2", "member added", ABSENT, "object {a}", None, CLIENT),
        (f"{REPLY}/limit", "default", 25, 50, None, HARMLESS),
        (f"{REPLY}/limit", "string default", "25", 25, None, HARMLESS),
        (f"{BODY}/flag", "deprecated", False, True, None, HARMLESS),
        (f"{REPLY}/name", "something new", 1, 2, None, CLIENT),
    ],
)
def test_each_change_is_classified(
    location: str, kind: str, before: Any, after: Any, note: str | None, expected: str
) -> None:
    assert level(location, kind, before, after, note) == expected
