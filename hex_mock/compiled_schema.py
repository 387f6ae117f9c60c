"""A compiled fast path in front of the jsonschema validators: accept quickly, explain carefully.

jsonschema (through openapi-schema-validator) is the authority on what a body or a response may be
and the source of every error message, but it interprets the schema on every call: 15-50 µs for a
small request body, more than the rest of the mock's pipeline. jsonschema-rs compiles the same
schema once and answers "valid?" in well under a microsecond.

Every schema gets both. An instance the compiled check accepts is accepted; any other goes to
jsonschema, which explains what is wrong, or, where the two libraries disagree, has the last word.
So the compiled check must never accept what jsonschema refuses, and the translation below keeps it
at least as strict:

- the OAS 3.0 schema becomes a draft 4 one: `nullable: true` admits null for the whole schema (the
  convention the mock's validators follow, see validation.py) and OAS's numeric formats become
  bounds;
- patterns and string formats run as Python callbacks, with Python's `re` and the very format
  functions jsonschema uses (JSON Schema's regex dialect is not Python's);
- a schema using any keyword outside the translated set gets no fast path at all.

tests/pipeline/test_compiled_schema.py holds the two to this, on generated and hand-picked instances.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import ValidationError

from hex_mock._oas_validators import oas30_format_checker

DRAFT4 = "http://json-schema.org/draft-04/schema#"

# Keywords whose draft 4 meaning is the OAS 3.0 one (and that jsonschema-rs and jsonschema judge
# alike: `multipleOf` on floats and `uniqueItems` on mixed numbers are left out for that reason).
_SAME_MEANING = frozenset(
    {
        "type",
        "enum",
        "required",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
    }
)
_SUBSCHEMA = frozenset({"items", "additionalProperties"})
_SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf"})
# Annotations: they never make an instance invalid.
_ANNOTATIONS = frozenset(
    {"description", "example", "examples", "default", "deprecated", "title", "externalDocs"}
)
# OAS's numeric formats as the bounds openapi-schema-validator checks (integers only).
_INTEGER_FORMATS = {"int32": 2**31, "int64": 2**63}
# Checked by openapi-schema-validator, but never failing for a JSON number.
_NUMBER_FORMATS = frozenset({"float", "double"})


class UntranslatableSchemaError(ValueError):
    """The schema uses something the translation does not cover: it gets no fast path."""


class _Translation:
    """One schema's draft 4 form and the Python callbacks its patterns and formats need."""

    def __init__(self, annotations: frozenset[str] = _ANNOTATIONS) -> None:
        self.formats: dict[str, Callable[[str], bool]] = {}
        self.annotations = annotations

    def callback(self, check: Callable[[str], bool]) -> dict[str, Any]:
        name = f"x-python-{len(self.formats)}"
        self.formats[name] = check
        return {"format": name}

    def schema(self, node: Any) -> Any:
        if isinstance(node, bool):
            return node
        if not isinstance(node, Mapping):
            raise UntranslatableSchemaError(f"a schema must be an object, got {type(node).__name__}")
        out: dict[str, Any] = {}
        extra: list[dict[str, Any]] = []
        for keyword, value in node.items():
            if keyword in self.annotations or keyword.startswith("x-") or keyword == "nullable":
                continue
            if keyword in _SAME_MEANING:
                out[keyword] = value
            elif keyword == "properties":
                out[keyword] = {name: self.schema(member) for name, member in value.items()}
            elif keyword in _SUBSCHEMA or keyword == "not":
                # `not` inverts its subschema, so that translation must be exact, not merely at
                # least as strict: it is (patterns and formats run jsonschema's own checks).
                out[keyword] = self.schema(value)
            elif keyword in _SUBSCHEMA_LISTS:
                out[keyword] = [self.schema(member) for member in value]
            elif keyword == "pattern":
                extra.append(self.callback(_pattern_check(str(value))))
            elif keyword == "format":
                extra.extend(self.format(str(value)))
            else:
                raise UntranslatableSchemaError(f"keyword {keyword!r}")
        if extra:
            out["allOf"] = [*out.get("allOf", ()), *extra]
        if node.get("nullable") is True:
            return {"anyOf": [{"type": "null"}, out]}
        return out

    def format(self, name: str) -> list[dict[str, Any]]:
        if name in _INTEGER_FORMATS:
            bound = _INTEGER_FORMATS[name]
            return [{"anyOf": [{"not": {"type": "integer"}}, {"minimum": -bound, "maximum": bound - 1}]}]
        if name in _NUMBER_FORMATS or name not in oas30_format_checker.checkers:
            return []  # jsonschema ignores formats it does not know
        return [self.callback(lambda text: bool(oas30_format_checker.conforms(text, name)))]


def _pattern_check(pattern: str) -> Callable[[str], bool]:
    search = re.compile(pattern).search
    return lambda text: search(text) is not None


def compile_acceptance(schema: Mapping[str, Any], *, request: bool = False) -> Callable[[Any], bool] | None:
    """A compiled "certainly valid?" check for an OAS 3.0 schema, or None if it cannot have one.
    `request`: the schema is a request body's, where `writeOnly` changes nothing (a response may not
    carry a write-only property, which the translation cannot say)."""
    translation = _Translation(_ANNOTATIONS | {"writeOnly"} if request else _ANNOTATIONS)
    try:
        draft4 = translation.schema(schema)
    except UntranslatableSchemaError:
        return None
    if isinstance(draft4, dict):
        draft4 = {"$schema": DRAFT4, **draft4}
    validator = jsonschema_rs.Draft4Validator(draft4, formats=translation.formats, validate_formats=True)
    is_valid = validator.is_valid

    def accepts(instance: Any) -> bool:
        try:
            return bool(is_valid(instance))
        except Exception:  # a value jsonschema-rs cannot take (an integer beyond 64 bits): ask jsonschema
            return False

    return accepts


_NOT_YET: Any = object()


class CompiledSchema:
    """jsonschema's validator behind the compiled check: `iter_errors` is empty for what either accepts.

    The check is compiled on first use: start-up compiles nothing a run may never need (the
    response schemas are only used in test mode).
    """

    def __init__(self, detailed: Any, schema: Mapping[str, Any], *, request: bool = False) -> None:
        self.detailed = detailed
        self.schema = schema
        self.request = request
        self._accepts: Callable[[Any], bool] | None = _NOT_YET

    @property
    def accepts(self) -> Callable[[Any], bool] | None:
        if self._accepts is _NOT_YET:
            self._accepts = compile_acceptance(self.schema, request=self.request)
        return self._accepts

    def certainly_valid(self, instance: Any) -> bool:
        """True if the compiled check accepts `instance` (then it is valid); False decides nothing."""
        accepts = self.accepts
        return accepts is not None and accepts(instance)

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self.certainly_valid(instance):
            return iter(())
        errors: Iterator[ValidationError] = self.detailed.iter_errors(instance)
        return errors
