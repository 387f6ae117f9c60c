"""Bearer tokens (401) and workspace-token scopes (403)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from starlette.testclient import TestClient

from hex_mock.auth import authenticate
from hex_mock.clock import ManualClock
from hex_mock.errors import HexError
from hex_mock.scopes import required_scopes
from hex_mock.spec import ApiSpec
from hex_mock.store import Token, Workspace, secret_digest
from tests.pipeline.conftest import (
    ADMIN_ID,
    DEACTIVATED,
    EXPIRED,
    PERSONAL,
    PROJECT_ID,
    READER,
    REVOKED,
    ClientFactory,
)


def unauthorized(make_client: ClientFactory, headers: dict[str, str]) -> tuple[str, str]:
    """(the WWW-Authenticate challenge of Hex's plain-text 401, the JSON-401 mode's message)."""
    url = f"/api/v1/projects/{PROJECT_ID}"
    edge = make_client(secret=None).get(url, headers=headers)
    assert (edge.status_code, edge.text) == (401, "Unauthorized")
    assert edge.headers["content-type"] == "text/plain; charset=utf-8"
    as_json = make_client(secret=None, json_401=True).get(url, headers=headers)
    assert as_json.status_code == 401
    assert as_json.headers["www-authenticate"] == edge.headers["www-authenticate"]
    body = as_json.json()
    assert body["code"] == "UNAUTHORIZED"
    return edge.headers["www-authenticate"], body["message"]


MALFORMED = 'Bearer error="invalid_request", error_description="expected Authorization: Bearer <token>"'
INVALID = 'Bearer error="invalid_token", error_description="Invalid or expired token"'


@pytest.mark.parametrize("headers", [{}, {"Authorization": ""}], ids=["missing", "empty"])
def test_no_authorization_is_401_not_provided(make_client: ClientFactory, headers: dict[str, str]) -> None:
    assert unauthorized(make_client, headers) == ("Bearer", "Authorization not provided")


@pytest.mark.parametrize(
    "authorization",
    [f"Basic {PERSONAL}", "Bearer ", "Bearer", PERSONAL, f"Token {PERSONAL}", f"Bearer\t{PERSONAL}"],
    ids=["basic", "bearer-space", "bearer-alone", "bare-token", "other-scheme", "tab-not-space"],
)
def test_a_malformed_authorization_is_401_saying_bearer_token_is_expected(
    make_client: ClientFactory, authorization: str
) -> None:
    # Both 401 modes say what was expected: the plain-text one (Hex's body) in its challenge.
    assert unauthorized(make_client, {"Authorization": authorization}) == (
        MALFORMED,
        "Malformed Authorization header: expected Authorization: Bearer <token>",
    )


@pytest.mark.parametrize(
    "authorization", [f"bearer {PERSONAL}", f"BEARER   {PERSONAL}", f" Bearer {PERSONAL} "]
)
def test_the_scheme_is_case_insensitive_and_may_be_followed_by_several_spaces(
    make_client: ClientFactory, authorization: str
) -> None:
    # RFC 7235: a case-insensitive scheme, then one or more spaces before the credentials.
    response = make_client(secret=None).get("/api/v1/users/me", headers={"Authorization": authorization})
    assert response.json() == {"id": ADMIN_ID}


@pytest.mark.parametrize(
    "secret",
    ["hxtp_unknown", REVOKED, EXPIRED, DEACTIVATED, PERSONAL + "x", PERSONAL[:-1]],
    ids=["unknown", "revoked", "expired", "deactivated-user", "longer", "shorter"],
)
def test_dead_tokens_are_401_invalid(make_client: ClientFactory, secret: str) -> None:
    assert unauthorized(make_client, {"Authorization": f"Bearer {secret}"}) == (
        INVALID,
        "Invalid or expired token",
    )


def test_a_bad_token_is_refused_before_routing(make_client: ClientFactory) -> None:
    # Hex's edge answers before it knows the route: no 404 or 405 leaks which paths exist.
    client = make_client(secret=None)
    for method, path in (("GET", "/api/v1/nowhere"), ("PUT", f"/api/v1/projects/{PROJECT_ID}")):
        response = client.request(method, path)
        assert (response.status_code, response.text) == (401, "Unauthorized")
    authenticated = make_client()
    assert authenticated.get("/api/v1/nowhere").status_code == 404
    assert authenticated.put(f"/api/v1/projects/{PROJECT_ID}").status_code == 405


def test_paths_outside_the_api_are_not_behind_its_edge(make_client: ClientFactory) -> None:
    # A browser on the dashboard asks for /favicon.ico with no token: that is a 404, not a 401.
    client = make_client(secret=None)
    for path in ("/favicon.ico", "/apix/v1/projects"):
        assert client.get(path).status_code == 404


def test_every_api_response_carries_its_trace_id(make_client: ClientFactory) -> None:
    client = make_client()
    ok = client.get(f"/api/v1/projects/{PROJECT_ID}")
    refused = client.get(f"/api/v1/projects/{PROJECT_ID}", headers={"Authorization": ""})
    assert refused.status_code == 401
    missing = client.get("/api/v1/nowhere")
    trace_ids = {response.headers["x-trace-id"] for response in (ok, refused, missing)}
    assert len(trace_ids) == 3
    tsoa_error = client.post("/api/v1/projects/not-a-uuid/runs")
    assert tsoa_error.status_code == 400
    assert tsoa_error.headers["x-trace-id"] == tsoa_error.json()["traceId"]


def test_token_expires_on_the_workspace_clock(client: TestClient, clock: ManualClock) -> None:
    assert client.get("/api/v1/users/me").status_code == 200
    clock.advance(timedelta(days=30).total_seconds() - 1)
    assert client.get("/api/v1/users/me").status_code == 200
    clock.advance(1)
    assert client.get("/api/v1/users/me").status_code == 401


def test_tokens_are_filed_under_their_digest_not_their_secret(workspace: Workspace) -> None:
    assert PERSONAL not in workspace.tokens
    assert secret_digest(PERSONAL) in workspace.tokens
    found = workspace.find_token(PERSONAL)
    assert found is not None
    assert found.secret == PERSONAL
    assert workspace.find_token("hxtp_nope") is None


def test_issue_token_mints_a_prefixed_secret(workspace: Workspace) -> None:
    token = workspace.issue_token(ADMIN_ID, kind="workspace", scopes={"users:read"})
    assert token.secret is not None
    assert token.secret.startswith("hxtw_")
    assert authenticate(workspace, f"Bearer {token.secret}").token is token
    with pytest.raises(ValueError, match="unknown token kind"):
        workspace.issue_token(ADMIN_ID, kind="robot")


def test_a_token_filed_under_the_wrong_key_is_rejected(workspace: Workspace) -> None:
    # Defence in depth: the record found must be for the digest that was looked up.
    impostor = Token(
        secret="hxtp_other",
        kind="personal",
        user_id=ADMIN_ID,
        scopes=frozenset(),
        created_at=workspace.clock.now(),
    )
    workspace.tokens.put(secret_digest("hxtp_guess"), impostor)
    with pytest.raises(HexError) as caught:
        authenticate(workspace, "Bearer hxtp_guess")
    assert caught.value.status == 401


# --- Scopes -------------------------------------------------------------------------------------------


def test_workspace_token_may_use_its_scopes(make_client: ClientFactory) -> None:
    reader = make_client(secret=READER)
    assert reader.get("/api/v1/projects").status_code == 200
    assert reader.get(f"/api/v1/projects/{PROJECT_ID}").status_code == 200


def test_workspace_token_without_the_scope_is_403_naming_it(make_client: ClientFactory) -> None:
    reader = make_client(secret=READER)
    response = reader.post("/api/v1/projects", json={"title": "x"})
    assert response.status_code == 403
    body = response.json()
    assert (body["reason"], body["details"]) == (
        "Insufficient access",
        "token lacks the scope projects:write",
    )
    response = reader.get(f"/api/v1/projects/{PROJECT_ID}/queriedTables")
    assert response.json()["details"] == "token lacks the scope projects:read_queried_tables"
    response = reader.get("/api/v1/data-connections/dc-1")
    assert response.json() == {
        "code": "FORBIDDEN",
        "message": "Insufficient access",
        "issues": [{"message": "token lacks the scope data_connections:read"}],
    }


def test_sharing_with_collections_needs_both_scopes(make_client: ClientFactory, workspace: Workspace) -> None:
    token = workspace.issue_token(ADMIN_ID, kind="workspace", scopes={"projects:write"})
    response = make_client(secret=token.secret).patch(
        f"/api/v1/projects/{PROJECT_ID}/sharing/collections", json={}
    )
    assert response.status_code == 403
    assert response.json()["details"] == "token lacks the scope collections:write"


def test_me_needs_no_scope(make_client: ClientFactory, workspace: Workspace) -> None:
    token = workspace.issue_token(ADMIN_ID, kind="workspace")
    assert make_client(secret=token.secret).get("/api/v1/users/me").status_code == 200


def test_personal_tokens_have_every_scope(client: TestClient) -> None:
    assert client.get(f"/api/v1/projects/{PROJECT_ID}/queriedTables").status_code == 200
    assert client.patch(f"/api/v1/projects/{PROJECT_ID}/sharing/collections", json={}).status_code == 200


def test_scope_is_checked_before_the_body(make_client: ClientFactory) -> None:
    response = make_client(secret=READER).post("/api/v1/projects", content=b"not json")
    assert response.status_code == 403


@dataclass(frozen=True)
class Op:
    operation_id: str
    tag: str | None
    method: str


@pytest.mark.parametrize(
    ("op", "scopes"),
    [
        (Op("ListProjects", "Projects", "GET"), {"projects:read"}),
        (Op("UpdateProject", "Projects", "PATCH"), {"projects:write"}),
        (Op("GetQueriedTables", "Projects", "GET"), {"projects:read_queried_tables"}),
        (Op("EditProjectSharingCollections", "Projects", "PATCH"), {"projects:write", "collections:write"}),
        (Op("GetRunStatus", "Runs", "GET"), {"projects:read"}),
        (Op("RunProject", "Runs", "POST"), {"projects:run"}),
        (Op("CancelRun", "Runs", "DELETE"), {"projects:run"}),
        (Op("ListCells", "Cells", "GET"), {"cells:read"}),
        (Op("DeleteCell", "Cells", "DELETE"), {"cells:write"}),
        (Op("CreateCollection", "Collections", "POST"), {"collections:write"}),
        (Op("ListGroups", "Groups", "GET"), {"groups:read"}),
        (Op("DeactivateUser", "Users", "POST"), {"users:write"}),
        (Op("ListDataConnections", "DataConnections", "GET"), {"data_connections:read"}),
        (Op("UpsertGuideDraft", "Guides", "PUT"), {"guides:write"}),
        (Op("Me", "Users", "GET"), set()),
        (Op("ExportProject", "Projects", "POST"), {"projects:read"}),
        (Op("GetCellOutput", "Cells", "GET"), {"cells:read"}),
        (Op("CreatePresignedUrl", "Embedding", "POST"), {"embedding:write"}),
    ],
)
def test_required_scopes_table(op: Op, scopes: set[str]) -> None:
    assert required_scopes(op) == scopes


def test_unknown_tag_fails_loudly() -> None:
    with pytest.raises(ValueError, match="Nonsense"):
        required_scopes(Op("UnlistedOperation", "Nonsense", "POST"))


def test_scopes_are_precomputed_on_operations(spec: ApiSpec) -> None:
    assert spec.by_id["RunProjectLegacy"].scopes == {"projects:run"}
