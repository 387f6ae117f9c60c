"""Users through HTTP: Me, ListUsers (sorting, filters, who is listed) and DeactivateUser.

Demo users (hex_mock/demo.yaml): Ana Admin, Max Manager, Eve Editor, Ed Explorer, Gus Guest and the
deactivated "Former Employee". Data team = Ana + Eve; Marketing = Max + Ed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.store import Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import ANA, DATA_TEAM, ED, EVE, FORMER, GUS, MAX, UNKNOWN

ORG = "00000000-0000-4000-8000-000000000000"

ACTIVE_BY_NAME = [ANA, ED, EVE, GUS, MAX]  # Ana Admin, Ed Explorer, Eve Editor, Gus Guest, Max Manager


def user_ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/v1/users", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return [user["id"] for user in response.json()["values"]]


# --- Me ---------------------------------------------------------------------------------------------


def test_me_with_a_personal_token_describes_the_user_org_and_token(client: TestClient) -> None:
    response = client.get("/api/v1/users/me")

    assert response.status_code == 200
    assert response.json() == {
        "id": ANA,
        "name": "Ana Admin",
        "email": "ana@example.com",
        "role": "ADMIN",
        "lastLoginDate": "2025-01-06T08:30:00.000Z",
        "org": {"id": ORG},
        "token": {"exp": None},
    }


def test_me_reports_the_token_expiry_in_epoch_seconds(client: TestClient, workspace: Workspace) -> None:
    expires = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    token = workspace.issue_token(EVE, expires_at=expires)
    assert token.secret is not None

    body = client.get("/api/v1/users/me", headers=bearer(token.secret)).json()

    assert body["token"] == {"exp": int(expires.timestamp())}
    assert (body["id"], body["lastLoginDate"]) == (EVE, None)


def test_me_with_a_workspace_token_has_no_user_fields(client: TestClient) -> None:
    response = client.get("/api/v1/users/me", headers=bearer(READONLY_WORKSPACE))

    assert response.status_code == 200
    assert response.json() == {"org": {"id": ORG}, "token": {"exp": None}}


def test_me_works_for_guests(client: TestClient) -> None:
    assert client.get("/api/v1/users/me", headers=bearer(GUEST)).json()["role"] == "GUEST"


# --- ListUsers --------------------------------------------------------------------------------------


def test_list_users_by_name_without_deactivated_users(client: TestClient) -> None:
    response = client.get("/api/v1/users")

    assert response.status_code == 200
    body = response.json()
    assert [user["id"] for user in body["values"]] == ACTIVE_BY_NAME
    assert FORMER not in [user["id"] for user in body["values"]]
    assert body["values"][0] == {
        "id": ANA,
        "name": "Ana Admin",
        "email": "ana@example.com",
        "role": "ADMIN",
        "lastLoginDate": "2025-01-06T08:30:00.000Z",
    }
    assert body["pagination"] == {"after": None, "before": None}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sortDirection": "DESC"}, ACTIVE_BY_NAME[::-1]),
        ({"sortBy": "EMAIL"}, [ANA, ED, EVE, GUS, MAX]),  # ana@, ed@, eve@, gus@, max@
        ({"sortBy": "EMAIL", "sortDirection": "DESC"}, [MAX, GUS, EVE, ED, ANA]),
    ],
)
def test_list_users_sorting(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert user_ids(client, **params) == expected


def test_list_users_sorts_names_case_insensitively_and_nameless_users_last(
    client: TestClient, workspace: Workspace
) -> None:
    for user_id, name in ((GUS, "aaron"), (MAX, None)):
        user = workspace.users.get(user_id)
        assert user is not None
        user.name = name

    assert user_ids(client) == [GUS, ANA, ED, EVE, MAX]


def test_list_users_pages_through_everyone(client: TestClient) -> None:
    seen: list[str] = []
    after = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"after": after} if after else {})
        page = client.get("/api/v1/users", params=params).json()
        seen += [user["id"] for user in page["values"]]
        after = page["pagination"]["after"]
        if after is None:
            break

    assert seen == ACTIVE_BY_NAME


def test_list_users_of_a_group(client: TestClient) -> None:
    assert user_ids(client, groupId=DATA_TEAM) == [ANA, EVE]


def test_list_users_of_an_unknown_group_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/users", params={"groupId": UNKNOWN})

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_list_users_by_ids_leaves_out_unknown_and_deactivated_ones(client: TestClient) -> None:
    ids = ",".join([MAX, UNKNOWN, f" {EVE}", FORMER])

    assert user_ids(client, userIds=ids) == [EVE, MAX]


def test_list_users_by_ids_combines_with_the_group_filter(client: TestClient) -> None:
    assert user_ids(client, userIds=f"{ANA},{MAX}", groupId=DATA_TEAM) == [ANA]


@pytest.mark.parametrize("raw", ["not-a-uuid", f"{ANA},,{EVE}", f"{ANA},"])
def test_list_users_with_malformed_ids_is_400(client: TestClient, raw: str) -> None:
    response = client.get("/api/v1/users", params={"userIds": raw})

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "BAD_REQUEST"
    assert body["issues"][0]["message"].startswith("userIds: must match pattern")


def test_guests_cannot_list_users(client: TestClient) -> None:
    response = client.get("/api/v1/users", headers=bearer(GUEST))

    assert response.status_code == 403
    assert response.json()["code"] == "FORBIDDEN"


# --- DeactivateUser ---------------------------------------------------------------------------------


def test_deactivate_user_returns_the_user(client: TestClient) -> None:
    response = client.post(f"/api/v1/users/{EVE}/deactivate")

    assert response.status_code == 200
    assert response.json() == {
        "user": {
            "id": EVE,
            "name": "Eve Editor",
            "email": "eve@example.com",
            "role": "EDITOR",
            "lastLoginDate": None,
        }
    }


def test_a_deactivated_users_tokens_stop_working(client: TestClient, workspace: Workspace) -> None:
    second_token = workspace.issue_token(EVE).secret
    assert second_token is not None
    assert client.get("/api/v1/users/me", headers=bearer(EDITOR)).status_code == 200

    client.post(f"/api/v1/users/{EVE}/deactivate")

    for token in (EDITOR, second_token):
        response = client.get("/api/v1/users/me", headers=bearer(token))
        assert (response.status_code, response.text) == (401, "Unauthorized")


def test_a_deactivated_user_leaves_listings_but_keeps_memberships(
    client: TestClient, workspace: Workspace
) -> None:
    client.post(f"/api/v1/users/{EVE}/deactivate")

    assert EVE not in user_ids(client)
    assert user_ids(client, groupId=DATA_TEAM) == [ANA]
    assert user_ids(client, userIds=EVE) == []
    group = workspace.groups.get(DATA_TEAM)
    assert group is not None
    assert EVE in group.member_ids


def test_deactivating_twice_succeeds(client: TestClient) -> None:
    client.post(f"/api/v1/users/{ED}/deactivate")

    assert client.post(f"/api/v1/users/{ED}/deactivate").status_code == 200


@pytest.mark.parametrize("token", [MANAGER, EDITOR, EXPLORER, GUEST])
def test_only_admins_deactivate_users(client: TestClient, token: str) -> None:
    response = client.post(f"/api/v1/users/{ED}/deactivate", headers=bearer(token))

    assert response.status_code == 403
    assert ED in user_ids(client)


def test_admins_cannot_deactivate_themselves(client: TestClient) -> None:
    response = client.post(f"/api/v1/users/{ANA}/deactivate")

    assert response.status_code == 400
    assert response.json()["message"] == "You cannot deactivate yourself"
    assert client.get("/api/v1/users/me").status_code == 200


def test_deactivate_unknown_user_is_404(client: TestClient) -> None:
    assert client.post(f"/api/v1/users/{UNKNOWN}/deactivate").status_code == 404
