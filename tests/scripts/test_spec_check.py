"""The house rules hold for the curated spec, and each rule catches the mistake it exists for."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from hex_mock.control import DOCUMENT, document
from scripts import spec_check

SPEC_PATH = spec_check.DEFAULT_SPEC
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> Spec:
    loaded: Spec = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for _, _, candidate in spec_check.operations(spec):
        if candidate["operationId"] == operation_id:
            return candidate
    raise LookupError(operation_id)


def test_the_curated_spec_passes_every_rule() -> None:
    assert spec_check.check(SPEC_PATH) == []


def test_main_reports_problems_and_exit_status(tmp_path: Path, spec: Spec) -> None:
    broken = copy.deepcopy(spec)
    del operation(broken, "GetProject")["summary"]
    target = tmp_path / "spec.yaml"
    target.write_text(yaml.safe_dump(broken))
    assert spec_check.main([str(target)]) == 1
    assert spec_check.main([str(SPEC_PATH)]) == 0


def test_an_invalid_document_is_rejected(tmp_path: Path, spec: Spec) -> None:
    broken = copy.deepcopy(spec)
    broken["paths"]["/v1/projects"]["get"]["responses"] = "not a mapping"
    target = tmp_path / "spec.yaml"
    target.write_text(yaml.safe_dump(broken))
    [problem] = spec_check.check(target)
    assert "rejects the document" in problem


def drop_operation(spec: Spec) -> None:
    del spec["paths"]["/v1/groups/{groupId}"]["delete"]


def add_operation(spec: Spec) -> None:
    # An operationId Hex never published, so the inventory can never come to list it.
    spec["paths"]["/v1/projects/unlisted"] = {"post": {**copy.deepcopy(operation(spec, "CreateProject"))}}
    spec["paths"]["/v1/projects/unlisted"]["post"]["operationId"] = "UnlistedOperation"


def untag(spec: Spec) -> None:
    operation(spec, "ListGroups")["tags"] = []


def unknown_tag(spec: Spec) -> None:
    operation(spec, "ListGroups")["tags"] = ["Nonsense"]


def no_rate_limit(spec: Spec) -> None:
    operation(spec, "GetCell")["description"] = "Reads a cell."


def no_security(spec: Spec) -> None:
    operation(spec, "GetCell")["security"] = []


def no_401(spec: Spec) -> None:
    del operation(spec, "ListUsers")["responses"]["401"]


def no_success(spec: Spec) -> None:
    responses = operation(spec, "Me")["responses"]
    for code in [code for code in responses if code.startswith("2")]:
        del responses[code]


def not_deprecated_legacy(spec: Spec) -> None:
    operation(spec, "RunProjectLegacy").pop("deprecated", None)


def inline_object(spec: Spec) -> None:
    operation(spec, "CreateGroup")["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }


def nested_inline_object(spec: Spec) -> None:
    spec["components"]["schemas"]["Group"]["properties"]["owner"] = {
        "type": "object",
        "properties": {"email": {"type": "string"}},
    }


def missing_example(spec: Spec) -> None:
    del spec["components"]["schemas"]["Group"]["example"]


def unused_component(spec: Spec) -> None:
    spec["components"]["schemas"]["Orphan"] = {"type": "string", "example": "x"}


def broken_link(spec: Spec) -> None:
    for response in operation(spec, "CreateGroup")["responses"].values():
        for link in response.get("links", {}).values():
            link["operationId"] = "NoSuchOperation"


def link_to_unknown_parameter(spec: Spec) -> None:
    for response in operation(spec, "CreateGroup")["responses"].values():
        for link in response.get("links", {}).values():
            link["parameters"] = {"nope": "$response.body#/id"}


def unknown_constraint_kind(spec: Spec) -> None:
    operation(spec, "DeactivateUser")["x-hex-constraints"] = [{"kind": "vibes", "description": "x"}]


def disjoint_without_fields(spec: Spec) -> None:
    operation(spec, "EditGroup")["x-hex-constraints"] = [{"kind": "disjoint", "description": "x"}]


MUTATIONS: list[tuple[Callable[[Spec], None], Callable[[Spec], list[str]], str]] = [
    (drop_operation, spec_check.check_inventory, "missing from the spec: DeleteGroup"),
    (add_operation, spec_check.check_inventory, "not in the inventory: UnlistedOperation"),
    (untag, spec_check.check_operations, "exactly one declared tag"),
    (unknown_tag, spec_check.check_operations, "exactly one declared tag"),
    (no_rate_limit, spec_check.check_operations, "rate limit"),
    (no_security, spec_check.check_operations, "bearerAuth"),
    (no_401, spec_check.check_operations, "no 401 response"),
    (no_success, spec_check.check_operations, "no success response"),
    (not_deprecated_legacy, spec_check.check_operations, "deprecated"),
    (inline_object, spec_check.check_named_objects, "inline object schema at #/paths"),
    (nested_inline_object, spec_check.check_named_objects, "#/components/schemas/Group/properties/owner"),
    (missing_example, spec_check.check_examples_present, "Group has no example"),
    (unused_component, spec_check.check_components_used, "schemas/Orphan is never used"),
    (broken_link, spec_check.check_links, "no operation 'NoSuchOperation'"),
    (link_to_unknown_parameter, spec_check.check_links, "has no parameter 'nope'"),
    (unknown_constraint_kind, spec_check.check_constraints, "`kind` must be one of"),
    (disjoint_without_fields, spec_check.check_constraints, "names its `fields`"),
]


@pytest.mark.parametrize(("mutate", "rule", "expected"), MUTATIONS, ids=[m[0].__name__ for m in MUTATIONS])
def test_each_rule_catches_its_mistake(
    spec: Spec, mutate: Callable[[Spec], None], rule: Callable[[Spec], list[str]], expected: str
) -> None:
    assert rule(spec) == [], "the unmutated spec must pass the rule"
    broken = copy.deepcopy(spec)
    mutate(broken)
    assert any(expected in problem for problem in rule(broken)), rule(broken)


def test_an_example_that_does_not_match_its_schema_is_reported() -> None:
    resolved = {
        "components": {
            "schemas": {
                "Limit": {"type": "integer", "minimum": 1, "example": 0},
                "Maybe": {"type": "string", "nullable": True, "example": None},
            }
        }
    }
    [problem] = spec_check.check_examples_valid(resolved)
    assert "Limit" in problem


def test_the_control_planes_document_is_held_to_the_rules(tmp_path: Path) -> None:
    assert spec_check.check_control_plane(DOCUMENT) == []
    loose = document() | {"components": {**document()["components"]}}
    loose["components"]["schemas"] = {**loose["components"]["schemas"], "Advance": {"type": "object",
        "properties": {"seconds": {"type": "number"}}}}  # fmt: skip
    broken = tmp_path / "control_plane.yaml"
    broken.write_text(yaml.safe_dump(loose))
    assert spec_check.check_control_plane(broken) == [
        "AdvanceClock (POST /clock/advance): the request body does not refuse unknown fields",
        "AdvanceClockInWorkspace (POST /workspaces/{workspaceId}/clock/advance): the request body does not "
        "refuse unknown fields",
    ]
