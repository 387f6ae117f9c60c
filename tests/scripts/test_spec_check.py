"""The house rules hold for the curated spec, and each rule catches the mistake it exists for."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from hex_mock.control import DOCUMENT
from scripts import spec_check

SPEC_PATH = spec_check.DEFAULT_SPEC
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> Spec:
    loaded: Spec = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for _, candidate in spec_check.operations(spec):
        if candidate["operationId"] == operation_id:
            return candidate
    raise LookupError(operation_id)


def test_the_curated_spec_passes_every_rule() -> None:
    assert spec_check.check(SPEC_PATH) == []


def test_main_reports_problems_and_exit_status(
    tmp_path: Path, spec: Spec, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = copy.deepcopy(spec)
    del operation(broken, "GetProject")["summary"]
    target = tmp_path / "spec.yaml"
    target.write_text(yaml.safe_dump(broken))
    assert spec_check.main([str(target)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "GetProject (GET /v1/projects/{projectId}): no summary",
        f"{target}: 1 problem(s)",
    ]
    assert spec_check.main([str(SPEC_PATH)]) == 0


def not_a_mapping(spec: Spec) -> None:
    spec["paths"]["/v1/projects"]["get"]["responses"] = "not a mapping"


def repeated_operation_id(spec: Spec) -> None:
    operation(spec, "GetGroup")["operationId"] = "ListGroups"


@pytest.mark.parametrize("mutate", [not_a_mapping, repeated_operation_id])
def test_an_invalid_document_is_rejected(tmp_path: Path, spec: Spec, mutate: Callable[[Spec], None]) -> None:
    broken = copy.deepcopy(spec)
    mutate(broken)
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


def no_summary(spec: Spec) -> None:
    del operation(spec, "ListUsers")["summary"]


def no_retry_after(spec: Spec) -> None:
    operation(spec, "ListUsers")["responses"]["429"] = {"description": "Slow down."}


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


def constraint_without_description(spec: Spec) -> None:
    operation(spec, "EditGroup")["x-hex-constraints"] = [{"kind": "state"}]


MUTATIONS: list[tuple[Callable[[Spec], None], str]] = [
    (drop_operation, "operation missing from the spec: DeleteGroup"),
    (add_operation, "operation the mock has no handler for: UnlistedOperation"),
    (untag, "exactly one declared tag"),
    (unknown_tag, "exactly one declared tag"),
    (no_rate_limit, "rate limit"),
    (no_security, "bearerAuth"),
    (no_401, "ListUsers (GET /v1/users): no 401 response"),
    (no_summary, "ListUsers (GET /v1/users): no summary"),
    (no_retry_after, "429 response lacks a Retry-After header"),
    (no_success, "no success response"),
    (not_deprecated_legacy, "exactly the legacy operations are deprecated"),
    (inline_object, "inline object schema at #/paths"),
    (nested_inline_object, "#/components/schemas/Group/properties/owner"),
    (missing_example, "Group has no example"),
    (unused_component, "schemas/Orphan is never used"),
    (broken_link, "no operation 'NoSuchOperation'"),
    (link_to_unknown_parameter, "has no parameter 'nope'"),
    (unknown_constraint_kind, "`kind` must be one of"),
    (disjoint_without_fields, "names its `fields`"),
    (constraint_without_description, "needs a `description`"),
]


def test_the_curated_spec_breaks_no_rule_of_the_document_as_written(spec: Spec) -> None:
    assert spec_check.document_problems(spec) == []


@pytest.mark.parametrize(("mutate", "expected"), MUTATIONS, ids=[m[0].__name__ for m in MUTATIONS])
def test_each_rule_catches_its_mistake(spec: Spec, mutate: Callable[[Spec], None], expected: str) -> None:
    broken = copy.deepcopy(spec)
    mutate(broken)
    problems = spec_check.document_problems(broken)
    assert any(expected in problem for problem in problems), problems


def test_an_example_that_does_not_match_its_schema_is_reported() -> None:
    resolved = {
        "components": {
            "schemas": {
                "Limit": {"type": "integer", "minimum": 1, "example": 0},
                "Maybe": {"type": "string", "nullable": True, "example": None},
            }
        }
    }
    [problem] = spec_check.invalid_examples(resolved)
    assert "Limit" in problem


def open_body(document: Spec) -> None:
    document["components"]["schemas"]["Advance"] = {
        "type": "object",
        "properties": {"seconds": {"type": "number"}},
    }


def unguarded(document: Spec) -> None:
    del document["paths"]["/clock/advance"]["post"]["responses"]["401"]


def error_of_another_shape(document: Spec) -> None:
    document["paths"]["/clock/advance"]["post"]["responses"]["409"] = {
        "description": "Conflict",
        "content": {"application/json": {"schema": {"type": "string"}}},
    }


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (open_body, "the request body does not refuse unknown fields"),
        (unguarded, "no 401 response"),
        (error_of_another_shape, "the 409 response is not the Error schema"),
    ],
)
def test_the_control_planes_document_is_held_to_the_rules(
    tmp_path: Path, mutate: Callable[[Spec], None], problem: str
) -> None:
    assert spec_check.check_control_plane(DOCUMENT) == []
    loaded = yaml.safe_load(DOCUMENT.read_text())
    mutate(loaded)
    broken = tmp_path / "control_plane.yaml"
    broken.write_text(yaml.safe_dump(loaded))
    # The operation and its per-workspace mirror.
    assert spec_check.check_control_plane(broken) == [
        f"AdvanceClock (POST /clock/advance): {problem}",
        f"AdvanceClockInWorkspace (POST /workspaces/{{workspaceId}}/clock/advance): {problem}",
    ]
