"""Validate spec/hex-api.yaml and enforce the house rules that keep it good for code generation.

    python scripts/spec_check.py [SPEC]
    python scripts/spec_check.py --control-plane [DOCUMENT]

Exit status 1 lists every broken rule. The rules: the document is valid OpenAPI 3.0.3 (prance with
openapi-spec-validator, which also refuses a repeated operationId); its operations are exactly those
the mock has handlers for; every operation has an operationId, one declared tag, a summary, a
description that states its rate limit, bearer security, a success response and the 400/401/403/429
error responses (429 with Retry-After); exactly the legacy operations are deprecated; objects are
named components, never inline; every component schema has an example and every example validates;
every link targets an existing operation and parameter; every component is used; every
`x-hex-constraints` entry names a kind the root's `x-hex-constraint-kinds` defines.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import prance
import yaml
from openapi_spec_validator import validate as validate_openapi

from hex_mock._oas_validators import oas30_format_checker
from hex_mock.app import default_handlers
from hex_mock.control import with_workspace_mirrors
from hex_mock.spec import HTTP_METHODS
from hex_mock.validation import RequestValidator, ResponseValidator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "hex-api.yaml"
CONTROL_PLANE = ROOT / "hex_mock" / "control_plane.yaml"
REQUIRED_ERRORS = ("400", "401", "403", "429")
# Hex's older paths it still serves: exactly these are deprecated.
LEGACY = frozenset(
    {
        "RunProjectLegacy", "GetRunStatusLegacy", "CancelRunLegacy", "GetProjectRunsLegacy",
        "IngestSemanticModel", "UpdateSemanticModel",
    }
)  # fmt: skip
FIELD_KINDS = ("disjoint", "exclusive", "paired")
# Examples are data: neither schemas nor references live below these keys.
DATA_KEYS = ("example", "examples")
# Keys beside an `example` that make the node a schema the example must match.
SCHEMA_KEYS = frozenset({"type", "properties", "allOf"})
# Where `properties` may hold a mapping without an object being inline: a component itself, or a
# `properties` map (of property schemas).
NAMED_PLACES = re.compile(r"#/components/schemas/[^/]+|.*/properties")
Document = dict[str, Any]


def nodes(node: Any, at: str = "#", skip: tuple[str, ...] = DATA_KEYS) -> Iterator[tuple[str, Document]]:
    """Every mapping at or below `node` with its JSON pointer, not descending below `skip` keys."""
    if isinstance(node, dict):
        yield at, node
        children: Iterable[tuple[Any, Any]] = ((k, v) for k, v in node.items() if k not in skip)
    elif isinstance(node, list):
        children = enumerate(node)
    else:
        return
    for key, value in children:
        yield from nodes(value, f"{at}/{key}", skip)


def operations(spec: Document) -> Iterator[tuple[str, Document]]:
    """(where, operation) for every operation; `where` names it in problem reports."""
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield f"{operation.get('operationId', '?')} ({method.upper()} {path})", operation


def resolve_ref(spec: Document, node: Document) -> Document:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented(operation: Document, statuses: Iterable[str]) -> Iterator[str]:
    """What every operation of both documents has: an operationId, a summary and these responses."""
    yield from (f"no {key}" for key in ("operationId", "summary") if not operation.get(key))
    yield from (
        f"no {status} response" for status in statuses if status not in operation.get("responses", {})
    )


def house_operation_rules(spec: Document, operation: Document) -> Iterator[str]:
    yield from documented(operation, REQUIRED_ERRORS)
    tags = operation.get("tags", [])
    if len(tags) != 1 or tags[0] not in {tag["name"] for tag in spec.get("tags", [])}:
        yield f"needs exactly one declared tag, has {tags}"
    if "rate limit" not in operation.get("description", "").lower():
        yield "description must state the rate limit"
    security = operation.get("security", spec.get("security")) or []
    if not any("bearerAuth" in requirement for requirement in security):
        yield "not protected by bearerAuth"
    if (operation.get("operationId") in LEGACY) != bool(operation.get("deprecated")):
        yield "exactly the legacy operations are deprecated"
    responses = operation.get("responses", {})
    if not any(code.startswith("2") for code in responses):
        yield "no success response"
    if "429" in responses and "Retry-After" not in resolve_ref(spec, responses["429"]).get("headers", {}):
        yield "429 response lacks a Retry-After header"


def control_plane_operation_rules(spec: Document, operation: Document) -> Iterator[str]:
    """The admin-token guard answers 401; errors are the `Error` schema; bodies refuse unknown fields
    (the control plane refuses them by name)."""
    yield from documented(operation, ["401"])
    for status, response in operation.get("responses", {}).items():
        content = resolve_ref(spec, response).get("content", {}).get("application/json", {})
        if status.startswith("4") and content.get("schema") != {"$ref": "#/components/schemas/Error"}:
            yield f"the {status} response is not the Error schema"
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema = resolve_ref(spec, body.get("schema", {}))
    if "properties" in schema and schema.get("additionalProperties") is not False:
        yield "the request body does not refuse unknown fields"


def each_operation(spec: Document, rules: Callable[[Document, Document], Iterable[str]]) -> list[str]:
    return [f"{at}: {problem}" for at, operation in operations(spec) for problem in rules(spec, operation)]


def inventory(spec: Document) -> list[str]:
    found = {operation.get("operationId") for _, operation in operations(spec)}
    served = set(default_handlers())
    problems = [f"operation the mock has no handler for: {name}" for name in sorted(found - served, key=str)]
    return problems + [f"operation missing from the spec: {name}" for name in sorted(served - found)]


def inline_objects(spec: Document) -> list[str]:
    """Objects must be named components, so generated classes get meaningful names. A `not`
    subschema only says what is refused: generators make no class of it."""
    schemas = {"paths": spec.get("paths", {}), "components": spec.get("components", {})}
    return [
        f"inline object schema at {at}"
        for at, node in nodes(schemas, skip=(*DATA_KEYS, "not"))
        if isinstance(node.get("properties"), dict) and not NAMED_PLACES.fullmatch(at)
    ]


def missing_examples(spec: Document) -> list[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    return [
        f"component schema {name} has no example"
        for name, schema in schemas.items()
        if "example" not in schema
    ]


def references(node: Any) -> set[str]:
    return {found["$ref"] for _, found in nodes(node) if isinstance(found.get("$ref"), str)}


def unused_components(spec: Document) -> list[str]:
    """Every component is reachable from an operation, directly or through other components."""
    reached: set[str] = set()
    pending = references(spec.get("paths", {}))
    while pending:
        ref = pending.pop()
        reached.add(ref)
        pending |= references(resolve_ref(spec, {"$ref": ref})) - reached
    return [
        f"component {kind}/{name} is never used"
        for kind, entries in spec.get("components", {}).items()
        if kind != "securitySchemes"
        for name in entries
        if f"#/components/{kind}/{name}" not in reached
    ]


def broken_links(spec: Document) -> Iterator[str]:
    by_id = {operation.get("operationId"): operation for _, operation in operations(spec)}
    for where, operation in operations(spec):
        for code, response in operation.get("responses", {}).items():
            for link_name, link in resolve_ref(spec, response).get("links", {}).items():
                at = f"{where} {code} link {link_name}"
                target = by_id.get(link.get("operationId"))
                if target is None:
                    yield f"{at}: no operation {link.get('operationId')!r}"
                    continue
                parameters = [resolve_ref(spec, parameter) for parameter in target.get("parameters", [])]
                names = {p["name"] for p in parameters} | {f"{p['in']}.{p['name']}" for p in parameters}
                missing = [parameter for parameter in link.get("parameters", {}) if parameter not in names]
                yield from (f"{at}: {link['operationId']} has no parameter {name!r}" for name in missing)


def bad_constraints(spec: Document) -> Iterator[str]:
    kinds = spec.get("x-hex-constraint-kinds", {})
    for at, node in nodes(spec):
        entries = node.get("x-hex-constraints", [])
        for index, entry in enumerate(entries if isinstance(entries, list) else [entries]):
            where = f"{at}/x-hex-constraints/{index}"
            if not isinstance(entry, dict) or entry.get("kind") not in kinds:
                yield f"{where}: `kind` must be one of {sorted(kinds)}"
            elif not isinstance(entry.get("description"), str):
                yield f"{where}: needs a `description`"
            elif entry["kind"] in FIELD_KINDS and not isinstance(entry.get("fields"), list):
                yield f"{where}: a {entry['kind']} constraint names its `fields`"


def document_problems(spec: Document) -> list[str]:
    """Every house rule over the document as written: all but the examples' validity."""
    return [
        *inventory(spec),
        *each_operation(spec, house_operation_rules),
        *inline_objects(spec),
        *missing_examples(spec),
        *unused_components(spec),
        *broken_links(spec),
        *bad_constraints(spec),
    ]


def examples(resolved: Document) -> Iterator[tuple[str, Document, Any]]:
    """(where, schema without its example, example) for every schema-level and media-type example."""
    for at, node in nodes(resolved):
        schema = node["schema"] if isinstance(node.get("schema"), dict) else node
        if "example" in node and (schema is not node or SCHEMA_KEYS & node.keys()):
            yield at, {key: value for key, value in schema.items() if key != "example"}, node["example"]


def invalid_examples(resolved: Document) -> list[str]:
    """Examples judged by the mock's own validators: as responses are, or (an example carrying
    write-only secrets) as request bodies are."""
    return [
        f"example at {at} is invalid: {error.message}"
        for at, schema, example in examples(resolved)
        if not RequestValidator(schema, format_checker=oas30_format_checker).is_valid(example)
        for error in ResponseValidator(schema, format_checker=oas30_format_checker).iter_errors(example)
    ]


def check(path: Path) -> list[str]:
    spec = yaml.safe_load(path.read_text())
    try:
        parser = prance.ResolvingParser(str(path), backend="openapi-spec-validator", strict=True)
    except Exception as error:  # prance wraps its validators' errors in several types; all mean "invalid"
        return [f"prance rejects the document: {error}"]
    return document_problems(spec) + invalid_examples(parser.specification)


def check_control_plane(path: Path) -> list[str]:
    """The mock's control-plane document as served, with its per-workspace mirrors."""
    spec = with_workspace_mirrors(yaml.safe_load(path.read_text()))
    try:
        validate_openapi(spec)
    except Exception as error:  # the validator raises many error types; all mean "invalid"
        return [f"openapi-spec-validator rejects the document: {error}"]
    return unused_components(spec) + each_operation(spec, control_plane_operation_rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--control-plane", action="store_true", help="check the control plane's document")
    parser.add_argument("document", nargs="?", type=Path, help="default: the spec, or the control plane's")
    args = parser.parse_args(argv)
    path = args.document or (CONTROL_PLANE if args.control_plane else DEFAULT_SPEC)
    problems = check_control_plane(path) if args.control_plane else check(path)
    if problems:
        print(*problems, f"{path}: {len(problems)} problem(s)", sep="\n", file=sys.stderr)
        return 1
    print(f"{path}: valid OpenAPI 3.0.3, all {'control-plane' if args.control_plane else 'house'} rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
