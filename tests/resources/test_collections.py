"""Collections through HTTP: listing, creating, reading, editing, and membership reaching projects.

Demo collections: "Company metrics" (created by Ana; Ana FULL_ACCESS, the Data team group CAN_EDIT,
the workspace CAN_VIEW) and "Marketing" (created by Max; the Marketing group CAN_VIEW).
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.store import Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, bearer
from tests.resources.demo_ids import (
    ANA,
    COMPANY_METRICS,
    DATA_TEAM,
    EVE,
    FORMER,
    GUS,
    MARKETING_COLLECTION,
    MARKETING_GROUP,
    MAX,
    UNKNOWN,
    WEEKLY,
)
from tests.resources.test_projects import list_ids


def names(client: TestClient, token: str | None = None, **params: Any) -> list[str]:
    response = client.get("/api/v1/collections", params=params, headers=bearer(token) if token else None)
    assert response.status_code == 200, response.text
    return [collection["name"] for collection in response.json()["values"]]


# --- ListCollections ------------------------------------------------------------------------------


def test_list_collections_by_name_for_admins_shows_every_collection(client: TestClient) -> None:
    response = client.get("/api/v1/collections", params={"sortBy": "NAME"})

    assert response.status_code == 200
    assert [c["name"] for c in response.json()["values"]] == ["Company metrics", "Marketing"]
    assert response.json()["pagination"] == {"after": None, "before": None}


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (EDITOR, ["Company metrics"]),  # Data team member, and the workspace share
        (EXPLORER, ["Company metrics", "Marketing"]),  # workspace share, and Marketing group member
        (GUEST, []),  # guests never get workspace-level sharing
        (MANAGER, ["Company metrics", "Marketing"]),
    ],
)
def test_list_collections_shows_members_their_collections(
    client: TestClient, token: str, expected: list[str]
) -> None:
    assert names(client, token) == expected


def test_list_collections_pages_by_name(client: TestClient) -> None:
    for name in ("beta", "Alpha", "delta", "Gamma"):
        client.post("/api/v1/collections", json={"name": name})

    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = client.get("/api/v1/collections", params=params).json()
        seen += [c["name"] for c in page["values"]]
        if page["pagination"]["after"] is None:
            break
        params = {"limit": 2, "after": page["pagination"]["after"]}

    assert seen == ["Alpha", "beta", "Company metrics", "delta", "Gamma", "Marketing"]


# --- CreateCollection -----------------------------------------------------------------------------


def test_create_collection_with_sharing(client: TestClient) -> None:
    response = client.post(
        "/api/v1/collections",
        json={
            "name": "Finance",
            "description": "Dashboards the finance team relies on.",
            "sharing": {
                "users": [{"access": "MEMBER", "id": EVE}],
                "groups": [{"access": "CAN_VIEW", "id": MARKETING_GROUP}],
                "workspace": {"members": "CAN_VIEW"},
            },
        },
        headers=bearer(MANAGER),
    )

    assert response.status_code == 201
    body = response.json()
    assert body == {
        "id": body["id"],
        "name": "Finance",
        "description": "Dashboards the finance team relies on.",
        "creator": {"email": "max@example.com", "id": MAX},
        "sharing": {
            "users": [{"access": "MEMBER", "id": EVE}],
            "groups": [{"access": "CAN_VIEW", "id": MARKETING_GROUP}],
            "workspace": {"members": "CAN_VIEW"},
        },
    }
    assert client.get(f"/api/v1/collections/{body['id']}").json() == body
    assert names(client, EDITOR) == ["Company metrics", "Finance"]


def test_create_collection_minimal(client: TestClient) -> None:
    body = client.post("/api/v1/collections", json={"name": "Scratch"}).json()

    assert body == {
        "id": body["id"],
        "name": "Scratch",
        "creator": {"email": "ana@example.com", "id": ANA},
        "sharing": {"users": [], "groups": []},
    }


def test_create_collection_needs_the_manager_role(client: TestClient, workspace: Workspace) -> None:
    response = client.post("/api/v1/collections", json={"name": "Mine"}, headers=bearer(EDITOR))

    assert response.status_code == 403
    assert "MANAGER" in response.json()["reason"]
    assert len(workspace.collections) == 2


@pytest.mark.parametrize(
    ("sharing", "status", "named"),
    [
        ({"users": [{"access": "MEMBER", "id": UNKNOWN}]}, 404, UNKNOWN),
        ({"groups": [{"access": "MEMBER", "id": UNKNOWN}]}, 404, UNKNOWN),
        ({"users": [{"access": "MEMBER", "id": FORMER}]}, 422, FORMER),
    ],
)
def test_create_collection_rejects_bad_principals_and_creates_nothing(
    client: TestClient, workspace: Workspace, sharing: dict[str, Any], status: int, named: str
) -> None:
    response = client.post("/api/v1/collections", json={"name": "Finance", "sharing": sharing})

    assert response.status_code == status
    assert named in response.json()["details"]
    assert len(workspace.collections) == 2


def test_create_collection_needs_a_name(client: TestClient) -> None:
    response = client.post("/api/v1/collections", json={"name": ""})

    assert response.status_code == 422
    assert response.json()["details"] == "name: must not be empty"


def test_a_blank_name_is_a_name(client: TestClient) -> None:
    # The spec asks for a non-empty name (minLength 1), as EditCollection's does; nothing more.
    assert client.post("/api/v1/collections", json={"name": "  "}).status_code == 201


# --- GetCollection --------------------------------------------------------------------------------


def test_get_collection(client: TestClient) -> None:
    response = client.get(f"/api/v1/collections/{COMPANY_METRICS}", headers=bearer(EDITOR))

    assert response.status_code == 200
    assert response.json() == {
        "id": COMPANY_METRICS,
        "name": "Company metrics",
        "description": "The numbers leadership reads every Monday",
        "creator": {"email": "ana@example.com", "id": ANA},
        "sharing": {
            "users": [{"access": "FULL_ACCESS", "id": ANA}],
            "groups": [{"access": "CAN_EDIT", "id": DATA_TEAM}],
            "workspace": {"members": "CAN_VIEW"},
        },
    }


@pytest.mark.parametrize(("collection_id", "token"), [(UNKNOWN, MANAGER), (MARKETING_COLLECTION, EDITOR)])
def test_get_collection_is_404_for_unknown_and_invisible(
    client: TestClient, collection_id: str, token: str
) -> None:
    response = client.get(f"/api/v1/collections/{collection_id}", headers=bearer(token))

    assert response.status_code == 404
    assert response.json()["reason"] == "Not found"


# --- EditCollection -------------------------------------------------------------------------------


def test_edit_collection_renames_describes_and_reshares(client: TestClient) -> None:
    assert names(client) == ["Company metrics", "Marketing"]  # and the sorted view is cached
    response = client.patch(
        f"/api/v1/collections/{MARKETING_COLLECTION}",
        json={
            "name": "Aardvark",
            "description": "Renamed",
            "sharing": {
                "upsert": {
                    "users": [{"access": "MEMBER", "id": EVE}],
                    "groups": [{"access": "NONE", "id": MARKETING_GROUP}],
                    "workspace": {"members": "CAN_VIEW"},
                }
            },
        },
        headers=bearer(MANAGER),
    )

    assert response.status_code == 200
    assert response.json() == {
        "id": MARKETING_COLLECTION,
        "name": "Aardvark",
        "description": "Renamed",
        "creator": {"email": "max@example.com", "id": MAX},
        "sharing": {
            "users": [{"access": "MEMBER", "id": EVE}],
            "groups": [],
            "workspace": {"members": "CAN_VIEW"},
        },
    }
    # The list order follows the new name.
    assert names(client) == ["Aardvark", "Company metrics"]


def test_edit_collection_workspace_none_removes_the_workspace_share(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/collections/{COMPANY_METRICS}",
        json={"sharing": {"upsert": {"workspace": {"members": "NONE"}}}},
    )

    assert "workspace" not in response.json()["sharing"]
    assert names(client, EXPLORER) == ["Marketing"]


def test_edit_collection_needs_the_manager_role(client: TestClient) -> None:
    # Eve sees Company metrics (her Data team has CAN_EDIT on it); only Managers and Admins edit it.
    response = client.patch(
        f"/api/v1/collections/{COMPANY_METRICS}", json={"name": "Ours"}, headers=bearer(EDITOR)
    )

    assert response.status_code == 403
    assert names(client, EDITOR) == ["Company metrics"]


@pytest.mark.parametrize(("collection_id", "token"), [(UNKNOWN, MANAGER), (MARKETING_COLLECTION, EDITOR)])
def test_edit_collection_is_404_for_unknown_and_invisible(
    client: TestClient, collection_id: str, token: str
) -> None:
    response = client.patch(f"/api/v1/collections/{collection_id}", json={"name": "x"}, headers=bearer(token))

    assert response.status_code == 404


def test_edit_collection_with_an_unknown_user_changes_nothing(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/collections/{COMPANY_METRICS}",
        json={"name": "Renamed", "sharing": {"upsert": {"users": [{"access": "MEMBER", "id": UNKNOWN}]}}},
    )

    assert response.status_code == 404
    assert UNKNOWN in response.json()["details"]
    assert names(client) == ["Company metrics", "Marketing"]


# --- collections and project access ---------------------------------------------------------------


def test_collection_membership_grants_the_projects_share_to_that_collection(client: TestClient) -> None:
    # Weekly revenue is in Company metrics with CAN_VIEW; Gus (GUEST) is not a member, so he sees nothing.
    assert list_ids(client, GUEST) == []

    client.patch(
        f"/api/v1/collections/{COMPANY_METRICS}",
        json={"sharing": {"upsert": {"users": [{"access": "MEMBER", "id": GUS}]}}},
        headers=bearer(MANAGER),
    )

    assert list_ids(client, GUEST) == [WEEKLY]
    # CAN_VIEW (the project's share to the collection) lets him read the queried tables.
    assert client.get(f"/api/v1/projects/{WEEKLY}/queriedTables", headers=bearer(GUEST)).status_code == 200

    client.patch(
        f"/api/v1/collections/{COMPANY_METRICS}",
        json={"sharing": {"upsert": {"users": [{"access": "NONE", "id": GUS}]}}},
        headers=bearer(MANAGER),
    )

    assert list_ids(client, GUEST) == []


def test_renaming_a_collection_renames_it_in_project_sharing(client: TestClient) -> None:
    client.patch(f"/api/v1/collections/{COMPANY_METRICS}", json={"name": "Board metrics"})

    sharing = client.get(f"/api/v1/projects/{WEEKLY}", params={"includeSharing": "true"}).json()["sharing"]
    assert sharing["collections"] == [{"collection": {"name": "Board metrics"}, "access": "CAN_VIEW"}]
