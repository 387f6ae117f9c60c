"""Validate spec/hex-api.yaml and enforce the house rules that keep it good for code generation.

    python scripts/spec_check.py [SPEC]
    python scripts/spec_check.py --control-plane [DOCUMENT]


Exit status 1 lists every broken rule. The rules: the document is valid OpenAPI 3.0.3 (prance and
openapi-spec-validator); the operation inventory is exactly the kit's; every operation has an
operationId, one declared tag, a summary, a description that states its rate limit, bearer security,
a success response and the 400/401/403/429 error responses (429 with Retry-After); objects are named
components, never inline; every component schema has an example and every example validates; every
link targets an existing operation and parameter; every component is used; every `x-hex-constraints`
entry names a kind the root's `x-hex-constraint-kinds` defines.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import prance
import yaml
from openapi_spec_validator import validate as validate_openapi

from hex_mock._oas_validators import oas30_format_checker
from hex_mock.validation import RequestValidator, ResponseValidator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "hex-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REQUIRED_ERRORS = ("400", "401", "403", "429")

INVENTORY = frozenset(
    {
        # Projects
        "ListProjects", "GetProject", "CreateProject", "UpdateProject", "GetQueriedTables",
        "EditProjectSharingUsers", "EditProjectSharingGroups", "EditProjectSharingCollections",
        "EditProjectSharingOrgAndPublic",
        # Runs, with the legacy singular paths Hex still serves
        "RunProject", "GetProjectRuns", "GetRunStatus", "CancelRun", "GetChartImageFromRun",
        "RunProjectLegacy", "GetRunStatusLegacy", "CancelRunLegacy", "GetProjectRunsLegacy",
        # Cells
        "ListCells", "CreateCell", "GetCell", "UpdateCell", "DeleteCell",
        # Collections
        "ListCollections", "CreateCollection", "GetCollection", "EditCollection",
        # Groups
        "ListGroups", "CreateGroup", "GetGroup", "EditGroup", "DeleteGroup",
        # Users
        "Me", "ListUsers", "DeactivateUser",
        # Data connections
        "ListDataConnections", "GetDataConnection", "CreateDataConnection", "EditDataConnection",
        "UpdateDataConnectionSchema",
        # Guides
        "ListDraftGuides", "UpsertGuideDraft", "PublishGuideDrafts", "DeleteGuideDraft",
        # Export, cell outputs and signed embedding
        "ExportProject", "GetCellOutput", "GetChartImageFromLogic", "CreatePresignedUrl",
        # Semantic projects, with the older path spelling Hex still serves
        "IngestSemanticProject", "UpdateSemanticProject", "IngestSemanticModel", "UpdateSemanticModel",
        # Threads
        "CreateThread", "ContinueThread", "GetThread", "GetThreadMessages", "ListThreads", "ListTopics",
        # Context suggestions, and the batch compute-profile update (newer than Hex's document)
        "GetSuggestions", "GetSuggestion", "UpdateSuggestion", "UpdateSuggestionUpdate",
        "TriggerSuggestionReview", "BatchUpdateComputeProfile",
    }
)  # fmt: skip
LEGACY = frozenset(
    {
        "RunProjectLegacy", "GetRunStatusLegacy", "CancelRunLegacy", "GetProjectRunsLegacy",
        "IngestSemanticModel", "UpdateSemanticModel",
    }
)  # fmt: skip
# Constraint kinds whose entries name the `fields` they relate.
FIELD_KINDS = ("disjoint", "exclusive", "paired")
RATE_LIMIT_WORDING = re.compile(r"rate limit", re.IGNORECASE)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def where(path: str, method: str, operation: dict[str, Any]) -> str:
    return f"{operation.get('operationId', '?')} ({method.upper()} {path})"


# --- Rules over the document as written ---------------------------------------------------------


def check_inventory(spec: dict[str, Any]) -> list[str]:
    found = [operation.get("operationId") for _, _, operation in operations(spec)]
    problems = [f"operation not in the inventory: {name}" for name in sorted(set(found) - INVENTORY, key=str)]
    problems += [f"operation missing from the spec: {name}" for name in sorted(INVENTORY - set(found))]
    problems += [
        f"operationId used twice: {name}"
        for name in sorted({n for n in found if found.count(n) > 1}, key=str)
    ]
    return problems


def check_operations(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    global_security = spec.get("security")
    for path, method, operation in operations(spec):
        at = where(path, method, operation)
        if not operation.get("operationId"):
            problems.append(f"{at}: no operationId")
        tags = operation.get("tags", [])
        if len(tags) != 1 or tags[0] not in declared_tags:
            problems.append(f"{at}: needs exactly one declared tag, has {tags}")
        if not operation.get("summary"):
            problems.append(f"{at}: no summary")
        if not RATE_LIMIT_WORDING.search(operation.get("description", "")):
            problems.append(f"{at}: description must state the rate limit")
        security = operation.get("security", global_security)
        if not security or not any("bearerAuth" in requirement for requirement in security):
            problems.append(f"{at}: not protected by bearerAuth")
        if (operation.get("operationId") in LEGACY) != bool(operation.get("deprecated")):
            problems.append(f"{at}: exactly the legacy operations are deprecated")
        responses = operation.get("responses", {})
        if not any(code.startswith("2") for code in responses):
            problems.append(f"{at}: no success response")
        problems += [f"{at}: no {code} response" for code in REQUIRED_ERRORS if code not in responses]
        too_many = responses.get("429")
        if too_many is not None and "Retry-After" not in resolve_ref(spec, too_many).get("headers", {}):
            problems.append(f"{at}: 429 response lacks a Retry-After header")
    return problems


def resolve_ref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


# Examples are data, and a `not` subschema only says what is refused: generators make no class of either.
NOT_SCHEMAS = ("example", "examples", "not")


def inline_objects(node: Any, at: str) -> Iterator[str]:
    """Places at or below `node` where an object schema is declared inline (skipping NOT_SCHEMAS)."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield at
        for key, value in node.items():
            if key not in NOT_SCHEMAS:
                yield from inline_objects(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from inline_objects(value, f"{at}/{index}")


def check_named_objects(spec: dict[str, Any]) -> list[str]:
    """Objects must be named components, so generated classes get meaningful names."""
    places = list(inline_objects(spec.get("paths", {}), "#/paths"))
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for key, value in schema.items():
            if key not in NOT_SCHEMAS:
                places += inline_objects(value, f"#/components/schemas/{name}/{key}")
    # A component's own `properties` map holds property schemas, not an inline object.
    return [f"inline object schema at {place}" for place in places if not re.search(r"/properties$", place)]


def check_examples_present(spec: dict[str, Any]) -> list[str]:
    return [
        f"component schema {name} has no example"
        for name, schema in spec.get("components", {}).get("schemas", {}).items()
        if "example" not in schema
    ]


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def check_components_used(spec: dict[str, Any]) -> list[str]:
    """Every component is reachable from an operation, directly or through other components."""
    components = spec.get("components", {})
    reached: set[str] = set()
    pending = list(references(spec.get("paths", {})))
    while pending:
        ref = pending.pop()
        if ref in reached:
            continue
        reached.add(ref)
        pending.extend(references(resolve_ref(spec, {"$ref": ref})))
    problems = []
    for kind, entries in components.items():
        if kind == "securitySchemes":
            continue
        problems += [
            f"component {kind}/{name} is never used"
            for name in entries
            if f"#/components/{kind}/{name}" not in reached
        ]
    return problems


def check_links(spec: dict[str, Any]) -> list[str]:
    by_id = {operation.get("operationId"): operation for _, _, operation in operations(spec)}
    problems = []
    for path, method, operation in operations(spec):
        for code, response in operation.get("responses", {}).items():
            for link_name, link in resolve_ref(spec, response).get("links", {}).items():
                at = f"{where(path, method, operation)} {code} link {link_name}"
                target = by_id.get(link.get("operationId"))
                if target is None:
                    problems.append(f"{at}: no operation {link.get('operationId')!r}")
                    continue
                names = {resolve_ref(spec, p)["name"] for p in target.get("parameters", [])}
                names |= {
                    f"{resolve_ref(spec, p)['in']}.{resolve_ref(spec, p)['name']}"
                    for p in target.get("parameters", [])
                }
                problems += [
                    f"{at}: {link['operationId']} has no parameter {parameter!r}"
                    for parameter in link.get("parameters", {})
                    if parameter not in names
                ]
    return problems


# --- Rules over the resolved document -----------------------------------------------------------


def examples(node: Any, at: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(location, schema, example) for every schema-level and media-type example."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict) and "example" in node:
            yield at, schema, node["example"]
        if ("type" in node or "properties" in node or "allOf" in node) and "example" in node:
            yield at, node, node["example"]
        for key, value in node.items():
            if key != "example":
                yield from examples(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples(value, f"{at}/{index}")


def constraint_lists(node: Any, at: str) -> Iterator[tuple[str, Any]]:
    """Every `x-hex-constraints` value at or below `node`, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-hex-constraints":
                yield f"{at}/{key}", value
            elif key not in ("example", "examples"):
                yield from constraint_lists(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from constraint_lists(value, f"{at}/{index}")


def check_constraints(spec: dict[str, Any]) -> list[str]:
    """`x-hex-constraints` entries name a kind of the root's `x-hex-constraint-kinds` and say the rule."""
    kinds = spec.get("x-hex-constraint-kinds", {})
    problems = []
    for at, entries in constraint_lists(spec, "#"):
        for index, entry in enumerate(entries if isinstance(entries, list) else [entries]):
            where = f"{at}/{index}"
            if not isinstance(entry, dict) or entry.get("kind") not in kinds:
                problems.append(f"{where}: `kind` must be one of {sorted(kinds)}")
            elif not isinstance(entry.get("description"), str):
                problems.append(f"{where}: needs a `description`")
            elif entry["kind"] in FIELD_KINDS and not isinstance(entry.get("fields"), list):
                problems.append(f"{where}: a {entry['kind']} constraint names its `fields`")
    return problems


def check_examples_valid(resolved: dict[str, Any]) -> list[str]:
    problems = []
    for at, schema, example in examples(resolved, "#"):
        without_example = {key: value for key, value in schema.items() if key != "example"}
        # The mock's own validators, so examples are judged exactly as responses are, or (an example
        # carrying write-only secrets) as request bodies are.
        errors = list(
            ResponseValidator(without_example, format_checker=oas30_format_checker).iter_errors(example)
        )
        if errors and RequestValidator(without_example, format_checker=oas30_format_checker).is_valid(
            example
        ):
            errors = []
        problems += [f"example at {at} is invalid: {error.message}" for error in errors]
    return problems


def check(path: Path) -> list[str]:
    text = path.read_text()
    spec = yaml.safe_load(text)
    try:
        validate_openapi(copy.deepcopy(spec))
    except Exception as error:  # the validator raises many error types; all mean "invalid"
        return [f"openapi-spec-validator rejects the document: {error}"]
    try:
        resolved = prance.ResolvingParser(
            str(path), backend="openapi-spec-validator", strict=True
        ).specification
    except Exception as error:  # prance wraps its validators' errors in several types
        return [f"prance rejects the document: {error}"]
    problems: list[str] = []
    for rule in (check_inventory, check_operations, check_named_objects, check_examples_present,
                 check_components_used, check_links, check_constraints):  # fmt: skip
        problems += rule(spec)
    problems += check_examples_valid(resolved)
    return problems


CONTROL_PLANE = ROOT / "hex_mock" / "control_plane.yaml"


def check_control_plane(path: Path) -> list[str]:
    """The mock's own control-plane document: valid OpenAPI, every operation named and summarised,
    answering 401 (the admin-token guard) and its errors in the `Error` schema, every request body
    closed to unknown fields (the control plane refuses them by name), every component used.
    Checked as served: with its per-workspace mirrors."""
    from hex_mock.control import with_workspace_mirrors

    spec = with_workspace_mirrors(yaml.safe_load(path.read_text()))
    try:
        validate_openapi(copy.deepcopy(spec))
    except Exception as error:  # the validator raises many error types; all mean "invalid"
        return [f"openapi-spec-validator rejects the document: {error}"]
    problems = check_components_used(spec)
    for path_, method, operation in operations(spec):
        at = where(path_, method, operation)
        problems += [f"{at}: no {key}" for key in ("operationId", "summary") if key not in operation]
        responses = operation.get("responses", {})
        if "401" not in responses:
            problems.append(f"{at}: no 401 response")
        for status, response in responses.items():
            content = resolve_ref(spec, response).get("content", {}).get("application/json", {})
            if status.startswith("4") and content.get("schema") != {"$ref": "#/components/schemas/Error"}:
                problems.append(f"{at}: the {status} response is not the Error schema")
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        schema = resolve_ref(spec, body.get("schema", {}))
        if "properties" in schema and schema.get("additionalProperties") is not False:
            problems.append(f"{at}: the request body does not refuse unknown fields")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    control_plane = "--control-plane" in args
    args = [arg for arg in args if arg != "--control-plane"]
    path = Path(args[0]) if args else CONTROL_PLANE if control_plane else DEFAULT_SPEC
    problems = check_control_plane(path) if control_plane else check(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: valid OpenAPI 3.0.3, all {'control-plane' if control_plane else 'house'} rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
