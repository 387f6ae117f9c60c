"""Cells through HTTP: the draft notebook of a project, its order, and who may read and edit it.

Demo cast (hex_mock/demo.yaml): "Weekly revenue" (Ana owns, Eve CAN_EDIT, workspace CAN_VIEW) has
four cells: Overview (markdown), Orders (SQL on Warehouse, dataframe `orders`), Totals (code) and a
chart. "Churn model" (Eve owns) has a markdown and a SQL cell (`dataframe_2`). "Campaign attribution"
(Max owns) is CAN_EDIT for Marketing and CAN_VIEW for the Data team (Ana, Eve). Gus is a guest.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from hex_mock.clock import ManualClock, isoformat
from hex_mock.resources.cells import key_between
from hex_mock.store import Cell, Workspace
from tests.resources.conftest import EDITOR, GUEST, bearer
from tests.resources.demo_ids import CAMPAIGN, CHURN, GUS, UNKNOWN, WAREHOUSE, WEEKLY

OVERVIEW = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"
ORDERS = "4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918"
TOTALS = "5f8a3b2c-1d4e-4fa0-89b8-7e6d5c4b3a29"
CHART = "6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a"
PRODUCT_DB = "d9a926d9-99d3-4efb-8a20-7a0a55e7276e"


def cell_ids(client: TestClient, project_id: str, **params: Any) -> list[str]:
    response = client.get("/api/v1/cells", params={"projectId": project_id, "limit": 100, **params})
    assert response.status_code == 200, response.text
    return [cell["id"] for cell in response.json()["values"]]


def create(client: TestClient, project_id: str = WEEKLY, token: str | None = None, **fields: Any) -> Any:
    body = {
        "projectId": project_id,
        "cellType": "CODE",
        "contents": {"codeCell": {"source": "x = 1"}},
    } | fields
    return client.post("/api/v1/cells", json=body, headers=bearer(token) if token else None)


def created_id(client: TestClient, project_id: str = WEEKLY, **fields: Any) -> str:
    response = create(client, project_id, **fields)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def issues(response: Any) -> str:
    """The standard envelope's issue messages, joined, for asserting on what an error names."""
    body = response.json()
    return " | ".join(issue["message"] for issue in body["issues"])


def add_section(workspace: Workspace, project_id: str, cell_id: str, *, after: str | None = None) -> None:
    """A collapsible section cell, put straight into the workspace (the API cannot create one)."""
    project = workspace.projects.get(project_id)
    assert project is not None
    section = Cell(
        id=cell_id, static_id=cell_id, project_id=project_id, cell_type="COLLAPSIBLE", label="Section"
    )
    workspace.cells.put(section.id, section)
    index = project.cell_ids.index(after) + 1 if after else len(project.cell_ids)
    project.cell_ids = [*project.cell_ids[:index], section.id, *project.cell_ids[index:]]


# --- ListCells --------------------------------------------------------------------------------------


def test_list_cells_returns_the_draft_in_notebook_order(client: TestClient) -> None:
    response = client.get("/api/v1/cells", params={"projectId": WEEKLY})

    assert response.status_code == 200
    body = response.json()
    assert [cell["id"] for cell in body["values"]] == [OVERVIEW, ORDERS, TOTALS, CHART]
    assert body["pagination"] == {"after": None, "before": None}
    markdown, sql, _code, chart = body["values"]
    assert markdown["contents"] == {
        "codeCell": None,
        "sqlCell": None,
        "markdownCell": {"source": "# Weekly revenue"},
    }
    assert sql == {
        "id": ORDERS,
        "staticId": "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e",
        "cellType": "SQL",
        "label": "Orders",
        "dataConnectionId": WAREHOUSE,
        "contents": {
            "codeCell": None,
            "sqlCell": {
                "source": "select region, sum(amount) as revenue from orders group by 1",
                "outputDataframe": "orders",
            },
            "markdownCell": None,
        },
        "projectId": WEEKLY,
    }
    assert chart["contents"] == {"codeCell": None, "sqlCell": None, "markdownCell": None}


def test_list_cells_pages_forward_and_back(client: TestClient) -> None:
    first = client.get("/api/v1/cells", params={"projectId": WEEKLY, "limit": 3}).json()
    second = client.get(
        "/api/v1/cells", params={"projectId": WEEKLY, "limit": 3, "after": first["pagination"]["after"]}
    ).json()
    back = client.get(
        "/api/v1/cells", params={"projectId": WEEKLY, "limit": 3, "before": second["pagination"]["before"]}
    ).json()

    assert [c["id"] for c in first["values"]] == [OVERVIEW, ORDERS, TOTALS]
    assert first["pagination"]["before"] is None
    assert [c["id"] for c in second["values"]] == [CHART]
    assert second["pagination"]["after"] is None
    assert [c["id"] for c in back["values"]] == [OVERVIEW, ORDERS, TOTALS]


def next_page(client: TestClient, limit: int, cursor: str) -> list[str]:
    return cell_ids(client, WEEKLY, limit=limit, after=cursor)


def test_a_cursor_walk_neither_repeats_nor_loses_cells_when_cells_are_inserted_above(
    client: TestClient,
) -> None:
    """With positions as keys, ORDERS (now one further down) would come back on the next page."""
    first = client.get("/api/v1/cells", params={"projectId": WEEKLY, "limit": 2}).json()
    assert [c["id"] for c in first["values"]] == [OVERVIEW, ORDERS]

    created_id(client, location={"insertAfterCellId": OVERVIEW})
    below = created_id(client, location={"insertAfterCellId": ORDERS})

    assert next_page(client, 10, first["pagination"]["after"]) == [below, TOTALS, CHART]


def test_a_cursor_walk_neither_repeats_nor_loses_cells_when_cells_above_are_deleted(
    client: TestClient,
) -> None:
    """With positions as keys, CHART (now two further up) would be skipped."""
    first = client.get("/api/v1/cells", params={"projectId": WEEKLY, "limit": 3}).json()
    assert [c["id"] for c in first["values"]] == [OVERVIEW, ORDERS, TOTALS]

    for cell_id in (OVERVIEW, ORDERS):
        assert client.delete(f"/api/v1/cells/{cell_id}").status_code == 200

    assert next_page(client, 10, first["pagination"]["after"]) == [CHART]


def test_list_cells_of_unknown_project_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/cells", params={"projectId": UNKNOWN})

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_list_cells_of_a_project_the_caller_cannot_see_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/cells", params={"projectId": WEEKLY}, headers=bearer(GUEST))

    assert response.status_code == 404


def test_app_only_viewers_cannot_read_the_notebook(client: TestClient, workspace: Workspace) -> None:
    project = workspace.projects.get(WEEKLY)
    assert project is not None
    project.user_access = {**project.user_access, GUS: "APP_ONLY"}

    listing = client.get("/api/v1/cells", params={"projectId": WEEKLY}, headers=bearer(GUEST))
    one = client.get(f"/api/v1/cells/{ORDERS}", headers=bearer(GUEST))

    assert (listing.status_code, one.status_code) == (403, 403)
    assert listing.json()["code"] == "FORBIDDEN"


# --- GetCell ----------------------------------------------------------------------------------------


def test_get_cell_returns_one_cell(client: TestClient) -> None:
    response = client.get(f"/api/v1/cells/{TOTALS}")

    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["cellType"], body["label"], body["dataConnectionId"]) == (
        TOTALS,
        "CODE",
        "Totals",
        None,
    )
    assert body["contents"]["codeCell"] == {"source": "totals = orders.groupby('region').revenue.sum()"}


@pytest.mark.parametrize(("cell_id", "token"), [(UNKNOWN, None), (ORDERS, GUEST)])
def test_get_cell_unknown_or_invisible_is_404(client: TestClient, cell_id: str, token: str | None) -> None:
    response = client.get(f"/api/v1/cells/{cell_id}", headers=bearer(token) if token else None)

    assert response.status_code == 404


# --- CreateCell -------------------------------------------------------------------------------------


def test_create_cell_without_location_appends_it(client: TestClient) -> None:
    response = create(client, label="Check", contents={"codeCell": {"source": "print(totals)"}})

    assert response.status_code == 200
    cell = response.json()
    assert cell["cellType"] == "CODE"
    assert cell["label"] == "Check"
    assert cell["projectId"] == WEEKLY
    assert cell["contents"] == {
        "codeCell": {"source": "print(totals)"},
        "sqlCell": None,
        "markdownCell": None,
    }
    assert cell["staticId"] != cell["id"]
    assert cell_ids(client, WEEKLY) == [OVERVIEW, ORDERS, TOTALS, CHART, cell["id"]]
    assert client.get(f"/api/v1/cells/{cell['id']}").json() == cell


def test_create_markdown_cell(client: TestClient) -> None:
    response = create(client, cellType="MARKDOWN", contents={"markdownCell": {"source": "## Notes"}})

    assert response.status_code == 200
    assert response.json()["contents"]["markdownCell"] == {"source": "## Notes"}


def test_create_cell_after_a_given_cell(client: TestClient) -> None:
    new = created_id(client, location={"insertAfterCellId": ORDERS})

    assert cell_ids(client, WEEKLY) == [OVERVIEW, ORDERS, new, TOTALS, CHART]


def test_create_sql_cell_names_its_dataframe_after_the_highest_existing_one(client: TestClient) -> None:
    sql = {"sqlCell": {"source": "select 1", "dataConnectionId": WAREHOUSE}}

    first = create(client, CHURN, cellType="SQL", contents=sql).json()
    second = create(client, CHURN, cellType="SQL", contents=sql).json()
    in_weekly = create(client, WEEKLY, cellType="SQL", contents=sql).json()

    # Churn model already has dataframe_2; Weekly revenue's only dataframe is called `orders`.
    assert first["contents"]["sqlCell"] == {"source": "select 1", "outputDataframe": "dataframe_3"}
    assert second["contents"]["sqlCell"]["outputDataframe"] == "dataframe_4"
    assert in_weekly["contents"]["sqlCell"]["outputDataframe"] == "dataframe_1"
    assert first["dataConnectionId"] == WAREHOUSE


def test_create_sql_cell_keeps_a_given_dataframe_name(client: TestClient) -> None:
    contents = {
        "sqlCell": {"source": "select 1", "dataConnectionId": PRODUCT_DB, "outputDataframe": "events"}
    }

    cell = create(client, cellType="SQL", contents=contents).json()

    assert cell["contents"]["sqlCell"]["outputDataframe"] == "events"
    assert cell["dataConnectionId"] == PRODUCT_DB


def test_create_dataframe_sql_cell_has_no_connection(client: TestClient, workspace: Workspace) -> None:
    contents = {"sqlCell": {"source": "select * from orders", "isDataframeSql": True}}

    cell = create(client, cellType="SQL", contents=contents).json()

    assert cell["dataConnectionId"] is None
    stored = workspace.cells.get(cell["id"])
    assert stored is not None
    assert stored.is_dataframe_sql


@pytest.mark.parametrize(
    ("fields", "status", "named"),
    [
        # Refused by CreateCellRequest's schema: each cellType has its own contents entry.
        (
            {"cellType": "CODE", "contents": {"sqlCell": {"source": "select 1"}}},
            400,
            "contents.codeCell: is required",
        ),
        (
            {"cellType": "MARKDOWN", "contents": {"codeCell": {"source": "x"}}},
            400,
            "contents.codeCell: is not an allowed property",
        ),
        (
            {"cellType": "CODE", "contents": {"codeCell": {"source": "x"}, "markdownCell": {"source": "y"}}},
            400,
            "contents.markdownCell: is not an allowed property",
        ),
        (
            {
                "cellType": "SQL",
                "contents": {
                    "sqlCell": {"source": "s", "dataConnectionId": WAREHOUSE, "isDataframeSql": True}
                },
            },
            400,
            "dataConnectionId and isDataframeSql true cannot be combined",
        ),
        (
            {"cellType": "SQL", "contents": {"sqlCell": {"source": "s", "outputDataframe": "my frame"}}},
            400,
            "contents.sqlCell.outputDataframe: must match pattern",
        ),
        (
            {"cellType": "SQL", "contents": {"sqlCell": {"source": "s", "outputDataframe": "class"}}},
            400,
            "contents.sqlCell.outputDataframe: must not be a Python keyword",
        ),
        ({"location": {"childPosition": "FIRST"}}, 400, "location.parentCellId: is required"),
        (
            {"location": {"insertAfterCellId": ORDERS, "parentCellId": ORDERS}},
            400,
            "location.parentCellId: is not an allowed property",
        ),
        # Unknown ids inside the body: 404, naming the field.
        (
            {"cellType": "SQL", "contents": {"sqlCell": {"source": "s", "dataConnectionId": UNKNOWN}}},
            404,
            f"contents.sqlCell.dataConnectionId: no data connection with id {UNKNOWN}",
        ),
        (
            {"location": {"insertAfterCellId": UNKNOWN}},
            404,
            f"insertAfterCellId: {UNKNOWN} is not a cell of this project",
        ),
        # The workspace's state: the named cell is not a section.
        ({"location": {"parentCellId": ORDERS}}, 400, "a SQL cell cannot contain other cells"),
    ],
)
def test_create_cell_refuses_inconsistent_requests(
    client: TestClient, fields: dict[str, Any], status: int, named: str
) -> None:
    before = cell_ids(client, WEEKLY)

    response = create(client, **fields)

    assert response.status_code == status, response.text
    assert response.json()["code"] == {400: "BAD_REQUEST", 404: "NOT_FOUND"}[status]
    assert named in issues(response)
    assert cell_ids(client, WEEKLY) == before


def test_create_cell_after_a_cell_of_another_project_is_404(client: TestClient) -> None:
    churn_cell = cell_ids(client, CHURN)[0]

    response = create(client, WEEKLY, location={"insertAfterCellId": churn_cell})

    assert response.status_code == 404
    assert churn_cell in issues(response)


@pytest.mark.parametrize(
    ("project_id", "token", "status"),
    [
        (UNKNOWN, None, 404),
        (WEEKLY, GUEST, 404),  # cannot see it at all
        (CAMPAIGN, EDITOR, 403),  # Eve can view (Data team) but not edit
    ],
)
def test_create_cell_needs_edit_access_to_a_visible_project(
    client: TestClient, project_id: str, token: str | None, status: int
) -> None:
    assert create(client, project_id, token).status_code == status


def test_an_editor_with_edit_access_can_create_cells(client: TestClient) -> None:
    assert create(client, WEEKLY, EDITOR).status_code == 200


# --- sections (container cells) ---------------------------------------------------------------------

SECTION = "11111111-2222-4333-8444-555555555555"


def test_create_cell_inside_a_section_first_or_last(client: TestClient, workspace: Workspace) -> None:
    add_section(workspace, WEEKLY, SECTION, after=TOTALS)

    last = created_id(client, location={"parentCellId": SECTION})
    first = created_id(client, location={"parentCellId": SECTION, "childPosition": "FIRST"})
    also_last = created_id(client, location={"parentCellId": SECTION, "childPosition": "LAST"})
    after_section = created_id(client, location={"insertAfterCellId": SECTION})

    assert cell_ids(client, WEEKLY) == [
        OVERVIEW,
        ORDERS,
        TOTALS,
        SECTION,
        first,
        last,
        also_last,
        after_section,
        CHART,
    ]
    parents = {
        cell_id: cell.parent_id
        for cell_id in (first, last, also_last, after_section)
        if (cell := workspace.cells.get(cell_id))
    }
    assert parents == {first: SECTION, last: SECTION, also_last: SECTION, after_section: None}


def test_deleting_a_section_keeps_its_cells(client: TestClient, workspace: Workspace) -> None:
    add_section(workspace, WEEKLY, SECTION)
    child = created_id(client, location={"parentCellId": SECTION})

    assert client.delete(f"/api/v1/cells/{SECTION}").status_code == 200

    assert cell_ids(client, WEEKLY) == [OVERVIEW, ORDERS, TOTALS, CHART, child]
    stored = workspace.cells.get(child)
    assert stored is not None
    assert stored.parent_id is None


# --- UpdateCell -------------------------------------------------------------------------------------


def test_update_cell_source_shows_in_get_and_list(client: TestClient) -> None:
    response = client.patch(
        f"/api/v1/cells/{TOTALS}", json={"contents": {"codeCell": {"source": "totals = 0"}}}
    )

    assert response.status_code == 200
    assert response.json()["contents"]["codeCell"] == {"source": "totals = 0"}
    assert client.get(f"/api/v1/cells/{TOTALS}").json() == response.json()
    listed = client.get("/api/v1/cells", params={"projectId": WEEKLY}).json()["values"]
    assert next(cell for cell in listed if cell["id"] == TOTALS) == response.json()


def test_update_sql_cell_source_dataframe_and_connection(client: TestClient) -> None:
    body = {
        "dataConnectionId": PRODUCT_DB,
        "contents": {"sqlCell": {"source": "select 2", "outputDataframe": "paid_orders"}},
    }

    cell = client.patch(f"/api/v1/cells/{ORDERS}", json=body).json()
    source_only = client.patch(
        f"/api/v1/cells/{ORDERS}", json={"contents": {"sqlCell": {"source": "select 3"}}}
    ).json()

    assert cell["dataConnectionId"] == PRODUCT_DB
    assert cell["contents"]["sqlCell"] == {"source": "select 2", "outputDataframe": "paid_orders"}
    # Omitted fields stay as they are.
    assert source_only["contents"]["sqlCell"] == {"source": "select 3", "outputDataframe": "paid_orders"}
    assert source_only["dataConnectionId"] == PRODUCT_DB


def test_update_cell_with_null_connection_detaches_it(client: TestClient) -> None:
    response = client.patch(f"/api/v1/cells/{ORDERS}", json={"dataConnectionId": None})

    assert response.status_code == 200
    assert client.get(f"/api/v1/cells/{ORDERS}").json()["dataConnectionId"] is None


def test_attaching_a_connection_turns_a_dataframe_sql_cell_into_a_connection_cell(
    client: TestClient, workspace: Workspace
) -> None:
    cell_id = created_id(
        client, cellType="SQL", contents={"sqlCell": {"source": "s", "isDataframeSql": True}}
    )

    client.patch(f"/api/v1/cells/{cell_id}", json={"dataConnectionId": WAREHOUSE})

    stored = workspace.cells.get(cell_id)
    assert stored is not None
    assert (stored.data_connection_id, stored.is_dataframe_sql) == (WAREHOUSE, False)


@pytest.mark.parametrize(
    ("cell_id", "body", "status", "named"),
    [
        (
            TOTALS,
            {"contents": {"sqlCell": {"source": "select 1"}}},
            400,
            "contents.sqlCell: not allowed for a CODE cell",
        ),
        (
            OVERVIEW,
            {"contents": {"codeCell": {"source": "x"}}},
            400,
            "contents.codeCell: not allowed for a MARKDOWN cell",
        ),
        (CHART, {"contents": {"codeCell": {"source": "x"}}}, 400, "CHART cells have no source"),
        (TOTALS, {"dataConnectionId": WAREHOUSE}, 400, "dataConnectionId: not allowed for a CODE cell"),
        (ORDERS, {"dataConnectionId": UNKNOWN}, 404, f"no data connection with id {UNKNOWN}"),
        (
            ORDERS,
            {"contents": {"sqlCell": {"source": "s", "outputDataframe": "1st"}}},
            400,
            "outputDataframe",
        ),
        (
            ORDERS,
            {"contents": {"sqlCell": {"source": "s"}, "codeCell": {"source": "x"}}},
            400,
            "contents: must have at most 1 properties",
        ),
    ],
)
def test_update_cell_refuses_changes_the_cell_cannot_take(
    client: TestClient, cell_id: str, body: dict[str, Any], status: int, named: str
) -> None:
    before = client.get(f"/api/v1/cells/{cell_id}").json()

    response = client.patch(f"/api/v1/cells/{cell_id}", json=body)

    assert response.status_code == status
    assert named in issues(response)
    assert client.get(f"/api/v1/cells/{cell_id}").json() == before


@pytest.mark.parametrize(
    ("cell_id", "token", "status"),
    [(UNKNOWN, None, 404), (ORDERS, GUEST, 404), (ORDERS, EDITOR, 200)],
)
def test_update_cell_needs_edit_access(
    client: TestClient, cell_id: str, token: str | None, status: int
) -> None:
    body = {"contents": {"sqlCell": {"source": "select 1"}}}

    assert (
        client.patch(
            f"/api/v1/cells/{cell_id}", json=body, headers=bearer(token) if token else None
        ).status_code
        == status
    )


def test_viewers_cannot_update_or_delete_cells(client: TestClient) -> None:
    campaign_cell = cell_ids(client, CAMPAIGN)[0]

    body = {"contents": {"sqlCell": {"source": "select 1"}}}  # the first Campaign cell is a SQL cell
    update = client.patch(f"/api/v1/cells/{campaign_cell}", json=body, headers=bearer(EDITOR))
    delete = client.delete(f"/api/v1/cells/{campaign_cell}", headers=bearer(EDITOR))

    assert (update.status_code, delete.status_code) == (403, 403)
    assert campaign_cell in cell_ids(client, CAMPAIGN)


# --- DeleteCell -------------------------------------------------------------------------------------


def test_delete_cell_removes_it_from_the_notebook(client: TestClient) -> None:
    response = client.delete(f"/api/v1/cells/{ORDERS}")

    assert response.status_code == 200
    assert response.json() == {"cellId": ORDERS}
    assert client.get(f"/api/v1/cells/{ORDERS}").status_code == 404
    assert cell_ids(client, WEEKLY) == [OVERVIEW, TOTALS, CHART]
    assert client.delete(f"/api/v1/cells/{ORDERS}").status_code == 404


# --- lastEditedAt -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "write",
    [
        lambda client: create(client),
        lambda client: client.patch(
            f"/api/v1/cells/{TOTALS}", json={"contents": {"codeCell": {"source": "y"}}}
        ),
        lambda client: client.delete(f"/api/v1/cells/{TOTALS}"),
    ],
    ids=["create", "update", "delete"],
)
def test_cell_writes_count_as_edits_of_the_project(
    client: TestClient, clock: ManualClock, write: Any
) -> None:
    now = clock.advance(3600)

    assert write(client).status_code == 200

    assert client.get(f"/api/v1/projects/{WEEKLY}").json()["lastEditedAt"] == isoformat(now)


def test_refused_writes_do_not_touch_the_project(client: TestClient, clock: ManualClock) -> None:
    before = client.get(f"/api/v1/projects/{WEEKLY}").json()["lastEditedAt"]
    clock.advance(3600)

    assert create(client, cellType="SQL").status_code == 400  # codeCell contents for a SQL cell

    assert client.get(f"/api/v1/projects/{WEEKLY}").json()["lastEditedAt"] == before


# --- order keys -------------------------------------------------------------------------------------


@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=200))
def test_order_keys_stay_unique_and_sorted_wherever_cells_are_inserted(choices: list[int]) -> None:
    keys: list[str] = []
    for choice in choices:
        index = choice % (len(keys) + 1)
        low = keys[index - 1] if index > 0 else None
        high = keys[index] if index < len(keys) else None
        key = key_between(low, high)
        assert low is None or low < key
        assert high is None or key < high
        keys.insert(index, key)
    assert keys == sorted(set(keys))


def test_order_keys_stay_short_when_appending() -> None:
    key = key_between(None, None)
    for _ in range(10_000):
        key = key_between(key, None)

    assert len(key) == 8
