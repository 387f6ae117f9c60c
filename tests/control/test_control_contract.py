"""The control plane keeps its own OpenAPI document: camelCase, JSON errors everywhere, unknown
parameters and fields refused by name, no internal exception text in any answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openapi_spec_validator import validate as validate_openapi
from starlette.testclient import TestClient

from hex_mock.clock import SystemClock
from hex_mock.control import document
from hex_mock.mock import HexMock

WEEKLY_REVENUE = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(HexMock().app, base_url="http://mock.test") as test_client:
        yield test_client


def test_the_document_is_valid_openapi_and_served(client: TestClient) -> None:
    validate_openapi(document())
    assert client.get("/__mock__/openapi.json").json() == document()
    assert client.get("/__mock__/").json()["openapi"] == "/__mock__/openapi.json"


def test_every_route_is_in_the_document_and_back(client: TestClient) -> None:
    served = {tuple(line.split(" ", 1)) for line in client.get("/__mock__/").json()["endpoints"]}
    declared = {
        (method.upper(), f"/__mock__{path}".rstrip("/") or "/__mock__")
        for path, item in document()["paths"].items()
        for method in item
        if method != "parameters" and not method.startswith("x-")
    }
    assert {(method, path.rstrip("/")) for method, path in served} == declared


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/__mock__/nothing"), ("GET", "/__mock__/clock/x"), ("GET", "/nothing"), ("GET", "/api/v2/x")],
)
def test_a_404_is_json_inside_and_outside_the_api(client: TestClient, method: str, path: str) -> None:
    # With a token: outside the control plane a request without one is refused before routing.
    response = client.request(method, path, headers={"Authorization": "Bearer hxtp_demo_ana_admin"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()


def test_a_405_is_json_and_names_the_allowed_methods(client: TestClient) -> None:
    response = client.delete("/__mock__/clock")
    assert response.status_code == 405
    assert response.json() == {"error": "method not allowed"}
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}


def test_an_unknown_query_parameter_is_refused_by_name(client: TestClient) -> None:
    response = client.get("/__mock__/journal", params={"operation_id": "GetProject"})
    assert response.status_code == 400
    assert response.json() == {
        "error": "unknown query parameter(s) operation_id: this endpoint takes only operationId"
    }
    assert "takes none" in client.get("/__mock__/state", params={"x": "1"}).json()["error"]


@pytest.mark.parametrize(
    ("path", "body", "error"),
    [
        ("/__mock__/clock/advance", {"seconds": 5, "minutes": 1}, "body.minutes: unknown key minutes"),
        ("/__mock__/faults", {"operation_id": "GetProject"}, "body.operation_id: unknown key operation_id"),
        (
            "/__mock__/faults",
            {"operationId": "GetProject", "count": 10**9},
            "body.count: 1000000000 is greater",
        ),
        ("/__mock__/clock/advance", {"seconds": "soon"}, "body.seconds: 'soon' is not of type 'number'"),
        ("/__mock__/clock/advance", [1], "body: [1] is not of type 'object'"),
    ],
)
def test_an_unknown_or_bad_field_is_refused_by_name(
    client: TestClient, path: str, body: object, error: str
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 400
    assert error in response.json()["error"]


def test_bodies_that_are_not_json_or_not_wanted(client: TestClient) -> None:
    bad = client.post("/__mock__/clock/advance", content=b"{", headers={"content-type": "application/json"})
    assert bad.json() == {"error": "the body is not valid JSON"}  # no parser's own text
    assert client.post("/__mock__/reset", content=b"{}").json() == {"error": "this endpoint takes no body"}


def test_run_progression_speaks_camel_case(client: TestClient) -> None:
    changed = client.put("/__mock__/runs/progression", json={"mode": "clock", "pendingSeconds": 2})
    assert changed.json() == {"mode": "clock", "reads": 2, "pendingSeconds": 2.0, "runningSeconds": 5.0}
    assert client.get("/__mock__/runs/progression").json() == changed.json()
    refused = client.put("/__mock__/runs/progression", json={"mode": "immediate", "reads": 3})
    assert refused.json() == {"error": "the 'immediate' progression takes no parameters; got reads"}


def test_the_state_uses_camel_case_field_names(client: TestClient) -> None:
    state = client.get("/__mock__/state").json()
    assert "dataConnections" in state
    project = next(project for project in state["projects"] if project["id"] == WEEKLY_REVENUE)
    assert "publishedVersion" in project
    assert not [key for key in project if "_" in key]
    assert "kernelCapacity" in state["runSettings"]


def test_an_unknown_project_is_a_404(client: TestClient) -> None:
    response = client.post("/__mock__/projects/nope/outcomes", json={"statuses": ["ERRORED"]})
    assert response.status_code == 404
    assert response.json() == {"error": "no project with id 'nope'"}


def test_a_real_clock_cannot_be_advanced() -> None:
    with TestClient(HexMock(clock=SystemClock()).app) as client:
        response = client.post("/__mock__/clock/advance", json={"seconds": 1})
    assert response.status_code == 409
    assert "--clock manual" in response.json()["error"]
