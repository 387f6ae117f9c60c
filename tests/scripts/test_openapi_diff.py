"""scripts/openapi_diff.py reports each kind of difference between two documents, and no more.

The fixtures: `ours.yaml` (a tiny curated spec), `upstream-equivalent.yaml` (the same API written the way
Hex writes it: no difference) and `upstream-changed.yaml` (one change of each kind, marked CHANGE).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from scripts import openapi_diff
from scripts.openapi_diff import ABSENT, Change

FIXTURES = Path(__file__).parent / "fixtures"
OURS = FIXTURES / "ours.yaml"
EQUIVALENT = FIXTURES / "upstream-equivalent.yaml"
CHANGED = FIXTURES / "upstream-changed.yaml"
HEX_URL = "https://static.hex.site/openapi.json"
BODY = "/requestBody/content/application~1json/schema"
WIDGET = "/responses/200/content/application~1json/schema"
QUERY = "/parameters/query"
ERROR = {"application/json": "object {code, message}"}  # how a one-sided status shows its body

Row = tuple[str, str, str, Any, Any]  # operationId, location, kind, value before, value after


def run(upstream: Path) -> list[Change]:
    return openapi_diff.diff(openapi_diff.load(str(upstream)), openapi_diff.load(str(OURS)))


def rows(changes: list[Change]) -> list[Row]:
    """The differences inside operations both documents have."""
    return [
        (change.operation_id, change.location, change.kind, change.before, change.after)
        for change in changes
        if not change.kind.startswith("operation ")
    ]


@pytest.fixture(scope="module")
def changed() -> list[Row]:
    return rows(run(CHANGED))


# Every difference upstream-changed.yaml holds, by the kind of change it proves is reported.
CHANGES: dict[str, Row] = {
    "method changed": ("UpdateWidget", "/", "method", "PUT", "PATCH"),
    "path changed": (
        "UpdateWidget",
        "/",
        "path",
        "/v1/widgets/{widgetId}/settings",
        "/v1/widgets/{widgetId}",
    ),
    "parameter added": ("ListWidgets", f"{QUERY}/search", "parameter removed", "string", ABSENT),
    "parameter removed": (
        "ListWidgets",
        f"{QUERY}/includeArchived",
        "parameter added",
        ABSENT,
        "boolean",
    ),
    "parameter required": ("ListWidgets", "/parameters/header/x-request-id", "required", True, False),
    "parameter type": ("ListWidgets", f"{QUERY}/offset/schema", "type", "number", "integer"),
    "parameter enum value added": (
        "ListWidgets",
        f"{QUERY}/kind/schema",
        "enum value removed",
        "DOODAD",
        ABSENT,
    ),
    "parameter enum value removed": (
        "ListWidgets",
        f"{QUERY}/kind/schema",
        "enum value added",
        ABSENT,
        "GIZMO",
    ),
    "parameter bounds": ("ListWidgets", f"{QUERY}/limit/schema", "maximum", 500, 100),
    "parameter default": ("ListWidgets", f"{QUERY}/sort/schema", "default", "CREATED", "NAME"),
    "string default": ("ListWidgets", f"{QUERY}/limit/schema", "string default", "25", 25),
    "request body required": ("CreateWidget", "/requestBody", "required", False, True),
    "request body field bounds": ("CreateWidget", f"{BODY}/properties/name", "maxLength", 200, 100),
    "field added": ("GetWidget", f"{WIDGET}/properties/color", "field removed", "string", ABSENT),
    "field removed": (
        "GetWidget",
        f"{WIDGET}/properties/tags",
        "field added",
        ABSENT,
        "array of string",
    ),
    "field type": ("GetWidget", f"{WIDGET}/properties/weight", "type", "integer", "number"),
    "field format (timestamp)": (
        "GetWidget",
        f"{WIDGET}/properties/createdAt",
        "format",
        "timestamp",
        "date-time",
    ),
    "field required": ("GetWidget", f"{WIDGET}/properties/createdAt", "required", False, True),
    "field nullable": ("GetWidget", f"{WIDGET}/properties/name", "nullable", True, False),
    "array item type": ("GetWidget", f"{WIDGET}/properties/labels/items", "type", "integer", "string"),
    "additionalProperties": ("GetWidget", WIDGET, "additionalProperties", ABSENT, False),
    "anyOf member added": (
        "GetWidget",
        f"{WIDGET}/properties/owner/anyOf/0",
        "member removed",
        "object {teamId}",
        ABSENT,
    ),
    "anyOf member changed": (
        "GetWidget",
        f"{WIDGET}/properties/owner/anyOf/2/properties/scopes",
        "required",
        True,
        False,
    ),
    "status added": ("GetWidget", "/responses/410", "status removed", ERROR, ABSENT),
    "status removed": ("GetWidget", "/responses/404", "status added", ABSENT, ERROR),
}


@pytest.mark.parametrize("expected", CHANGES.values(), ids=CHANGES.keys())
def test_each_kind_of_change_is_reported(changed: list[Row], expected: Row) -> None:
    assert expected in changed


def test_nothing_else_is_reported(changed: list[Row]) -> None:
    """Renamed components, `$ref`s and the unchanged rest of upstream-changed.yaml add nothing."""
    assert sorted(changed, key=repr) == sorted(CHANGES.values(), key=repr)


def test_operations_on_one_side_only_come_first_as_one_change_each() -> None:
    one_sided = [
        (change.operation_id, change.kind, change.before, change.after, change.note)
        for change in run(CHANGED)[:3]
    ]
    assert one_sided == [
        ("ArchiveWidget", "operation removed", "POST /v1/widgets/{widgetId}/archive", ABSENT, None),
        ("DeleteWidget", "operation added", ABSENT, "DELETE /v1/widgets/{widgetId}", None),
        ("GetWidgetLegacy", "operation added", ABSENT, "GET /v1/widget/{widgetId}", "deprecated"),
    ]
    assert len(run(CHANGED)) == 3 + len(CHANGES)


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("/", "operation"),
        ("/parameters/query/limit/schema", "query parameter limit"),
        ("/parameters/header/x-request-id", "header parameter x-request-id"),
        ("/requestBody", "request body"),
        (f"{BODY}/properties/location/properties/parentCellId", "request body field location.parentCellId"),
        ("/requestBody/content/multipart~1form-data/schema", "request body (multipart/form-data)"),
        (f"{WIDGET}/properties/runs/items/properties/status", "response 200 field runs[].status"),
        (f"{WIDGET}/properties/owner/anyOf/2/properties/scopes", "response 200 field owner<anyOf 2>.scopes"),
        (f"{WIDGET}/additionalProperties", "response 200 field {*}"),
        (WIDGET, "response 200"),
        ("/responses/404", "status 404"),
    ],
)
def test_locations_are_described_in_words(location: str, words: str) -> None:
    assert openapi_diff.Change(location, "type").where == words


def test_known_normalisations_are_reported_with_a_note() -> None:
    notes = {(change.operation_id, change.location, change.kind): change.note for change in run(CHANGED)}
    assert notes[("GetWidget", f"{WIDGET}/properties/createdAt", "format")] == (
        "known normalisation: timestamp is date-time"
    )
    assert ("ListWidgets", f"{QUERY}/limit/schema", "default") not in notes


def test_request_bodies_and_content_types_on_one_side_are_reported() -> None:
    def document(*media_types: str) -> dict[str, Any]:
        body = {"content": {media_type: {"schema": {"type": "object"}} for media_type in media_types}}
        operation = {"operationId": "Post", "responses": {"204": {"description": ""}}}
        return {"paths": {"/w": {"post": {**operation, **({"requestBody": body} if media_types else {})}}}}

    json_only, both = document("application/json"), document("application/json", "multipart/form-data")
    assert rows(openapi_diff.diff(json_only, document())) == [
        ("Post", "/requestBody", "request body removed", ["application/json"], ABSENT)
    ]
    form = "/requestBody/content/multipart~1form-data/schema"
    expected = ("Post", form, "content type added", ABSENT, "object")
    assert rows(openapi_diff.diff(json_only, both)) == [expected]


@pytest.mark.parametrize(
    ("upstream", "ours", "expected"),
    [
        ("25", 25, ("string default", None)),
        ("false", False, ("string default", None)),
        ("50", 25, ("default", "string default")),
        ("1", True, ("default", "string default")),
        ("25", "25", None),
    ],
)
def test_string_defaults_equal_to_our_typed_default_are_flagged_not_changed(
    upstream: str, ours: Any, expected: tuple[str, str | None] | None
) -> None:
    found = openapi_diff.compare_value("/x", "default", upstream, ours)
    assert [(difference.kind, difference.note) for difference in found] == ([expected] if expected else [])


# --- What is no difference ----------------------------------------------------------------------


def test_an_equivalent_upstream_has_no_differences() -> None:
    assert run(EQUIVALENT) == []


def schema_differences(
    upstream: dict[str, Any],
    ours: dict[str, Any],
    upstream_components: dict[str, Any] | None = None,
    our_components: dict[str, Any] | None = None,
) -> list[tuple[str, str]]:
    upstream_document = {"components": {"schemas": upstream_components or {}}, "schema": upstream}
    our_document = {"components": {"schemas": our_components or {}}, "schema": ours}
    before, after = (
        openapi_diff.dereferenced(document)["schema"] for document in (upstream_document, our_document)
    )
    found = openapi_diff.compare("", openapi_diff.normalise(before), openapi_diff.normalise(after))
    return [(difference.location, difference.kind) for difference in found]


# Two object shapes that share a field, so either could pass for the other at a glance.
PERSON: dict[str, Any] = {
    "type": "object",
    "required": ["email"],
    "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
}
BOT: dict[str, Any] = {
    "type": "object",
    "required": ["botId"],
    "properties": {"name": {"type": "string"}, "botId": {"type": "string"}},
}


def test_renamed_components_are_not_reported() -> None:
    upstream = {"$ref": "#/components/schemas/ProjectApiResource"}
    ours = {"$ref": "#/components/schemas/Project"}
    assert schema_differences(upstream, ours, {"ProjectApiResource": PERSON}, {"Project": PERSON}) == []
    assert schema_differences(upstream, ours, {"ProjectApiResource": PERSON}, {"Project": BOT}) != []


def test_a_ref_and_its_inline_copy_are_equivalent() -> None:
    alias = {"$ref": "#/components/schemas/EnumValues_typeofKind_"}
    components = {"Kind": alias, "EnumValues_typeofKind_": {"type": "string", "enum": ["A", "B"]}}
    inline = {"type": "string", "enum": ["B", "A"], "description": "Ours, in our words."}
    assert schema_differences({"$ref": "#/components/schemas/Kind"}, inline, components) == []
    assert schema_differences(inline, {"$ref": "#/components/schemas/Kind"}, None, components) == []


def test_allof_ref_with_nullable_equals_type_with_nullable() -> None:
    timestamp = {"type": "string", "format": "date-time"}
    wrapped = {"allOf": [{"$ref": "#/components/schemas/Timestamp"}], "nullable": True}
    plain = {**timestamp, "nullable": True}
    assert schema_differences(plain, wrapped, None, {"Timestamp": timestamp}) == []
    assert schema_differences(timestamp, wrapped, None, {"Timestamp": timestamp}) == [("", "nullable")]


def test_allof_members_merge_into_one_object() -> None:
    parts = {"allOf": [PERSON, BOT]}
    whole = {
        "type": "object",
        "required": ["botId", "email"],
        "properties": {**BOT["properties"], **PERSON["properties"]},
    }
    assert schema_differences(parts, whole) == []


def test_open_objects_are_equivalent_however_they_are_written() -> None:
    absent: dict[str, Any] = {"type": "object"}
    for upstream in (
        {"type": "object", "additionalProperties": {}},
        {"type": "object", "additionalProperties": True},
    ):
        assert schema_differences({**upstream, "properties": {}}, absent) == []
    closed = {"type": "object", "additionalProperties": False}
    assert schema_differences(absent, closed) == [("", "additionalProperties")]


def test_anyof_members_are_matched_by_shape_not_position() -> None:
    assert schema_differences({"anyOf": [PERSON, BOT]}, {"anyOf": [BOT, PERSON]}) == []
    assert schema_differences({"anyOf": [PERSON, BOT]}, {"oneOf": [BOT, PERSON]}) == [("", "combinator")]


def test_path_parameters_differing_only_in_name_are_the_same() -> None:
    upstream = openapi_diff.operations(openapi_diff.load(str(EQUIVALENT)))["GetWidget"]
    ours = openapi_diff.operations(openapi_diff.load(str(OURS)))["GetWidget"]
    assert (upstream["path"], ours["path"]) == ("/v1/widgets/{id}", "/v1/widgets/{widgetId}")
    assert openapi_diff.compare_operations(upstream, ours) == []


def test_a_recursive_schema_is_compared_down_to_its_repetition() -> None:
    def tree(name: str, leaf: str) -> dict[str, Any]:
        children = {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}
        return {"type": "object", "properties": {"leaf": {"type": leaf}, "children": children}}

    upstream, ours = {"$ref": "#/components/schemas/Node"}, {"$ref": "#/components/schemas/TreeNode"}
    assert (
        schema_differences(
            upstream, ours, {"Node": tree("Node", "string")}, {"TreeNode": tree("TreeNode", "string")}
        )
        == []
    )
    assert schema_differences(
        upstream, ours, {"Node": tree("Node", "string")}, {"TreeNode": tree("TreeNode", "integer")}
    ) == [("/properties/leaf", "type")]


def test_our_real_spec_has_no_differences_from_itself() -> None:
    spec = openapi_diff.load(str(openapi_diff.SPEC))
    assert openapi_diff.operations(spec)
    assert openapi_diff.diff(spec, spec) == []


# --- JSON and loading ---------------------------------------------------------------------------


def test_json_leaves_an_absent_side_out_and_a_note_in() -> None:
    found = {(change.location, change.kind): change for change in run(CHANGED)}
    assert found[("/responses/410", "status removed")].as_json() == {
        "operationId": "GetWidget",
        "where": "status 410",
        "location": "/responses/410",
        "kind": "status removed",
        "before": ERROR,
    }
    assert found[(f"{WIDGET}/properties/createdAt", "format")].as_json() == {
        "operationId": "GetWidget",
        "where": "response 200 field createdAt",
        "location": f"{WIDGET}/properties/createdAt",
        "kind": "format",
        "before": "timestamp",
        "after": "date-time",
        "note": "known normalisation: timestamp is date-time",
    }


def test_json_keeps_null_apart_from_absent() -> None:
    assert Change("/x", "default", None, ABSENT, operation_id="Op").as_json() == {
        "operationId": "Op",
        "where": "/x",
        "location": "/x",
        "kind": "default",
        "before": None,
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot load"),
        ("- just\n- a list\n", "is not an OpenAPI document"),
        (
            "paths: {/a: {get: {responses: {'200': {$ref: '#/components/responses/Gone'}}}}}",
            "cannot resolve $ref",
        ),
        ("paths: {/a: {get: {parameters: [{in: query}], responses: {}}}}", "malformed path item /a"),
        ("paths: [unclosed", "cannot load"),
    ],
    ids=["missing file", "not openapi", "broken ref", "malformed parameter", "bad yaml"],
)
def test_a_document_that_cannot_be_read_raises_diff_error(
    tmp_path: Path, content: str | None, message: str
) -> None:
    upstream = tmp_path / "upstream.yaml"
    if content is not None:
        upstream.write_text(content)
    with pytest.raises(openapi_diff.DiffError, match=re.escape(message)):
        openapi_diff.diff(openapi_diff.load(str(upstream)), openapi_diff.load(str(OURS)))


# --- Fetching a document by URL (never the network) ---------------------------------------------


def test_a_url_is_fetched_with_httpx() -> None:
    requested: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(200, json=yaml.safe_load(CHANGED.read_text()))

    with httpx.Client(transport=httpx.MockTransport(serve)) as http:
        assert openapi_diff.load(HEX_URL, http) == yaml.safe_load(CHANGED.read_text())
    assert requested == [HEX_URL]


def test_a_failing_url_raises_diff_error() -> None:
    with (
        httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(404))) as http,
        pytest.raises(openapi_diff.DiffError, match=f"cannot load {re.escape(HEX_URL)}"),
    ):
        openapi_diff.load(HEX_URL, http)


def test_an_operation_becoming_deprecated_is_a_difference() -> None:
    def document(deprecated: bool) -> dict[str, Any]:
        operation = {
            "operationId": "Get",
            "deprecated": deprecated,
            "responses": {"204": {"description": ""}},
        }
        return {"paths": {"/w": {"get": operation}}}

    assert rows(openapi_diff.diff(document(False), document(True))) == [
        ("Get", "/", "deprecated", False, True)
    ]


def test_not_and_property_counts_are_compared() -> None:
    keyword = {"type": "string", "not": {"enum": ["class"]}}
    assert schema_differences({"type": "string"}, keyword) == [("", "not")]
    assert schema_differences(keyword, {"type": "string", "not": {"enum": ["def"]}}) == [
        ("/not", "enum value removed"),
        ("/not", "enum value added"),
    ]
    assert schema_differences({"type": "object"}, {"type": "object", "maxProperties": 1}) == [
        ("", "maxProperties")
    ]


def test_a_required_parameter_body_or_field_on_one_side_is_noted_required() -> None:
    def document(*, required: bool) -> dict[str, Any]:
        parameter = {"in": "query", "name": "q", "required": required, "schema": {"type": "string"}}
        schema = {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "required": ["a"] if required else [],
        }
        body = {"required": required, "content": {"application/json": {"schema": schema}}}
        operation = {"operationId": "Post", "parameters": [parameter], "requestBody": body}
        return {"paths": {"/w": {"post": {**operation, "responses": {"204": {"description": ""}}}}}}

    bare: dict[str, Any] = {"paths": {"/w": {"post": {"operationId": "Post", "responses": {"204": {}}}}}}
    for required, note in ((True, openapi_diff.REQUIRED), (False, None)):
        notes = {change.kind: change.note for change in openapi_diff.diff(bare, document(required=required))}
        assert notes == {"parameter added": note, "request body added": note}
    empty = {"type": "object", "properties": {}}
    for required, note in ((True, openapi_diff.REQUIRED), (False, None)):
        field = {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "required": ["a"] if required else [],
        }
        [difference] = openapi_diff.compare("", openapi_diff.normalise(field), openapi_diff.normalise(empty))
        assert (difference.kind, difference.note) == ("field removed", note)
