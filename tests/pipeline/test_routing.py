"""Method + path -> operation: static segments first, 404 for unknown paths, 405 for wrong methods."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from hex_mock.errors import HexError
from hex_mock.handlers import Call
from hex_mock.routing import Router
from hex_mock.spec import ApiSpec
from tests.pipeline.conftest import ADMIN_ID, MISSING_ID, PROJECT_ID, ClientFactory


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    name: str


def router(*ops: Op) -> Router[Op]:
    return Router(ops)


def test_static_segment_wins_over_parameter_whatever_the_declaration_order() -> None:
    routes = router(Op("GET", "/v1/users/{userId}", "GetUser"), Op("GET", "/v1/users/me", "Me"))
    assert routes.match("GET", "/api/v1/users/me").operation.name == "Me"
    found = routes.match("GET", f"/api/v1/users/{ADMIN_ID}")
    assert found.operation.name == "GetUser"
    assert found.params == {"userId": ADMIN_ID}


def test_literal_wins_at_the_first_segment_where_templates_differ() -> None:
    routes = router(
        Op("GET", "/v1/{a}/x/{b}", "ParamFirst"),
        Op("GET", "/v1/p/{c}/y", "LiteralFirst"),
    )
    # Both templates match /v1/p/x/y; `p` is a literal in the second one at the first difference.
    assert routes.match("GET", "/api/v1/p/x/y").operation.name == "LiteralFirst"
    assert routes.match("GET", "/api/v1/q/x/y").params == {"a": "q", "b": "y"}


@pytest.mark.parametrize(
    ("templates", "path", "winner"),
    [
        (["/{version}/projects/{id}", "/v1/{resource}/list"], "/api/v1/projects/list", "/v1/{resource}/list"),
        (["/v1/{resource}/me", "/v1/users/{id}"], "/api/v1/users/me", "/v1/users/{id}"),
        (["/{a}/{b}/me", "/{a}/users/{id}"], "/api/v1/users/me", "/{a}/users/{id}"),
        (["/{a}/{b}/me", "/v1/{b}/{c}"], "/api/v1/users/me", "/v1/{b}/{c}"),
    ],
)
def test_precedence_holds_across_index_groups(templates: list[str], path: str, winner: str) -> None:
    for ordering in (templates, templates[::-1]):
        routes = router(*(Op("GET", template, template) for template in ordering))
        assert routes.match("GET", path).operation.name == winner


def test_a_template_starting_with_a_parameter_is_found() -> None:
    routes = router(Op("GET", "/{version}/projects", "Versioned"))
    assert routes.match("GET", "/api/v2/projects").params == {"version": "v2"}


def test_less_specific_template_serves_a_method_the_static_one_lacks() -> None:
    routes = router(
        Op("GET", "/v1/guides/draft/list", "ListDraftGuides"),
        Op("DELETE", "/v1/guides/draft/{orgGuideFileId}", "DeleteGuideDraft"),
    )
    found = routes.match("DELETE", "/api/v1/guides/draft/list")
    assert found.operation.name == "DeleteGuideDraft"
    assert found.params == {"orgGuideFileId": "list"}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/projects/",  # trailing slash
        "/api/v1//x",  # empty parameter segment
        "/v1/projects",  # outside the /api prefix
        "/api",
        "/api/v1/unknown",
        "/api/v1/projects/a/b/c/d/e",
    ],
)
def test_unmatched_paths_are_404(path: str) -> None:
    routes = router(Op("GET", "/v1/projects", "List"), Op("GET", "/v1/{a}/x", "X"))
    with pytest.raises(HexError) as caught:
        routes.match("GET", path)
    assert caught.value.status == 404


def test_wrong_method_is_405_listing_the_allowed_methods() -> None:
    routes = router(Op("GET", "/v1/projects", "List"), Op("POST", "/v1/projects", "Create"))
    with pytest.raises(HexError) as caught:
        routes.match("DELETE", "/api/v1/projects")
    assert caught.value.status == 405
    assert caught.value.headers == {"Allow": "GET, POST"}


def test_partial_segment_parameters_are_refused_at_start_up() -> None:
    with pytest.raises(ValueError, match="whole-segment"):
        router(Op("GET", "/v1/files/{name}.json", "File"))


# --- Through the app --------------------------------------------------------------------------------


def test_app_routes_static_before_parameter(client: TestClient, calls: list[Call]) -> None:
    assert client.get("/api/v1/users/me").json() == {"id": ADMIN_ID}
    assert client.get(f"/api/v1/users/{MISSING_ID}").json() == {"id": MISSING_ID}
    assert [call.operation_id for call in calls] == ["Me", "GetUser"]


def test_app_falls_through_to_the_parameter_route_for_another_method(client: TestClient) -> None:
    response = client.delete("/api/v1/guides/draft/list")
    # DeleteGuideDraft got the request and rejected `list` as an id, in its tsoa envelope.
    assert response.status_code == 400
    assert response.json()["details"] == "orgGuideFileId: must be a UUID, got 'list'"


def test_app_unknown_path_is_404_in_the_standard_envelope(client: TestClient) -> None:
    for path in ("/api/v1/nothing", f"/api/v1/projects/{PROJECT_ID}/", "/elsewhere"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"code": "NOT_FOUND", "message": "Not found", "issues": []}


def test_app_wrong_method_is_405_with_allow_header(client: TestClient) -> None:
    response = client.put(f"/api/v1/projects/{PROJECT_ID}", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PATCH"
    assert response.json()["code"] == "METHOD_NOT_SUPPORTED"


def test_app_serves_the_spec_without_auth(make_client: ClientFactory, spec: ApiSpec) -> None:
    anonymous = make_client(secret=None)
    response = anonymous.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document = response.json()
    # The mock names itself (at the origin the caller used) as the document's only server.
    assert document["servers"] == [{"url": "http://mock.test/api", "description": "this mock of Hex's API"}]
    assert {**document, "servers": spec.document["servers"]} == spec.document
    # Served as written: references intact, so generators see named components.
    assert document["paths"]["/v1/projects/{projectId}"]["parameters"] == [
        {"$ref": "#/components/parameters/ProjectIdPath"}
    ]
