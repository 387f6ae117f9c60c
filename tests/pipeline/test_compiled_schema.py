"""The compiled schema check (jsonschema-rs) never accepts what jsonschema refuses.

The kernel accepts whatever the compiled check accepts without asking jsonschema, so a compiled check
looser than jsonschema would let invalid bodies through to the handlers. These tests hold the two
to the same verdict, on instances generated near every request and response schema in the spec and
on hand-picked instances where the libraries' rules differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hex_mock._oas_validators import oas30_format_checker
from hex_mock.compiled_schema import CompiledSchema, compile_acceptance
from hex_mock.spec import load_spec
from hex_mock.validation import RequestValidator, ResponseValidator, flatten_schema

# Values of the wrong kind, mixed in at every level.
WRONG: st.SearchStrategy[Any] = st.sampled_from(
    [None, 0, -1, 1.5, "", "x", True, [], {}, 2**31, -(2**31) - 1, 2**70]
)


def near(schema: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances valid for `schema`, and some that are not (wrong types, bad ids, extra keys...)."""
    right = _shaped(flatten_schema(schema), depth)
    if schema.get("nullable"):
        right = st.one_of(st.none(), right)
    return st.one_of(right, right, right, WRONG)


def _shaped(schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if depth > 6:
        return WRONG
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            return st.one_of([near(member, depth + 1) for member in schema[keyword]])
    if "enum" in schema:
        return st.sampled_from([*schema["enum"], "NOT_A_MEMBER"])
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    if kind == "array":
        items = near(schema.get("items") or {}, depth + 1)
        return st.lists(items, max_size=(schema.get("maxItems") or 3) + 1)
    if kind == "string":
        if schema.get("format") == "uuid" or "pattern" in schema:
            ids = st.uuids().map(str)
            return st.one_of(ids, ids.map(str.upper), ids.map(lambda text: text + "\n"), st.text(max_size=5))
        if schema.get("format") == "date-time":
            return st.sampled_from(["2025-01-06T09:00:00.000Z", "2025-01-06T09:00:00", "yesterday"])
        longest = schema.get("maxLength")
        return st.text(max_size=(longest + 2) if longest is not None else 12)
    if kind == "integer":
        return st.one_of(st.integers(-(2**33), 2**33), st.integers(), st.just(1.0))
    if kind == "number":
        return st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers())
    if kind == "boolean":
        return st.booleans()
    return st.one_of(WRONG, st.text(max_size=3))


def _object(schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    members = {name: near(member, depth + 1) for name, member in properties.items()}
    shaped = st.fixed_dictionaries(
        {name: value for name, value in members.items() if name in required},
        optional={name: value for name, value in members.items() if name not in required},
    )
    extra = st.dictionaries(st.sampled_from(["unexpected", *properties]), WRONG, max_size=1)
    dropped = shaped.flatmap(
        lambda value: st.sampled_from(sorted(value) or [""]).map(
            lambda key: {k: v for k, v in value.items() if k != key}
        )
    )
    return st.one_of(
        shaped, shaped, st.tuples(shaped, extra).map(lambda pair: {**pair[0], **pair[1]}), dropped
    )


def _schemas() -> list[tuple[str, CompiledSchema]]:
    """(label, validator) for every request body and successful JSON response in the spec."""
    found: list[tuple[str, CompiledSchema]] = []
    for operation in load_spec().operations:
        if operation.body is not None:
            found.append((f"{operation.operation_id} request", operation.body.validator))
        for status, shape in sorted(operation.responses.items()):
            if shape.validator is not None and 200 <= status < 300:
                found.append((f"{operation.operation_id} {status}", shape.validator))
    return found


SCHEMAS = _schemas()


@pytest.mark.parametrize("compiled", [entry[1] for entry in SCHEMAS], ids=[entry[0] for entry in SCHEMAS])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_compiled_check_agrees_with_jsonschema(compiled: CompiledSchema, data: st.DataObject) -> None:
    accepts = compiled.accepts
    assert accepts is not None, "every schema in the spec should have a fast path"
    instance = data.draw(near(compiled.schema))
    valid = not list(compiled.detailed.iter_errors(instance))
    assert accepts(instance) == valid, f"compiled says {accepts(instance)}, jsonschema says {valid}"


def both(schema: Mapping[str, Any], *, request: bool = True) -> tuple[Any, Any]:
    base = RequestValidator if request else ResponseValidator
    detailed = base(schema, format_checker=oas30_format_checker)
    return compile_acceptance(schema), detailed


UUID = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"
REF = {"type": "string", "format": "uuid", "pattern": "^[0-9a-fA-F-]{36}$"}


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        ({"allOf": [REF], "nullable": True}, None),
        ({"allOf": [REF], "nullable": True}, UUID),
        ({"allOf": [REF], "nullable": True}, "not-a-uuid"),
        ({"allOf": [REF]}, None),
        ({"type": "string", "enum": ["A"], "nullable": True}, None),
        ({"type": "string", "enum": ["A"]}, None),
        ({"type": "integer", "format": "int32"}, 2**31 - 1),
        ({"type": "integer", "format": "int32"}, 2**31),
        ({"type": "integer", "format": "int32"}, -(2**31)),
        ({"type": "integer", "format": "int32"}, -(2**31) - 1),
        ({"type": "integer", "format": "int64"}, 2**63),
        ({"type": "integer"}, 2**70),
        ({"type": "integer"}, 1.0),
        ({"type": "integer"}, True),
        ({"type": "number"}, False),
        ({"type": "number", "format": "double"}, 1),
        ({"type": "string", "pattern": "^a$"}, "b"),
        ({"type": "string", "pattern": "^a$"}, "a\n"),  # Python's `$` allows a final newline
        ({"type": "string", "pattern": r"^\d+$"}, "١٢"),  # Arabic-Indic digits: Python's \d takes them
        ({"type": "string", "format": "uuid"}, UUID.upper()),
        ({"type": "string", "maxLength": 1}, "\U0001f600"),
        ({"type": "string", "format": "date-time"}, "2025-01-06T09:00:00Z"),
        ({"type": "string", "format": "no-such-format"}, "anything"),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 1}, [1, 2]),
        ({"type": "object", "additionalProperties": False, "properties": {"a": {}}}, {"b": 1}),
        ({"type": "object", "required": ["a"]}, {}),
        ({"type": "number", "maximum": 5, "exclusiveMaximum": True}, 5),
        # `not` inverts its subschema, so the translation under it must be exact.
        ({"type": "string", "not": {"enum": ["if"]}}, "if"),
        ({"type": "string", "not": {"pattern": "^a$"}}, "a\n"),
        ({"type": "string", "not": {"format": "uuid"}}, UUID.upper()),
        ({"not": {"allOf": [REF], "nullable": True}}, None),
        (
            {"type": "object", "not": {"required": ["a", "b"], "properties": {"b": {"enum": [True]}}}},
            {"a": 1, "b": False},
        ),
    ],
)
def test_hand_picked_instances_get_the_same_verdict(schema: Mapping[str, Any], instance: Any) -> None:
    accepts, detailed = both(schema)
    assert accepts is not None
    assert accepts(instance) == (not list(detailed.iter_errors(instance)))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}},
        {"type": "object", "properties": {"n": {"type": "number", "multipleOf": 0.1}}},
        {"type": "object", "properties": {"a": {"type": "array", "uniqueItems": True}}},
        {"type": "object", "discriminator": {"propertyName": "kind"}},
    ],
)
def test_schemas_outside_the_translation_get_no_fast_path(schema: Mapping[str, Any]) -> None:
    assert compile_acceptance(schema) is None
    # ... and the combined validator still answers, through jsonschema alone.
    combined = CompiledSchema(RequestValidator(schema, format_checker=oas30_format_checker), schema)
    assert combined.accepts is None
    assert "'x' is not of type 'object'" in [error.message for error in combined.iter_errors("x")]


def test_refusals_are_explained_by_jsonschema() -> None:
    schema = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    combined = CompiledSchema(RequestValidator(schema, format_checker=oas30_format_checker), schema)
    assert list(combined.iter_errors({"name": "x"})) == []
    [error] = list(combined.iter_errors({}))
    assert error.validator == "required"
