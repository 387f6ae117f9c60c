"""Many isolated workspaces in one mock: made and removed over the control plane, each request in
the workspace of its token, and every workspace endpoint mirrored under /__mock__/workspaces/{id}."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS

DEMO_ADMIN = "hxtp_demo_ana_admin"
WEEKLY_REVENUE = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"
PROJECT = f"/api/v1/projects/{WEEKLY_REVENUE}"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(HexMock(validate_responses=True).app, base_url="http://mock.test") as test_client:
        yield test_client


def create(client: TestClient, **kwargs: object) -> tuple[str, str]:
    """A new workspace's id and the fresh secret of the demo admin's token in it."""
    response = client.post("/__mock__/workspaces", **kwargs)
    assert response.status_code == 201, response.text
    made = response.json()
    admin = next(token["secret"] for token in made["tokens"] if token.get("replaces") == DEMO_ADMIN)
    return made["id"], admin


def test_a_new_workspace_has_fresh_tokens_and_its_own_records(client: TestClient) -> None:
    workspace_id, admin = create(client)
    made = client.get(f"/__mock__/workspaces/{workspace_id}").json()
    assert made["controlPlane"] == f"/__mock__/workspaces/{workspace_id}"
    assert {token["replaces"] for token in made["tokens"]} >= {DEMO_ADMIN, "hxtw_demo_runner"}
    assert all(token["secret"] != token["replaces"] for token in made["tokens"])
    assert admin.startswith("hxtp_")
    # The same demo records, in a workspace of their own: a group made in one is not in the other.
    assert client.get(PROJECT, headers=bearer(admin)).status_code == 200
    group = client.post("/api/v1/groups", json={"name": "Only here"}, headers=bearer(admin)).json()
    assert client.get(f"/api/v1/groups/{group['id']}", headers=bearer(admin)).status_code == 200
    assert client.get(f"/api/v1/groups/{group['id']}", headers=bearer(DEMO_ADMIN)).status_code == 404
    listed = client.get("/__mock__/workspaces").json()["workspaces"]
    assert [workspace["id"] for workspace in listed] == ["default", workspace_id]
    assert DEMO_ADMIN in {token["secret"] for token in listed[0]["tokens"]}


def test_each_workspace_has_its_own_journal_clock_faults_and_rate_limits(client: TestClient) -> None:
    workspace_id, admin = create(client)
    mirror = f"/__mock__/workspaces/{workspace_id}"
    assert client.post(f"{mirror}/clock/advance", json={"seconds": 3600}).status_code == 200
    assert client.get(f"{mirror}/clock").json()["now"] == "2025-01-06T10:00:00.000Z"
    assert client.get("/__mock__/clock").json()["now"] == "2025-01-06T09:00:00.000Z"

    fault = {"operationId": "GetProject", "status": 503}
    assert client.post(f"{mirror}/faults", json=fault).status_code == 204
    assert client.get(PROJECT, headers=bearer(DEMO_ADMIN)).status_code == 200
    assert client.get(PROJECT, headers=bearer(admin)).status_code == 503

    # Two a minute: the 503 above counted as one.
    assert client.put(f"{mirror}/rate-limits/hex-api", json={"perMinute": 2}).status_code == 200
    assert [client.get(PROJECT, headers=bearer(admin)).status_code for _ in range(2)] == [200, 429]
    assert client.get(PROJECT, headers=bearer(DEMO_ADMIN)).status_code == 200
    assert client.get("/__mock__/rate-limits").json()["hex-api"]["perMinute"] == 30

    in_workspace = client.get(f"{mirror}/journal", params={"operationId": "GetProject"}).json()["entries"]
    assert [entry["status"] for entry in in_workspace] == [503, 200, 429]
    by_default = client.get("/__mock__/journal", params={"operationId": "GetProject"}).json()["entries"]
    assert [entry["status"] for entry in by_default] == [200, 200]
    # `default` names the default workspace under the same mirror.
    assert client.get("/__mock__/workspaces/default/journal").json() == client.get("/__mock__/journal").json()


def test_a_workspace_resets_alone_and_keeps_its_tokens(client: TestClient) -> None:
    workspace_id, admin = create(client)
    mirror = f"/__mock__/workspaces/{workspace_id}"
    client.post("/api/v1/groups", json={"name": "In default"}, headers=bearer(DEMO_ADMIN))
    default_state = client.get("/__mock__/state").json()
    made = client.post("/api/v1/groups", json={"name": "Temp"}, headers=bearer(admin)).json()
    assert client.post(f"{mirror}/reset").status_code == 204
    assert client.get(f"/api/v1/groups/{made['id']}", headers=bearer(admin)).status_code == 404
    assert client.get("/__mock__/state").json() == default_state


def test_a_removed_workspace_s_tokens_stop_working_at_once(client: TestClient) -> None:
    workspace_id, admin = create(client)
    assert client.get(PROJECT, headers=bearer(admin)).status_code == 200
    assert client.delete(f"/__mock__/workspaces/{workspace_id}").status_code == 204
    refused = client.get(PROJECT, headers=bearer(admin))
    assert (refused.status_code, refused.text) == (401, "Unauthorized")
    for method, path in (("GET", ""), ("DELETE", ""), ("GET", "/journal"), ("POST", "/reset")):
        gone = client.request(method, f"/__mock__/workspaces/{workspace_id}{path}")
        assert gone.status_code == 404
        assert gone.json() == {"error": f"no workspace with id {workspace_id!r}"}
    assert [workspace["id"] for workspace in client.get("/__mock__/workspaces").json()["workspaces"]] == [
        "default"
    ]


def test_the_default_workspace_cannot_be_removed(client: TestClient) -> None:
    refused = client.delete("/__mock__/workspaces/default")
    assert refused.status_code == 409
    assert refused.json() == {"error": "the default workspace cannot be deleted"}


def test_a_workspace_from_a_fixtures_document(client: TestClient) -> None:
    document = {
        "users": [{"email": "solo@example.com", "role": "ADMIN"}],
        "tokens": [{"secret": "hxtp_solo", "user": "solo@example.com"}],
        "settings": {"json_401": True},
    }
    response = client.post("/__mock__/workspaces", json=document)
    assert response.status_code == 201
    (token,) = response.json()["tokens"]
    assert token | {"secret": "fresh"} == {
        "secret": "fresh",
        "user": "solo@example.com",
        "kind": "personal",
        "scopes": [],
        "replaces": "hxtp_solo",
    }
    me = client.get("/api/v1/users/me", headers=bearer(token["secret"]))
    assert me.status_code == 200
    # The document's own secret was replaced: it is no token anywhere.
    assert client.get("/api/v1/users/me", headers=bearer("hxtp_solo")).status_code == 401
    empty = client.post("/__mock__/workspaces", json={})
    assert (empty.status_code, empty.json()["tokens"]) == (201, [])


def test_a_bad_fixtures_document_makes_no_workspace(client: TestClient) -> None:
    refused = client.post("/__mock__/workspaces", json={"users": [{"emial": "x@example.com"}]})
    assert refused.status_code == 400
    assert "users[0]" in refused.json()["error"]
    assert len(client.get("/__mock__/workspaces").json()["workspaces"]) == 1


def test_a_token_secret_belongs_to_one_workspace_only(client: TestClient) -> None:
    workspace_id, admin = create(client)
    clash = {"tokens": [{"secret": DEMO_ADMIN, "user": "ana@example.com"}]}
    refused = client.post(f"/__mock__/workspaces/{workspace_id}/fixtures", json=clash)
    assert refused.status_code == 409
    assert refused.json() == {"error": "another workspace (default) has a token with this secret"}
    back = {"tokens": [{"secret": admin, "user": "ana@example.com"}]}
    assert client.post("/__mock__/fixtures", json=back).status_code == 409
    assert client.get(PROJECT, headers=bearer(admin)).status_code == 200


def test_new_tokens_loaded_into_a_workspace_are_its_own(client: TestClient) -> None:
    workspace_id, _ = create(client)
    more = {"tokens": [{"secret": "hxtp_later", "user": "ana@example.com"}]}
    assert client.post(f"/__mock__/workspaces/{workspace_id}/fixtures", json=more).status_code == 204
    assert client.get("/api/v1/groups", headers=bearer("hxtp_later")).status_code == 200
    journal = client.get(f"/__mock__/workspaces/{workspace_id}/journal").json()["entries"]
    assert [entry["operationId"] for entry in journal] == ["ListGroups"]


def test_the_python_api_gives_the_same_workspaces() -> None:
    mock = HexMock(rate_limits=NO_RATE_LIMITS)
    made = mock.create_workspace()
    assert mock.workspace_mock(made.id) is made
    assert [workspace.id for workspace in mock.workspaces()] == ["default", made.id]
    made.advance(60)
    assert (made.clock.now() - mock.clock.now()).total_seconds() == 60
    assert made.rate_limits()["hex-api"] == {"perMinute": None, "perHour": None}  # start-up settings
    mock.delete_workspace(made.id)
    with pytest.raises(KeyError):
        mock.workspace_mock(made.id)


def test_an_embedding_url_signed_in_a_workspace_opens_there(client: TestClient) -> None:
    # A browser following the URL presents no token: the link itself names its workspace.
    _, admin = create(client)
    signed = client.post(
        f"/api/v1/embedding/createPresignedUrl/{WEEKLY_REVENUE}", json={}, headers=bearer(admin)
    )
    assert signed.status_code == 200, signed.text
    path = "/" + signed.json()["url"].split("/", 3)[3]
    assert client.get(path).status_code == 200
    assert client.get(path).status_code == 410
