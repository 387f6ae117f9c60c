"""Path, query and header parameters: coerced to their schema types, or a 400 naming the parameter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from hex_mock.app import _parse_query
from hex_mock.errors import HexError
from hex_mock.handlers import Call
from hex_mock.validation import compile_parameters, validate_parameters
from tests.pipeline.conftest import ADMIN_ID, PROJECT_ID, ClientFactory


def list_projects(client: TestClient, calls: list[Call], query: str = "", **headers: str) -> Call:
    response = client.get(f"/api/v1/projects{query}", headers=headers)
    assert response.status_code == 200, response.json()
    return calls[-1]


def rejected(client: TestClient, query: str, **headers: str) -> str:
    """The tsoa `details` of a ListProjects request that must fail with 400."""
    response = client.get(f"/api/v1/projects{query}", headers=headers)
    assert response.status_code == 400, response.json()
    body = response.json()
    assert body["reason"] == "Invalid input data"
    details: str = body["details"]
    return details


def test_query_values_are_coerced_and_defaults_applied(client: TestClient, calls: list[Call]) -> None:
    call = list_projects(client, calls, "?limit=5&includeArchived=true&minScore=0.5&statuses=DRAFT")
    assert call.query == {
        "limit": 5,
        "includeArchived": True,
        "minScore": 0.5,
        "statuses": ["DRAFT"],
        "sortDirection": "DESC",  # default
    }
    assert type(call.query["limit"]) is int


def test_absent_optional_params_take_their_default_or_are_omitted(
    client: TestClient, calls: list[Call]
) -> None:
    call = list_projects(client, calls)
    assert call.query == {"limit": 25, "statuses": [], "includeArchived": False, "sortDirection": "DESC"}
    assert "ownerId" not in call.query
    assert "after" not in call.query


def test_unknown_query_params_are_ignored(client: TestClient, calls: list[Call]) -> None:
    call = list_projects(client, calls, "?limit=3&flavour=vanilla")
    assert "flavour" not in call.query
    assert call.query["limit"] == 3


def test_repeated_keys_make_an_array(client: TestClient, calls: list[Call]) -> None:
    call = list_projects(client, calls, "?statuses=DRAFT&statuses=PUBLISHED")
    assert call.query["statuses"] == ["DRAFT", "PUBLISHED"]


def test_default_lists_are_not_shared_between_requests(client: TestClient, calls: list[Call]) -> None:
    first = list_projects(client, calls)
    first.query["statuses"].append("MUTATED")
    assert list_projects(client, calls).query["statuses"] == []


@pytest.mark.parametrize(
    ("query", "details"),
    [
        ("?limit=1.5", "limit: must be an integer, got '1.5'"),
        ("?limit=abc", "limit: must be an integer, got 'abc'"),
        ("?limit=", "limit: must be an integer, got ''"),
        ("?limit=%2B5", "limit: must be an integer, got '+5'"),
        ("?limit=0", "limit: must be at least 1"),
        ("?limit=101", "limit: must be at most 100"),
        ("?limit=99999999999", "limit: must be a int32 integer"),
        ("?limit=1&limit=2", "limit: must be given only once"),
        ("?includeArchived=True", "includeArchived: must be true or false, got 'True'"),
        ("?includeArchived=1", "includeArchived: must be true or false, got '1'"),
        ("?minScore=nan", "minScore: must be a number, got 'nan'"),
        ("?minScore=1_0", "minScore: must be a number, got '1_0'"),
        ("?minScore=2", "minScore: must be at most 1"),
        ("?sortDirection=UP", "sortDirection: 'UP' is not one of ['ASC', 'DESC']"),
        ("?statuses=DRAFT&statuses=GONE", "statuses[1]: 'GONE' is not one of ['DRAFT', 'PUBLISHED']"),
        ("?ownerId=not-a-uuid", "ownerId: must be a UUID, got 'not-a-uuid'"),
        ("?after=", "after: must not be empty"),
    ],
)
def test_bad_query_values_are_400_naming_the_parameter(client: TestClient, query: str, details: str) -> None:
    assert rejected(client, query) == details


def test_every_bad_parameter_is_listed(client: TestClient) -> None:
    assert rejected(client, "?limit=0&includeArchived=yes") == (
        "limit: must be at least 1; includeArchived: must be true or false, got 'yes'"
    )


def test_header_params_are_validated_and_passed_lower_case(client: TestClient, calls: list[Call]) -> None:
    call = list_projects(client, calls, **{"X-Request-Tag": "abc", "X-Other": "ignored"})
    assert call.headers == {"x-request-tag": "abc"}
    assert rejected(client, "", **{"X-Request-Tag": "much-too-long"}) == (
        "x-request-tag: must be at most 10 characters long"
    )


def test_path_param_must_be_a_uuid_in_the_operations_envelope(client: TestClient) -> None:
    response = client.get("/api/v1/projects/123")
    assert response.status_code == 400
    assert response.json() == {
        "code": "BAD_REQUEST",
        "message": "Invalid input data",
        "issues": [{"message": "projectId: must be a UUID, got '123'"}],
    }


def test_path_params_are_passed_decoded(client: TestClient, calls: list[Call]) -> None:
    assert client.get(f"/api/v1/projects/{PROJECT_ID}").status_code == 200
    assert calls[-1].path == {"projectId": PROJECT_ID}
    assert client.get("/api/v1/data-connections/a%20b").json() == {"id": "a b"}


def test_header_enum_on_an_operation_with_a_body(client: TestClient, calls: list[Call]) -> None:
    url = f"/api/v1/projects/{PROJECT_ID}/runs"
    assert client.post(url, headers={"flag-config-override": "ENABLED"}).status_code == 201
    assert calls[-1].headers == {"flag-config-override": "ENABLED"}
    response = client.post(url, headers={"flag-config-override": "MAYBE"})
    assert response.status_code == 400
    assert response.json()["details"] == "flag-config-override: 'MAYBE' is not one of ['ENABLED', 'DISABLED']"


def test_base_url_is_what_the_client_used(client: TestClient, calls: list[Call]) -> None:
    response = client.post(f"/api/v1/projects/{PROJECT_ID}/runs")
    assert response.json()["runStatusUrl"].startswith(f"http://mock.test/api/v1/projects/{PROJECT_ID}/runs/")
    assert calls[-1].base_url == "http://mock.test"


# --- Converter details not reachable through the fixture spec ----------------------------------------


def convert(declaration: Mapping[str, Any], query: dict[str, list[str]]) -> dict[str, Any]:
    _, values, _ = validate_parameters(compile_parameters([declaration]), {}, query, {})
    return values


def test_non_exploded_query_array_is_comma_separated() -> None:
    declaration = {
        "name": "ids",
        "in": "query",
        "explode": False,
        "schema": {"type": "array", "items": {"type": "integer"}, "maxItems": 3},
    }
    assert convert(declaration, {"ids": ["1,2,3"]}) == {"ids": [1, 2, 3]}
    with pytest.raises(HexError) as caught:
        convert(declaration, {"ids": ["1,2,3,4"]})
    assert caught.value.issues == ("ids: must have at most 3 items",)


def test_required_query_param_missing() -> None:
    declaration = {"name": "projectId", "in": "query", "required": True, "schema": {"type": "string"}}
    with pytest.raises(HexError) as caught:
        convert(declaration, {})
    assert (caught.value.status, caught.value.issues) == (400, ("projectId: is required",))


def test_nullable_allof_ref_param_and_untyped_tsoa_param() -> None:
    cursor = {
        "name": "after",
        "in": "query",
        "schema": {"allOf": [{"type": "string", "minLength": 1}], "nullable": True},
    }
    untyped = {"name": "before", "in": "query", "schema": {"default": None}}
    parameters = compile_parameters([cursor, untyped])
    _, values, _ = validate_parameters(parameters, {}, {"after": ["abc"]}, {})
    assert values == {"after": "abc"}  # and no `before`: a null default means "absent"
    _, values, _ = validate_parameters(parameters, {}, {"before": ["x"]}, {})
    assert values == {"before": "x"}


def test_date_time_params() -> None:
    declaration = {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}
    assert convert(declaration, {"since": ["2025-01-06T09:00:00.000Z"]}) == {
        "since": "2025-01-06T09:00:00.000Z"
    }
    with pytest.raises(HexError) as caught:
        convert(declaration, {"since": ["2025-01-06"]})
    assert caught.value.issues[0].startswith("since: must be an ISO 8601 date-time")


def test_authorization_is_checked_before_parameters(make_client: ClientFactory) -> None:
    # Without a token, even a malformed request is a 401: a caller learns nothing about an API
    # they cannot use.
    response = make_client(secret=None).get("/api/v1/projects?limit=abc")
    assert response.status_code == 401
    assert ADMIN_ID not in response.text


@given(st.text(alphabet="ab=&;%+2 é\x00", max_size=16))
def test_the_query_shortcut_parses_as_parse_qsl_does(text: str) -> None:
    assert _parse_query(text) == parse_qsl(text, keep_blank_values=True)
