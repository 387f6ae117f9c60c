"""Projects through HTTP: listing and its filters, reading, creating, statuses, queried tables, sharing.

The demo workspace (hex_mock/demo.yaml) is the cast: Ana (ADMIN) owns "Weekly revenue" and the
archived "Ops dashboard", Eve (EDITOR) owns "Churn model" and a component, Max (MANAGER) owns
"Campaign attribution", Ed (EXPLORER) owns the trashed "Scratchpad", and Gus (GUEST) is shared nothing.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from hex_mock.clock import ManualClock
from hex_mock.store import Cell, Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, bearer
from tests.resources.demo_ids import (
    ANA,
    CAMPAIGN,
    CHURN,
    COMPANY_METRICS,
    COMPONENT,
    DATA_TEAM,
    ED,
    FORMER,
    GUS,
    MARKETING_COLLECTION,
    MARKETING_GROUP,
    OPS,
    SCRATCHPAD,
    UNKNOWN,
    WAREHOUSE,
    WEEKLY,
)

EVERYTHING = {"includeArchived": "true", "includeComponents": "true", "includeTrashed": "true"}


def list_ids(client: TestClient, token: str | None = None, **params: Any) -> list[str]:
    headers = bearer(token) if token else None
    response = client.get("/api/v1/projects", params={"limit": 100, **params}, headers=headers)
    assert response.status_code == 200, response.text
    return [project["id"] for project in response.json()["values"]]


def get_status(client: TestClient, project_id: str, token: str) -> int:
    response: httpx.Response = client.get(f"/api/v1/projects/{project_id}", headers=bearer(token))
    return response.status_code


def share(
    client: TestClient, project_id: str, kind: str, items: list[tuple[str, str]], token: str | None = None
) -> httpx.Response:
    """EditProjectSharingUsers/Groups/Collections (`kind` is users, groups or collections)."""
    ref = kind[:-1]
    body = {"sharing": {"upsert": {kind: [{ref: {"id": pid}, "access": access} for pid, access in items]}}}
    headers = bearer(token) if token else None
    response: httpx.Response = client.patch(
        f"/api/v1/projects/{project_id}/sharing/{kind}", json=body, headers=headers
    )
    return response


# --- ListProjects ---------------------------------------------------------------------------------


def test_list_projects_returns_visible_projects_newest_created_first(client: TestClient) -> None:
    response = client.get("/api/v1/projects")

    assert response.status_code == 200
    body = response.json()
    assert [p["title"] for p in body["values"]] == ["Campaign attribution", "Churn model", "Weekly revenue"]
    assert body["pagination"] == {"after": None, "before": None}
    assert all("sharing" not in p for p in body["values"])


@pytest.mark.parametrize(
    ("token", "flag", "extra"),
    [
        (None, "includeArchived", OPS),
        (None, "includeComponents", COMPONENT),
        (EXPLORER, "includeTrashed", SCRATCHPAD),
    ],
)
def test_list_projects_include_flags_add_hidden_kinds(
    client: TestClient, token: str | None, flag: str, extra: str
) -> None:
    without = list_ids(client, token)
    with_flag = list_ids(client, token, **{flag: "true"})

    assert extra not in without
    assert set(with_flag) == {*without, extra}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"statuses": "Certified"}, [WEEKLY]),
        ({"statuses": ["Completed", "Certified"]}, [CAMPAIGN, WEEKLY]),
        ({"categories": ["Deep dive", "Marketing"]}, [CAMPAIGN, CHURN]),
        ({"creatorEmail": "EVE@example.com"}, [CHURN]),
        ({"ownerEmail": "max@example.com"}, [CAMPAIGN]),
        ({"ownerEmail": "nobody@example.com"}, []),
        ({"collectionId": COMPANY_METRICS}, [WEEKLY]),
        ({"collectionId": UNKNOWN}, []),
    ],
)
def test_list_projects_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    assert list_ids(client, **params) == expected


def test_list_projects_include_sharing_adds_each_projects_sharing(client: TestClient) -> None:
    response = client.get("/api/v1/projects", params={"includeSharing": "true", "statuses": "Certified"})

    assert response.json()["values"][0]["sharing"] == {
        "users": [
            {"user": {"email": "ana@example.com"}, "access": "FULL_ACCESS"},
            {"user": {"email": "eve@example.com"}, "access": "CAN_EDIT"},
        ],
        "collections": [{"collection": {"name": "Company metrics"}, "access": "CAN_VIEW"}],
        "groups": [{"group": {"name": "Marketing"}, "access": "APP_ONLY"}],
        "workspace": {"access": "CAN_VIEW"},
        "publicWeb": {"access": "NONE"},
        "support": {"access": "NONE"},
    }


def test_guests_do_not_see_workspace_shared_projects(client: TestClient) -> None:
    # Weekly revenue is shared with the workspace and with a workspace-shared collection.
    assert list_ids(client, GUEST, **EVERYTHING) == []
    assert get_status(client, WEEKLY, GUEST) == 404
    assert get_status(client, WEEKLY, EXPLORER) == 200


@pytest.mark.parametrize(
    ("sort_by", "direction", "expected"),
    [
        ("LAST_PUBLISHED_AT", "DESC", [WEEKLY, CAMPAIGN, COMPONENT, OPS, CHURN]),
        ("LAST_PUBLISHED_AT", "ASC", [CHURN, OPS, COMPONENT, CAMPAIGN, WEEKLY]),
        ("LAST_EDITED_AT", "DESC", [WEEKLY, CAMPAIGN, CHURN, COMPONENT, OPS]),
        ("CREATED_AT", "ASC", [OPS, WEEKLY, COMPONENT, CHURN, CAMPAIGN]),
    ],
)
def test_list_projects_sorting_puts_never_published_projects_first_ascending_last_descending(
    client: TestClient, sort_by: str, direction: str, expected: list[str]
) -> None:
    assert list_ids(client, sortBy=sort_by, sortDirection=direction, **EVERYTHING) == expected


@pytest.fixture
def crowded(client: TestClient, clock: ManualClock, workspace: Workspace) -> TestClient:
    """Eleven more projects, some created in the same millisecond, some edited or published later."""
    for index in range(11):
        if index % 3:
            clock.advance(60)
        created = client.post("/api/v1/projects", json={"title": f"Extra {index}"}).json()
        if index % 4 == 0:
            clock.advance(30)
            client.patch(f"/api/v1/projects/{created['id']}", json={"status": "Completed"})
        if index % 2 == 0:
            project = workspace.projects.get(created["id"])
            assert project is not None
            project.last_published_at = clock.now()
    return client


def walk(client: TestClient, params: dict[str, Any], *, direction: str = "after") -> list[str]:
    seen: list[str] = []
    cursor: str | None = None
    while True:
        page = client.get(
            "/api/v1/projects", params={**params, direction: cursor} if cursor else params
        ).json()
        ids = [p["id"] for p in page["values"]]
        seen += ids if direction == "after" else list(reversed(ids))
        cursor = page["pagination"][direction]
        if cursor is None:
            return seen


@pytest.mark.parametrize(
    ("sort_by", "direction"),
    list(itertools.product(["CREATED_AT", "LAST_EDITED_AT", "LAST_PUBLISHED_AT"], ["ASC", "DESC"])),
)
def test_paging_visits_every_visible_project_once_in_order(
    crowded: TestClient, sort_by: str, direction: str
) -> None:
    params = {"sortBy": sort_by, "sortDirection": direction, **EVERYTHING}
    full = list_ids(crowded, **params)
    assert len(full) == 16  # five visible demo projects (Scratchpad is Ed's) and eleven new ones

    forward = walk(crowded, {**params, "limit": 3})

    assert forward == full
    # Walking back from the last page with `before` visits the same projects in reverse.
    last_page = crowded.get("/api/v1/projects", params={**params, "limit": 3}).json()
    while last_page["pagination"]["after"] is not None:
        cursor = last_page["pagination"]["after"]
        last_page = crowded.get("/api/v1/projects", params={**params, "limit": 3, "after": cursor}).json()
    tail = [p["id"] for p in last_page["values"]]
    backward = walk(
        crowded, {**params, "limit": 3, "before": last_page["pagination"]["before"]}, direction="before"
    )
    assert list(reversed(backward)) + tail == full


@pytest.mark.parametrize("direction", ["ASC", "DESC"])
def test_a_project_created_mid_walk_does_not_skip_or_repeat_others(
    client: TestClient, clock: ManualClock, direction: str
) -> None:
    before_walk = list_ids(client, sortDirection=direction)
    created: list[str] = []
    seen: list[str] = []
    page = client.get("/api/v1/projects", params={"limit": 1, "sortDirection": direction}).json()
    while True:
        seen += [p["id"] for p in page["values"]]
        if len(created) < 2:
            clock.advance(1)
            created.append(
                client.post("/api/v1/projects", json={"title": f"New {len(created)}"}).json()["id"]
            )
        cursor = page["pagination"]["after"]
        if cursor is None:
            break
        page = client.get(
            "/api/v1/projects", params={"limit": 1, "sortDirection": direction, "after": cursor}
        ).json()

    assert len(seen) == len(set(seen))
    assert [pid for pid in seen if pid in before_walk] == before_walk
    # The newcomers sort after the cursor when ascending, so the walk reaches them; not when descending.
    assert [pid for pid in seen if pid in created] == (created if direction == "ASC" else [])


# --- GetProject -----------------------------------------------------------------------------------


def test_get_project_renders_every_field_in_hex_order(client: TestClient) -> None:
    response = client.get(f"/api/v1/projects/{WEEKLY}")

    assert response.status_code == 200
    body = response.json()
    assert list(body) == [
        "id", "title", "description", "type", "creator", "owner", "status", "categories", "reviews",
        "analytics", "lastEditedAt", "lastPublishedAt", "createdAt", "archivedAt", "trashedAt", "schedules",
    ]  # fmt: skip
    assert body == {
        "id": WEEKLY,
        "title": "Weekly revenue",
        "description": "Revenue by region, refreshed every Monday.\n\n",
        "type": "PROJECT",
        "creator": {"email": "ana@example.com"},
        "owner": {"email": "ana@example.com"},
        "status": {"name": "Certified"},
        "categories": [{"name": "Dashboard", "description": "Dashboards refreshed on a schedule"}],
        "reviews": {"required": False},
        "analytics": {
            "appViews": {"allTime": 120, "lastSevenDays": 12, "lastFourteenDays": 25, "lastThirtyDays": 48},
            "lastViewedAt": "2025-01-03T14:55:34.717Z",
            "publishedResultsUpdatedAt": "2025-01-04T12:11:34.907Z",
        },
        "lastEditedAt": "2024-12-18T08:38:03.873Z",
        "lastPublishedAt": "2024-12-13T23:26:27.466Z",
        "createdAt": "2024-04-01T09:00:00.000Z",
        "archivedAt": None,
        "trashedAt": None,
        "schedules": [
            {
                "cadence": "WEEKLY",
                "enabled": True,
                "hourly": None,
                "daily": None,
                "weekly": {"dayOfWeek": "MONDAY", "hour": 7, "minute": 0, "timezone": "+00:00"},
                "monthly": None,
                "custom": None,
            }
        ],
    }


def test_get_project_include_sharing(client: TestClient) -> None:
    body = client.get(f"/api/v1/projects/{CHURN}", params={"includeSharing": "true"}).json()

    assert list(body["sharing"]) == ["users", "collections", "groups", "workspace", "publicWeb", "support"]
    assert body["sharing"]["users"] == [{"user": {"email": "eve@example.com"}, "access": "FULL_ACCESS"}]
    assert body["sharing"]["groups"] == [{"group": {"name": "Data team"}, "access": "CAN_EDIT"}]


@pytest.mark.parametrize(
    ("project_id", "token"), [(UNKNOWN, MANAGER), (CHURN, EXPLORER), (SCRATCHPAD, MANAGER)]
)
def test_get_project_is_404_for_unknown_and_unshared_projects(
    client: TestClient, project_id: str, token: str
) -> None:
    response = client.get(f"/api/v1/projects/{project_id}", headers=bearer(token))

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


# --- CreateProject --------------------------------------------------------------------------------


def test_create_project_makes_the_caller_creator_and_owner(client: TestClient, clock: ManualClock) -> None:
    clock.advance(90.5)
    response = client.post(
        "/api/v1/projects", json={"title": "Pipeline health", "description": "d"}, headers=bearer(EDITOR)
    )

    assert response.status_code == 201
    body = response.json()
    assert body == {
        "id": body["id"],
        "title": "Pipeline health",
        "description": "d",
        "type": "PROJECT",
        "creator": {"email": "eve@example.com"},
        "owner": {"email": "eve@example.com"},
        "status": None,
        "categories": [],
        "reviews": {"required": False},
        "analytics": {
            "appViews": {"allTime": 0, "lastSevenDays": 0, "lastFourteenDays": 0, "lastThirtyDays": 0},
            "lastViewedAt": None,
            "publishedResultsUpdatedAt": None,
        },
        "lastEditedAt": "2025-01-06T09:01:30.500Z",
        "lastPublishedAt": None,
        "createdAt": "2025-01-06T09:01:30.500Z",
        "archivedAt": None,
        "trashedAt": None,
        "schedules": [],
    }
    assert list_ids(client, EDITOR)[0] == body["id"]
    shared = client.get(
        f"/api/v1/projects/{body['id']}", params={"includeSharing": "true"}, headers=bearer(EDITOR)
    )
    assert shared.json()["sharing"]["users"] == [
        {"user": {"email": "eve@example.com"}, "access": "FULL_ACCESS"}
    ]
    # Nobody else was given access.
    assert get_status(client, body["id"], MANAGER) == 404


def test_create_project_without_description_has_null_description(client: TestClient) -> None:
    assert client.post("/api/v1/projects", json={"title": "t"}).json()["description"] is None


def test_create_project_needs_the_editor_role(client: TestClient, workspace: Workspace) -> None:
    response = client.post("/api/v1/projects", json={"title": "Mine"}, headers=bearer(EXPLORER))

    assert response.status_code == 403
    assert response.json()["code"] == "FORBIDDEN"
    assert len(workspace.projects) == 6


# --- UpdateProject --------------------------------------------------------------------------------


def test_update_project_sets_status_and_bumps_last_edited(client: TestClient, clock: ManualClock) -> None:
    assert list_ids(client, EDITOR, sortBy="LAST_EDITED_AT")[0] == WEEKLY  # and the sorted view is cached
    clock.advance(5)
    response = client.patch(f"/api/v1/projects/{CHURN}", json={"status": "Completed"}, headers=bearer(EDITOR))

    assert response.status_code == 200
    assert response.json()["status"] == {"name": "Completed"}
    assert response.json()["lastEditedAt"] == "2025-01-06T09:00:05.000Z"
    assert list_ids(client, EDITOR, statuses="Completed") == [CAMPAIGN, CHURN]
    assert list_ids(client, EDITOR, statuses="In development") == []
    # The edit moved Churn model to the top of the last-edited order.
    assert list_ids(client, EDITOR, sortBy="LAST_EDITED_AT")[0] == CHURN


def test_update_project_null_clears_the_status(client: TestClient) -> None:
    response = client.patch(f"/api/v1/projects/{CAMPAIGN}", json={"status": None}, headers=bearer(MANAGER))

    assert response.json()["status"] is None
    assert CAMPAIGN not in list_ids(client, MANAGER, statuses="Completed")


def test_update_project_without_status_changes_nothing(client: TestClient, clock: ManualClock) -> None:
    clock.advance(5)
    response = client.patch(f"/api/v1/projects/{CHURN}", json={})

    assert response.status_code == 200
    assert response.json()["status"] == {"name": "In development"}
    assert response.json()["lastEditedAt"] == "2024-06-10T09:00:00.000Z"


def test_update_project_unknown_status_is_400_naming_it(client: TestClient) -> None:
    # Hex's newer document gives UpdateProject 400, 403 and 404 only, in the newer envelope.
    response = client.patch(f"/api/v1/projects/{CHURN}", json={"status": "Shipped"})

    assert response.status_code == 400
    assert response.json()["code"] == "BAD_REQUEST"
    assert "'Shipped'" in response.json()["message"]
    assert "'In development'" in response.json()["issues"][0]["message"]
    assert client.get(f"/api/v1/projects/{CHURN}").json()["status"] == {"name": "In development"}


def test_managers_may_set_endorsed_statuses_on_projects_they_can_only_view(client: TestClient) -> None:
    # Max can view Weekly revenue (workspace sharing) but has no edit access to it.
    response = client.patch(f"/api/v1/projects/{WEEKLY}", json={"status": None}, headers=bearer(MANAGER))
    assert response.status_code == 200
    response = client.patch(
        f"/api/v1/projects/{WEEKLY}", json={"status": "Certified"}, headers=bearer(MANAGER)
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("token", "project_id", "status", "expected"),
    [
        (EDITOR, CHURN, "Certified", 403),  # endorsed: Admins and Managers only, even for the owner
        (EDITOR, WEEKLY, "Completed", 403),  # clearing the endorsed "Certified" is as privileged
        (EDITOR, CAMPAIGN, "In development", 403),  # Eve only has CAN_VIEW (Data team)
        (EXPLORER, CAMPAIGN, "In development", 403),  # Ed has CAN_EDIT, but his role cannot
        (GUEST, CHURN, "Completed", 404),  # invisible
        (MANAGER, UNKNOWN, "Completed", 404),
    ],
)
def test_update_project_refusals(
    client: TestClient, token: str, project_id: str, status: str, expected: int
) -> None:
    response = client.patch(f"/api/v1/projects/{project_id}", json={"status": status}, headers=bearer(token))

    assert response.status_code == expected
    if project_id != UNKNOWN:
        assert client.get(f"/api/v1/projects/{project_id}").json()["status"] != {"name": status}


# --- GetQueriedTables -----------------------------------------------------------------------------


def test_get_queried_tables_lists_the_qualified_tables_the_sql_reads(client: TestClient) -> None:
    response = client.get(f"/api/v1/projects/{WEEKLY}/queriedTables")

    assert response.status_code == 200
    body = response.json()
    assert body["values"] == [
        {
            "dataConnectionId": WAREHOUSE,
            "dataConnectionName": "Warehouse",
            "tableName": "analytics.public.orders",
        }
    ]
    assert body["pagination"] == {"after": None, "before": None}
    assert isinstance(body["traceId"], str)
    assert body["traceId"]


def test_get_queried_tables_pages_through_deduplicated_tables(
    client: TestClient, workspace: Workspace
) -> None:
    weekly = workspace.projects.get(WEEKLY)
    assert weekly is not None
    for index, source in enumerate(
        [
            'select * from "public"."regions" r join analytics.public.customers c on true',
            "select 1 FROM orders",
        ]
    ):
        cell = Cell(
            id=f"00000000-0000-4000-8000-00000000000{index}",
            static_id=f"00000000-0000-4000-9000-00000000000{index}",
            project_id=WEEKLY,
            cell_type="SQL",
            source=source,
            data_connection_id=WAREHOUSE,
        )
        workspace.cells.put(cell.id, cell)
        weekly.cell_ids = [*weekly.cell_ids, cell.id]

    first = client.get(f"/api/v1/projects/{WEEKLY}/queriedTables", params={"limit": 2}).json()
    after = first["pagination"]["after"]
    second = client.get(
        f"/api/v1/projects/{WEEKLY}/queriedTables", params={"limit": 2, "after": after}
    ).json()

    names = [t["tableName"] for t in first["values"] + second["values"]]
    assert names == ["analytics.public.customers", "analytics.public.orders", "analytics.public.regions"]
    assert second["pagination"]["after"] is None


def test_get_queried_tables_needs_more_than_app_only_access(client: TestClient) -> None:
    share(client, WEEKLY, "users", [(GUS, "APP_ONLY")])

    response = client.get(f"/api/v1/projects/{WEEKLY}/queriedTables", headers=bearer(GUEST))

    assert response.status_code == 403
    assert "reason" in response.json()
    assert client.get(f"/api/v1/projects/{WEEKLY}/queriedTables", headers=bearer(EXPLORER)).status_code == 200


def test_get_queried_tables_unknown_project_is_404(client: TestClient) -> None:
    assert client.get(f"/api/v1/projects/{UNKNOWN}/queriedTables").status_code == 404


# --- EditProjectSharingUsers / Groups / Collections -------------------------------------------------


def test_sharing_with_a_user_makes_the_project_visible_to_them_and_none_hides_it(client: TestClient) -> None:
    assert get_status(client, CHURN, GUEST) == 404

    response = share(client, CHURN, "users", [(GUS, "CAN_VIEW")], EDITOR)

    assert response.status_code == 200
    body = response.json()
    assert "errors" not in body
    assert body["project"]["id"] == CHURN
    assert body["project"]["sharing"]["users"] == [
        {"user": {"email": "eve@example.com"}, "access": "FULL_ACCESS"},
        {"user": {"email": "gus@example.com"}, "access": "CAN_VIEW"},
    ]
    assert list_ids(client, GUEST) == [CHURN]
    assert get_status(client, CHURN, GUEST) == 200

    share(client, CHURN, "users", [(GUS, "NONE")], EDITOR)

    assert list_ids(client, GUEST) == []
    assert get_status(client, CHURN, GUEST) == 404


def test_sharing_with_users_reports_bad_ids_and_applies_the_rest(client: TestClient) -> None:
    response = share(
        client,
        WEEKLY,
        "users",
        [
            (UNKNOWN, "CAN_VIEW"),
            (FORMER, "CAN_VIEW"),
            (ANA, "CAN_VIEW"),
            (GUS, "APP_ONLY"),
            (UNKNOWN, "CAN_EDIT"),
        ],
    )

    assert response.status_code == 200
    body = response.json()
    assert body["errors"] == [
        {"userIds": [UNKNOWN], "reason": "User not found"},
        {"userIds": [FORMER], "reason": "User is deactivated"},
        {"userIds": [ANA], "reason": "The project owner's FULL_ACCESS cannot be changed"},
    ]
    users = {share["user"]["email"]: share["access"] for share in body["project"]["sharing"]["users"]}
    assert users == {
        "ana@example.com": "FULL_ACCESS",
        "eve@example.com": "CAN_EDIT",
        "gus@example.com": "APP_ONLY",
    }


def test_granting_full_access_needs_full_access_and_nothing_is_applied(client: TestClient) -> None:
    # Eve has CAN_EDIT on Weekly revenue: she may share, but not hand out FULL_ACCESS.
    response = share(client, WEEKLY, "users", [(GUS, "CAN_VIEW"), (ED, "FULL_ACCESS")], EDITOR)

    assert response.status_code == 403
    assert "FULL_ACCESS" in response.json()["message"]
    assert get_status(client, WEEKLY, GUEST) == 404


@pytest.mark.parametrize(
    ("token", "project_id", "expected"),
    [(EXPLORER, WEEKLY, 403), (EDITOR, CAMPAIGN, 403), (GUEST, CHURN, 404), (MANAGER, UNKNOWN, 404)],
)
def test_sharing_edits_need_can_edit(client: TestClient, token: str, project_id: str, expected: int) -> None:
    # Ed can only view Weekly revenue and Eve only view Campaign attribution; Gus cannot see Churn.
    for kind, principal in (("users", GUS), ("groups", DATA_TEAM), ("collections", COMPANY_METRICS)):
        assert share(client, project_id, kind, [(principal, "CAN_VIEW")], token).status_code == expected
    response = client.patch(
        f"/api/v1/projects/{project_id}/sharing/workspaceAndPublic",
        json={"sharing": {"workspace": "CAN_VIEW"}},
        headers=bearer(token),
    )
    assert response.status_code == expected


def test_sharing_with_groups_reaches_their_members(client: TestClient) -> None:
    assert get_status(client, CHURN, EXPLORER) == 404

    response = share(client, CHURN, "groups", [(MARKETING_GROUP, "CAN_VIEW"), (UNKNOWN, "CAN_VIEW")], EDITOR)

    assert response.json()["errors"] == [{"groupIds": [UNKNOWN], "reason": "Group not found"}]
    assert response.json()["project"]["sharing"]["groups"] == [
        {"group": {"name": "Data team"}, "access": "CAN_EDIT"},
        {"group": {"name": "Marketing"}, "access": "CAN_VIEW"},
    ]
    assert get_status(client, CHURN, EXPLORER) == 200

    share(client, CHURN, "groups", [(MARKETING_GROUP, "NONE")], EDITOR)
    assert get_status(client, CHURN, EXPLORER) == 404


def test_adding_a_project_to_a_collection_shows_in_reads_lists_and_member_access(client: TestClient) -> None:
    response = share(client, CHURN, "collections", [(MARKETING_COLLECTION, "APP_ONLY")])

    assert response.status_code == 200
    expected = [{"collection": {"name": "Marketing"}, "access": "APP_ONLY"}]
    assert response.json()["project"]["sharing"]["collections"] == expected
    got = client.get(f"/api/v1/projects/{CHURN}", params={"includeSharing": "true"}).json()
    assert got["sharing"]["collections"] == expected
    assert list_ids(client, collectionId=MARKETING_COLLECTION) == [CHURN]
    # Ed is in the Marketing group, which is a member of the Marketing collection: app-only access.
    assert get_status(client, CHURN, EXPLORER) == 200
    assert client.get(f"/api/v1/projects/{CHURN}/queriedTables", headers=bearer(EXPLORER)).status_code == 403

    share(client, CHURN, "collections", [(MARKETING_COLLECTION, "NONE")])

    assert list_ids(client, collectionId=MARKETING_COLLECTION) == []
    assert get_status(client, CHURN, EXPLORER) == 404


def test_collections_the_caller_cannot_see_are_reported_as_not_found(client: TestClient) -> None:
    # Eve (EDITOR) is not a member of the Marketing collection; Company metrics she can see.
    response = share(
        client,
        CHURN,
        "collections",
        [(MARKETING_COLLECTION, "CAN_VIEW"), (COMPANY_METRICS, "CAN_VIEW")],
        EDITOR,
    )

    assert response.json()["errors"] == [
        {"collectionIds": [MARKETING_COLLECTION], "reason": "Collection not found"}
    ]
    assert response.json()["project"]["sharing"]["collections"] == [
        {"collection": {"name": "Company metrics"}, "access": "CAN_VIEW"}
    ]


# --- EditProjectSharingOrgAndPublic ---------------------------------------------------------------


def test_workspace_sharing_reaches_members_but_not_guests(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/projects/{CHURN}/sharing/workspaceAndPublic",
        json={"sharing": {"workspace": "CAN_VIEW", "publicWeb": "APP_ONLY"}},
        headers=bearer(EDITOR),
    )

    assert response.status_code == 200
    sharing = response.json()["project"]["sharing"]
    assert (sharing["workspace"], sharing["publicWeb"]) == ({"access": "CAN_VIEW"}, {"access": "APP_ONLY"})
    assert "errors" not in response.json()
    assert CHURN in list_ids(client, EXPLORER)
    assert CHURN not in list_ids(client, GUEST)


def test_public_web_beyond_can_view_is_reported_and_workspace_still_applies(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/projects/{CHURN}/sharing/workspaceAndPublic",
        json={"sharing": {"workspace": "APP_ONLY", "publicWeb": "CAN_EDIT"}},
        headers=bearer(EDITOR),
    )

    assert response.status_code == 200
    body = response.json()
    assert [error["type"] for error in body["errors"]] == ["publicWeb"]
    assert body["project"]["sharing"]["workspace"] == {"access": "APP_ONLY"}
    assert body["project"]["sharing"]["publicWeb"] == {"access": "NONE"}


def test_omitted_audiences_are_left_as_they_are(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/projects/{WEEKLY}/sharing/workspaceAndPublic", json={"sharing": {"publicWeb": "CAN_VIEW"}}
    )

    assert response.json()["project"]["sharing"]["workspace"] == {"access": "CAN_VIEW"}
    assert response.json()["project"]["sharing"]["publicWeb"] == {"access": "CAN_VIEW"}


def test_workspace_full_access_needs_full_access(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/projects/{WEEKLY}/sharing/workspaceAndPublic",
        json={"sharing": {"workspace": "FULL_ACCESS", "publicWeb": "APP_ONLY"}},
        headers=bearer(EDITOR),
    )

    assert response.status_code == 403
    sharing = client.get(f"/api/v1/projects/{WEEKLY}", params={"includeSharing": "true"}).json()["sharing"]
    assert (sharing["workspace"], sharing["publicWeb"]) == ({"access": "CAN_VIEW"}, {"access": "NONE"})


# --- Envelopes of Hex's newer document ----------------------------------------------------------------

MISSING_PROJECT = "00000000-1111-4222-8333-444444444444"
NEWER_ENVELOPE_EDITS = [
    ("PATCH", "{}", {"status": 5}, {"status": None}),
    (
        "PATCH",
        "{}/sharing/users",
        {"sharing": {"upsert": {"users": [{"user": {}, "access": "CAN_VIEW"}]}}},
        {"sharing": {"upsert": {"users": []}}},
    ),
    (
        "PATCH",
        "{}/sharing/groups",
        {"sharing": {"upsert": {"groups": "all"}}},
        {"sharing": {"upsert": {"groups": []}}},
    ),
    (
        "PATCH",
        "{}/sharing/workspaceAndPublic",
        {"sharing": {"workspace": "EVERYONE"}},
        {"sharing": {"workspace": "CAN_VIEW"}},
    ),
]


@pytest.mark.parametrize(("method", "path", "bad_body", "good_body"), NEWER_ENVELOPE_EDITS)
def test_project_edits_moved_to_the_newer_envelope(
    client: TestClient, method: str, path: str, bad_body: dict[str, Any], good_body: dict[str, Any]
) -> None:
    # UpdateProject and the users, groups and workspace sharing edits answer {code, message, issues}:
    # a body that fails validation is a 400 (the newer framework's), not tsoa's 422.
    refused = client.request(method, "/api/v1/projects/" + path.format(WEEKLY), json=bad_body)
    assert refused.status_code == 400
    assert refused.json()["code"] == "BAD_REQUEST"
    assert refused.json()["issues"]
    missing = client.request(method, "/api/v1/projects/" + path.format(MISSING_PROJECT), json=good_body)
    assert (missing.status_code, missing.json()["code"]) == (404, "NOT_FOUND")
    forbidden = client.request(
        method, "/api/v1/projects/" + path.format(WEEKLY), json=good_body, headers=bearer(GUEST)
    )
    assert forbidden.status_code == 404  # a project the guest cannot see is not found, in the same envelope
    assert forbidden.json()["code"] == "NOT_FOUND"


def test_collection_sharing_is_still_a_tsoa_operation(client: TestClient) -> None:
    refused = client.patch(f"/api/v1/projects/{WEEKLY}/sharing/collections", json={"sharing": 1})
    assert refused.status_code == 422
    assert refused.json()["reason"] == "Validation Failed"
