"""Groups through HTTP: listing, creating, reading, editing members, deleting (and what deletion revokes).

Demo groups (hex_mock/demo.yaml): "Data team" (Ana, Eve; created 2024-02-10) and "Marketing" (Max, Ed;
created 2024-02-11). Marketing has APP_ONLY on "Weekly revenue", CAN_EDIT on "Campaign attribution"
and CAN_VIEW on the Marketing collection. Groups use the tsoa error envelope.
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.clock import ManualClock, isoformat
from hex_mock.store import Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, bearer
from tests.resources.demo_ids import (
    ANA,
    CAMPAIGN,
    DATA_TEAM,
    ED,
    EVE,
    FORMER,
    MARKETING_COLLECTION,
    MARKETING_GROUP,
    UNKNOWN,
    WAREHOUSE,
)


def group_names(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/v1/groups", params=params)
    assert response.status_code == 200, response.text
    return [group["name"] for group in response.json()["values"]]


def member_ids(client: TestClient, group_id: str) -> set[str]:
    response = client.get("/api/v1/users", params={"groupId": group_id, "limit": 500})
    assert response.status_code == 200, response.text
    return {user["id"] for user in response.json()["values"]}


def members(*user_ids: str) -> dict[str, Any]:
    return {"users": [{"id": user_id} for user_id in user_ids]}


# --- ListGroups -------------------------------------------------------------------------------------


def test_list_groups_in_creation_order_by_default(client: TestClient) -> None:
    response = client.get("/api/v1/groups")

    assert response.status_code == 200
    assert response.json() == {
        "values": [
            {"id": DATA_TEAM, "name": "Data team", "createdAt": "2024-02-10T09:00:00.000Z"},
            {"id": MARKETING_GROUP, "name": "Marketing", "createdAt": "2024-02-11T09:00:00.000Z"},
        ],
        "pagination": {"after": None, "before": None},
    }


def test_list_groups_sorted_by_name_either_way(client: TestClient) -> None:
    client.post("/api/v1/groups", json={"name": "analysts"})  # lower case sorts among the others

    assert group_names(client, sortBy="NAME") == ["analysts", "Data team", "Marketing"]
    assert group_names(client, sortBy="NAME", sortDirection="DESC") == ["Marketing", "Data team", "analysts"]
    assert group_names(client, sortBy="CREATED_AT", sortDirection="DESC") == [
        "analysts",
        "Marketing",
        "Data team",
    ]


def test_list_groups_pages_up_to_the_limit(client: TestClient) -> None:
    first = client.get("/api/v1/groups", params={"limit": 1}).json()
    second = client.get("/api/v1/groups", params={"limit": 1, "after": first["pagination"]["after"]}).json()

    assert [g["name"] for g in first["values"] + second["values"]] == ["Data team", "Marketing"]
    assert second["pagination"]["after"] is None


def test_guests_cannot_list_or_read_groups(client: TestClient) -> None:
    listing = client.get("/api/v1/groups", headers=bearer(GUEST))
    one = client.get(f"/api/v1/groups/{DATA_TEAM}", headers=bearer(GUEST))

    assert (listing.status_code, one.status_code) == (403, 403)
    assert "reason" in listing.json()


def test_members_of_any_role_can_read_groups(client: TestClient) -> None:
    assert client.get(f"/api/v1/groups/{MARKETING_GROUP}", headers=bearer(EXPLORER)).status_code == 200


# --- CreateGroup, GetGroup --------------------------------------------------------------------------


def test_create_group_echoes_its_members_and_can_be_read_back(client: TestClient, clock: ManualClock) -> None:
    now = clock.advance(60)

    response = client.post("/api/v1/groups", json={"name": "Analysts", "members": members(EVE, ED, EVE)})

    assert response.status_code == 201
    created = response.json()
    assert created == {"id": created["id"], "name": "Analysts", "members": members(EVE, ED)}
    assert client.get(f"/api/v1/groups/{created['id']}").json() == {
        "id": created["id"],
        "name": "Analysts",
        "createdAt": isoformat(now),
    }
    assert member_ids(client, created["id"]) == {EVE, ED}


def test_create_group_without_members(client: TestClient) -> None:
    response = client.post("/api/v1/groups", json={"name": "Empty"})

    assert response.status_code == 201
    assert response.json()["members"] == {"users": []}
    assert member_ids(client, response.json()["id"]) == set()


@pytest.mark.parametrize(
    ("user_ids", "status", "named"),
    [((EVE, UNKNOWN), 404, f"no user with id {UNKNOWN}"), ((FORMER,), 400, f"{FORMER} deactivated")],
)
def test_create_group_with_unknown_or_deactivated_members_is_refused(
    client: TestClient, user_ids: tuple[str, ...], status: int, named: str
) -> None:
    response = client.post("/api/v1/groups", json={"name": "Broken", "members": members(*user_ids)})

    assert response.status_code == status
    assert named in response.json()["details"]
    assert "Broken" not in group_names(client)


@pytest.mark.parametrize(("token", "status"), [(MANAGER, 201), (EDITOR, 403), (EXPLORER, 403)])
def test_only_admins_and_managers_create_groups(client: TestClient, token: str, status: int) -> None:
    assert client.post("/api/v1/groups", json={"name": "New"}, headers=bearer(token)).status_code == status


def test_get_unknown_group_is_404(client: TestClient) -> None:
    response = client.get(f"/api/v1/groups/{UNKNOWN}")

    assert response.status_code == 404
    assert response.json()["reason"] == "Group not found"


# --- EditGroup --------------------------------------------------------------------------------------


def test_edit_group_renames_and_changes_members_as_listusers_shows(client: TestClient) -> None:
    assert member_ids(client, DATA_TEAM) == {ANA, EVE}

    response = client.patch(
        f"/api/v1/groups/{DATA_TEAM}",
        json={"name": "Analytics", "members": {"add": members(ED, ANA), "remove": members(EVE)}},
    )

    assert response.status_code == 200
    assert response.json() == {"id": DATA_TEAM, "name": "Analytics", "createdAt": "2024-02-10T09:00:00.000Z"}
    assert member_ids(client, DATA_TEAM) == {ANA, ED}
    assert client.get(f"/api/v1/groups/{DATA_TEAM}").json()["name"] == "Analytics"


def test_edit_group_membership_changes_project_access(client: TestClient) -> None:
    """Eve sees Campaign attribution only through the Data team."""
    cells = {"projectId": CAMPAIGN}
    assert client.get("/api/v1/cells", params=cells, headers=bearer(EDITOR)).status_code == 200

    client.patch(f"/api/v1/groups/{DATA_TEAM}", json={"members": {"remove": members(EVE)}})

    assert client.get("/api/v1/cells", params=cells, headers=bearer(EDITOR)).status_code == 404


@pytest.mark.parametrize(
    ("change", "status", "named"),
    [
        ({"add": members(ED, UNKNOWN)}, 404, f"members.add.users: no user with id {UNKNOWN}"),
        ({"remove": members(UNKNOWN)}, 404, f"members.remove.users: no user with id {UNKNOWN}"),
        ({"add": members(FORMER)}, 400, f"{FORMER} deactivated"),
        ({"add": members(ED), "remove": members(ED)}, 400, "cannot be both added and removed"),
    ],
)
def test_edit_group_refuses_bad_member_changes_without_applying_any(
    client: TestClient, change: dict[str, Any], status: int, named: str
) -> None:
    response = client.patch(f"/api/v1/groups/{DATA_TEAM}", json={"name": "Renamed", "members": change})

    assert response.status_code == status
    assert named in response.json()["details"]
    assert client.get(f"/api/v1/groups/{DATA_TEAM}").json()["name"] == "Data team"
    assert member_ids(client, DATA_TEAM) == {ANA, EVE}


def test_edit_group_by_a_manager_works_and_by_an_editor_is_403(client: TestClient) -> None:
    by_editor = client.patch(f"/api/v1/groups/{DATA_TEAM}", json={"name": "X"}, headers=bearer(EDITOR))
    by_manager = client.patch(f"/api/v1/groups/{DATA_TEAM}", json={"name": "Y"}, headers=bearer(MANAGER))

    assert (by_editor.status_code, by_manager.status_code) == (403, 200)
    assert by_editor.json()["reason"].startswith("Insufficient access")


def test_edit_unknown_group_is_404(client: TestClient) -> None:
    assert client.patch(f"/api/v1/groups/{UNKNOWN}", json={"name": "X"}).status_code == 404


# --- DeleteGroup ------------------------------------------------------------------------------------


def test_delete_group_makes_it_unknown(client: TestClient) -> None:
    response = client.delete(f"/api/v1/groups/{MARKETING_GROUP}")

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/api/v1/groups/{MARKETING_GROUP}").status_code == 404
    assert group_names(client) == ["Data team"]
    assert client.delete(f"/api/v1/groups/{MARKETING_GROUP}").status_code == 404
    assert client.get("/api/v1/users", params={"groupId": MARKETING_GROUP}).status_code == 404


def test_delete_group_withdraws_every_grant_made_to_it(client: TestClient, workspace: Workspace) -> None:
    connection = workspace.data_connections.get(WAREHOUSE)
    assert connection is not None
    connection.group_access = {**connection.group_access, MARKETING_GROUP: "QUERY"}
    sharing = {"includeSharing": "true"}
    before = client.get(f"/api/v1/projects/{CAMPAIGN}", params=sharing).json()["sharing"]["groups"]
    assert {"group": {"name": "Marketing"}, "access": "CAN_EDIT"} in before

    assert client.delete(f"/api/v1/groups/{MARKETING_GROUP}").status_code == 204

    after = client.get(f"/api/v1/projects/{CAMPAIGN}", params=sharing).json()["sharing"]["groups"]
    assert after == [{"group": {"name": "Data team"}, "access": "CAN_VIEW"}]
    assert client.get(f"/api/v1/data-connections/{WAREHOUSE}").json()["sharing"]["groups"] == []
    # The records themselves no longer mention the group (renderers hide dangling ids anyway).
    assert all(MARKETING_GROUP not in project.group_access for project in workspace.projects)
    assert all(MARKETING_GROUP not in collection.group_access for collection in workspace.collections)
    assert MARKETING_GROUP not in connection.group_access
    collection = workspace.collections.get(MARKETING_COLLECTION)
    assert collection is not None
    assert collection.group_access == {}


def test_deleting_a_group_removes_the_access_its_members_had_through_it(client: TestClient) -> None:
    """Ed (Marketing) can edit Campaign attribution only through the group."""
    cells = {"projectId": CAMPAIGN}
    assert client.get("/api/v1/cells", params=cells, headers=bearer(EXPLORER)).status_code == 200

    client.delete(f"/api/v1/groups/{MARKETING_GROUP}")

    assert client.get("/api/v1/cells", params=cells, headers=bearer(EXPLORER)).status_code == 404


def test_only_admins_and_managers_delete_groups(client: TestClient) -> None:
    assert client.delete(f"/api/v1/groups/{MARKETING_GROUP}", headers=bearer(EDITOR)).status_code == 403
    assert client.get(f"/api/v1/groups/{MARKETING_GROUP}").status_code == 200
    assert client.delete(f"/api/v1/groups/{MARKETING_GROUP}", headers=bearer(MANAGER)).status_code == 204
