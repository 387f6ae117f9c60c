"""Errors are rendered in the envelope the spec declares for the operation and status."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from hex_mock.app import DOMAIN_ERROR_STATUSES
from hex_mock.domain_errors import DomainError, ForbiddenError, InvalidCursorError, NotFoundError
from hex_mock.errors import (
    ErrorStyle,
    HexError,
    bad_request,
    forbidden,
    not_found,
    render,
    style_of_schema,
    unprocessable,
)
from hex_mock.handlers import Call, Handler, Reply
from hex_mock.spec import ApiSpec
from hex_mock.store import Workspace
from tests.pipeline.conftest import MISSING_ID, PROJECT_ID, ClientFactory

TSOA_ERROR = {"type": "object", "properties": {"reason": {"type": "string"}}}
API_ERROR = {"type": "object", "properties": {"code": {"type": "string"}}}


def test_render_tsoa_joins_issues_into_details() -> None:
    error = bad_request("Invalid input data", "a: is required", "b: must be an integer")
    assert render(error, ErrorStyle.TSOA, "t-1") == {
        "reason": "Invalid input data",
        "traceId": "t-1",
        "details": "a: is required; b: must be an integer",
    }
    assert render(not_found(), ErrorStyle.TSOA, "t-2") == {"reason": "Not found", "traceId": "t-2"}


def test_render_standard_uses_the_canonical_code() -> None:
    assert render(forbidden(), ErrorStyle.STANDARD, "t") == {
        "code": "FORBIDDEN",
        "message": "Insufficient access",
        "issues": [],
    }
    assert render(unprocessable("Nope", "x: bad"), ErrorStyle.STANDARD, "t") == {
        "code": "UNPROCESSABLE_CONTENT",
        "message": "Nope",
        "issues": [{"message": "x: bad"}],
    }
    assert render(HexError(503, "Busy"), ErrorStyle.STANDARD, "t")["code"] == "SERVICE_UNAVAILABLE"
    assert render(HexError(418, "Teapot"), ErrorStyle.STANDARD, "t")["code"] == "IM_A_TEAPOT"


def test_body_overrides_the_envelope() -> None:
    custom = {"traceId": "t", "invalid": ["x"], "notFound": []}
    assert render(HexError(422, "ignored", body=custom), ErrorStyle.TSOA, "other") == custom


def test_style_is_found_inside_combinators() -> None:
    assert style_of_schema(TSOA_ERROR) is ErrorStyle.TSOA
    assert style_of_schema(API_ERROR) is ErrorStyle.STANDARD
    assert style_of_schema({"anyOf": [{"type": "object"}, TSOA_ERROR]}) is ErrorStyle.TSOA
    assert style_of_schema({"allOf": [{"oneOf": [API_ERROR]}]}) is ErrorStyle.STANDARD
    assert style_of_schema({"type": "object", "properties": {"traceId": {}}}) is None
    assert style_of_schema(None) is None


def test_styles_are_precomputed_per_operation_and_status(spec: ApiSpec) -> None:
    run = spec.by_id["RunProject"]
    assert run.style_for(422) is ErrorStyle.TSOA  # anyOf [TsoaError, InvalidParamPayload]
    assert run.style_for(404) is ErrorStyle.TSOA  # undeclared: the operation's own style
    assert run.style_for(401) is ErrorStyle.STANDARD  # 401 is always the standard envelope
    get = spec.by_id["GetProject"]
    assert get.style_for(404) is ErrorStyle.STANDARD
    assert get.style_for(422) is ErrorStyle.STANDARD


def test_handler_errors_use_the_operations_envelope(client: TestClient) -> None:
    response = client.get(f"/api/v1/projects/{MISSING_ID}")
    assert response.status_code == 404
    assert response.json() == {"code": "NOT_FOUND", "message": "Not found", "issues": []}


def test_json_401_uses_the_standard_envelope_on_a_tsoa_operation(make_client: ClientFactory) -> None:
    response = make_client(secret=None, json_401=True).get("/api/v1/projects")
    assert response.status_code == 401
    assert response.json() == {"code": "UNAUTHORIZED", "message": "Authorization not provided", "issues": []}


def test_custom_body_passes_through_and_matches_the_declared_union(client: TestClient) -> None:
    response = client.post(f"/api/v1/projects/{PROJECT_ID}/runs", json={"inputParams": {"unknown": 1}})
    assert response.status_code == 422
    body = response.json()
    assert body == {"traceId": body["traceId"], "invalid": [], "notFound": ["unknown"]}


def test_every_request_gets_a_fresh_trace_id(client: TestClient) -> None:
    first = client.get("/api/v1/projects?limit=0").json()["traceId"]
    second = client.get("/api/v1/projects?limit=0").json()["traceId"]
    assert first != second


def test_trace_ids_do_not_consume_workspace_ids(client: TestClient, workspace: Workspace) -> None:
    # Reads must not shift the ids later writes get, or adding a GET to a test would change them.
    expected = Workspace(ids=type(workspace.ids)(seed=1)).ids.uuid()
    client.get("/api/v1/projects?limit=0")
    assert client.post("/api/v1/projects", json={"title": "x"}).json()["id"] == expected


def boom(_ws: Workspace, _call: Call) -> Reply:
    raise KeyError("a bug in a handler")


def test_unexpected_exception_is_a_500_in_the_operations_envelope(make_client: ClientFactory) -> None:
    served = make_client(
        validate_responses=False,
        handlers={"GetProject": boom, "ListProjects": boom},
        require_all_handlers=False,
    )
    response = served.get(f"/api/v1/projects/{PROJECT_ID}")
    assert response.status_code == 500
    assert response.json() == {
        "code": "INTERNAL_SERVER_ERROR",
        "message": "Internal server error",
        "issues": [],
    }
    tsoa = served.get("/api/v1/projects")
    assert tsoa.status_code == 500
    assert tsoa.json()["reason"] == "Internal server error"


def test_unexpected_exception_propagates_in_test_mode(make_client: ClientFactory) -> None:
    strict = make_client(validate_responses=True, handlers={"GetProject": boom}, require_all_handlers=False)
    with pytest.raises(KeyError, match="a bug in a handler"):
        strict.get(f"/api/v1/projects/{PROJECT_ID}")


def test_operation_without_a_handler_is_501(make_client: ClientFactory) -> None:
    partial = make_client(handlers={}, require_all_handlers=False)
    response = partial.get(f"/api/v1/projects/{PROJECT_ID}")
    assert response.status_code == 501
    assert response.json()["issues"] == [{"message": "GetProject has no handler"}]


# Each domain refusal, and the error the domain raised before it knew nothing about HTTP.
DOMAIN_REFUSALS = {
    "not-found": (NotFoundError(), not_found()),
    "forbidden": (ForbiddenError("Insufficient access: nope"), forbidden("Insufficient access: nope")),
    "invalid-cursor": (
        InvalidCursorError("after"),
        bad_request("Invalid input data", "after: is not a valid pagination cursor"),
    ),
}


def test_every_domain_refusal_has_its_status() -> None:
    assert set(DomainError.__subclasses__()) == set(DOMAIN_ERROR_STATUSES)


@pytest.mark.parametrize("refusal", sorted(DOMAIN_REFUSALS))
@pytest.mark.parametrize(
    "path", [f"/api/v1/projects/{PROJECT_ID}", "/api/v1/projects"], ids=["standard", "tsoa"]
)
def test_a_domain_refusal_is_sent_as_that_http_error(
    make_client: ClientFactory, refusal: str, path: str
) -> None:
    def response_to(error: Exception) -> tuple[int, str | None, bytes]:
        def refuse(_ws: Workspace, _call: Call) -> Reply:
            raise error

        handlers: dict[str, Handler] = {"GetProject": refuse, "ListProjects": refuse}
        # A fresh app each time: its first trace id is the same, so even a tsoa body compares.
        served = make_client(validate_responses=False, handlers=handlers, require_all_handlers=False)
        response = served.get(path)
        return response.status_code, response.headers.get("content-type"), response.content

    domain_error, http_error = DOMAIN_REFUSALS[refusal]
    assert response_to(domain_error) == response_to(http_error)
