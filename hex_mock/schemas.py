"""JSON Schema validators with OpenAPI 3.0 semantics, as the curated spec uses them.

OpenAPI 3.0 honours `nullable: true` only beside `type`, yet the common (and openapi-python-client's)
reading of `allOf: [$ref] + nullable: true` is "the referenced schema, or null". The spec uses that
pattern for every nullable named object, so the validators here accept null wherever a schema says
`nullable: true`, whatever combinator it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema.protocols import Validator
from jsonschema.validators import extend
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30Validator,
    OAS30WriteValidator,
    oas30_format_checker,
)
from openapi_schema_validator import _keywords as oas_keywords

Keyword = Callable[[Any, Any, Any, Mapping[str, Any]], Iterator[Any]]


def _nullable_aware(keyword: Keyword) -> Keyword:
    def check(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
        if instance is None and schema.get("nullable") is True:
            return
        yield from keyword(validator, value, instance, schema)

    return check


def _with_nullable_combinators(base: Any) -> Any:
    return extend(
        base, {name: _nullable_aware(getattr(oas_keywords, name)) for name in ("allOf", "anyOf", "oneOf")}
    )


_VALIDATORS = {
    "any": _with_nullable_combinators(OAS30Validator),
    "request": _with_nullable_combinators(OAS30WriteValidator),
    "response": _with_nullable_combinators(OAS30ReadValidator),
}


def schema_validator(schema: Mapping[str, Any], direction: str = "any") -> Validator:
    """A compiled validator for a resolved schema; `direction` applies readOnly/writeOnly rules."""
    validator: Validator = _VALIDATORS[direction](schema, format_checker=oas30_format_checker)
    return validator
