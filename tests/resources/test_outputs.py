"""GetCellOutput and GetChartImageFromLogic through HTTP: a draft cell's latest output and image.

Demo cast (hex_mock/demo.yaml): "Weekly revenue" has a SQL cell (Orders), a markdown cell
(Overview) and a chart; the workspace may view it, Marketing (Max) sees only its app, Gus nothing.
"Campaign attribution"'s chart failed in its latest run (its fixtures say so).
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock import cell_outputs
from hex_mock.store import Workspace
from tests.resources.conftest import GUEST, MANAGER, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import CAMPAIGN, GUS, UNKNOWN, WEEKLY
from tests.resources.test_runs import decode_png

ORDERS = "4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918"
ORDERS_STATIC = "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
OVERVIEW = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"
CHART = "6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a"
CHART_STATIC = "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a"


def output(client: TestClient, cell_id: str, token: str | None = None) -> Any:
    return client.get(f"/api/v1/cells/{cell_id}/output", headers=bearer(token) if token else None)


def image(client: TestClient, cell_id: str, token: str | None = None, **params: Any) -> Any:
    headers = bearer(token) if token else None
    return client.get(f"/api/v1/cells/{cell_id}/image", params=params, headers=headers)


def campaign_chart(workspace: Workspace) -> str:
    project = workspace.projects.get(CAMPAIGN)
    assert project is not None
    return next(c for c in project.cell_ids if (cell := workspace.cells.get(c)) and cell.cell_type == "CHART")


def test_a_sql_cell_without_a_set_output_has_a_stable_default_table(client: TestClient) -> None:
    first, again = output(client, ORDERS), output(client, ORDERS)

    assert first.status_code == 200, first.text
    body = first.json()
    assert body == again.json()
    assert body["projectId"] == WEEKLY
    assert body["cell"] == {"id": ORDERS, "staticId": ORDERS_STATIC, "cellType": "SQL"}
    result = body["result"]
    assert result["type"] == "table"
    assert [column["name"] for column in result["columns"]] == ["row_number", "value"]
    assert result["rowsReturned"] == len(result["rows"]) == result["totalRows"] >= 1
    assert result["truncated"] is False
    assert all(isinstance(value, str) for row in result["rows"] for value in row.values())


def test_the_static_id_names_the_same_cell(client: TestClient) -> None:
    assert output(client, ORDERS_STATIC).json() == output(client, ORDERS).json()
    assert image(client, CHART_STATIC).json() == image(client, CHART).json()


def test_a_set_output_is_reported_with_values_as_strings_and_a_new_run(
    client: TestClient, workspace: Workspace
) -> None:
    before = output(client, ORDERS).json()["runId"]
    cell_outputs.set_output(
        workspace,
        ORDERS,
        columns=[{"name": "region", "type": "TEXT"}, {"name": "revenue", "type": "NUMBER"}],
        rows=[{"region": "EMEA", "revenue": 12.5}, {"region": "APAC", "revenue": None}],
    )

    body = output(client, ORDERS).json()

    assert body["runId"] != before
    assert body["result"]["rows"] == [
        {"region": "EMEA", "revenue": "12.5"},
        {"region": "APAC", "revenue": None},
    ]
    assert body["result"]["totalRows"] == 2


def test_a_long_result_is_cut_to_the_row_limit(client: TestClient, workspace: Workspace) -> None:
    rows = [{"n": index} for index in range(cell_outputs.ROW_LIMIT + 5)]
    cell_outputs.set_output(workspace, ORDERS, columns=[{"name": "n", "type": "NUMBER"}], rows=rows)

    result = output(client, ORDERS).json()["result"]

    assert (result["rowsReturned"], result["totalRows"], result["truncated"]) == (
        cell_outputs.ROW_LIMIT,
        cell_outputs.ROW_LIMIT + 5,
        True,
    )
    assert len(result["rows"]) == cell_outputs.ROW_LIMIT


def test_a_failed_run_is_reported_as_the_cells_error(client: TestClient, workspace: Workspace) -> None:
    cell_outputs.set_output(workspace, ORDERS, error="relation orders does not exist", traceback="line 1")

    result = output(client, ORDERS).json()["result"]

    assert result == {
        "type": "cell_run_error",
        "message": "relation orders does not exist",
        "traceback": "line 1",
    }


def test_only_sql_cells_have_an_output(client: TestClient) -> None:
    for cell_id in (OVERVIEW, CHART):
        response = output(client, cell_id)
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "UNPROCESSABLE_CONTENT"


def test_reading_an_output_needs_can_view_and_the_cells_read_scope(
    client: TestClient, workspace: Workspace
) -> None:
    assert output(client, ORDERS, token=GUEST).status_code == 404  # not shared with Gus
    project = workspace.projects.get(WEEKLY)
    assert project is not None
    project.user_access = {**project.user_access, GUS: "APP_ONLY"}
    assert output(client, ORDERS, token=GUEST).status_code == 403
    assert image(client, CHART, token=GUEST).status_code == 403
    assert output(client, ORDERS, token=MANAGER).status_code == 200  # the workspace may view
    assert output(client, ORDERS, token=READONLY_WORKSPACE).status_code == 200
    assert output(client, ORDERS, token="hxtw_demo_runner").status_code == 403  # no cells:read


def test_an_unknown_or_malformed_cell(client: TestClient) -> None:
    assert output(client, UNKNOWN).status_code == 404
    assert image(client, UNKNOWN).status_code == 404
    assert output(client, "not-a-uuid").status_code == 400


def test_a_deleted_cell_has_no_output(client: TestClient) -> None:
    assert client.delete(f"/api/v1/cells/{ORDERS}").status_code == 200
    assert output(client, ORDERS).status_code == 404
    assert output(client, ORDERS_STATIC).status_code == 404


def test_a_chart_image_is_a_png_of_the_requested_size(client: TestClient) -> None:
    response = image(client, CHART, width=300, height=200, includeTitle=True)

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["cellId"], body["mimeType"]) == (CHART, "image/png")
    assert decode_png(body["imageBase64"])[:2] == (300, 200)
    # One dimension alone does not apply.
    assert decode_png(image(client, CHART, width=300).json()["imageBase64"])[:2] == (800, 600)


def test_a_new_run_redraws_the_chart(client: TestClient, workspace: Workspace) -> None:
    before = image(client, CHART).json()["imageBase64"]
    cell_outputs.set_output(workspace, CHART, error="boom")
    assert image(client, CHART).status_code == 422
    cell_outputs.set_output(workspace, CHART)  # a run that succeeds again draws a new image

    assert image(client, CHART).json()["imageBase64"] != before


def test_outputs_that_do_not_fit_the_cell_are_refused_and_change_nothing(workspace: Workspace) -> None:
    refused: list[tuple[dict[str, Any], str]] = [
        ({"columns": [{"name": "a", "type": "TEXT"}], "error": "both"}, "not both"),
        ({"rows": [{"a": "1"}]}, "needs columns"),
        ({"columns": [{"name": "a", "type": "TEXT"}], "rows": [{"b": "1"}]}, "no column named 'b'"),
        ({"columns": [{"name": "a", "type": "TEXT"}, {"name": "a", "type": "TEXT"}]}, "a second column"),
        ({"traceback": "without an error"}, "goes with an error"),
    ]
    for arguments, reason in refused:
        with pytest.raises(ValueError, match=reason):
            cell_outputs.set_output(workspace, ORDERS, **arguments)
    with pytest.raises(ValueError, match="only SQL cells"):
        cell_outputs.set_output(workspace, CHART, columns=[{"name": "a", "type": "TEXT"}])
    cell = workspace.cells.get(ORDERS)
    assert cell is not None
    assert cell.output is None


def test_no_image_for_a_chart_whose_run_failed_or_a_cell_that_is_no_chart(
    client: TestClient, workspace: Workspace
) -> None:
    failed = image(client, campaign_chart(workspace))
    assert failed.status_code == 422
    assert "KeyError" in failed.json()["issues"][0]["message"]
    assert image(client, ORDERS).status_code == 422


@pytest.mark.parametrize(("width", "height"), [(99, 200), (200, 2001)])
def test_image_sizes_outside_hexs_bounds_are_refused(client: TestClient, width: int, height: int) -> None:
    assert image(client, CHART, width=width, height=height).status_code == 400


def test_chart_images_share_hexs_per_minute_limit(client: TestClient) -> None:
    answers = [image(client, CHART).status_code for _ in range(21)]

    assert answers[:20] == [200] * 20
    assert answers[20] == 429
