"""ExportProject through HTTP: a project's notebook and metadata as a `*.hex.yaml` file.

Demo cast (hex_mock/demo.yaml): "Weekly revenue" (published version 7, four cells, the workspace
may view it), "Churn model" (never published), "Scratchpad" (Ed's, shared with nobody).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from starlette.testclient import TestClient

from tests.resources.conftest import GUEST, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import CHURN, SCRATCHPAD, UNKNOWN, WEEKLY

ORDERS_STATIC = "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"


def export(client: TestClient, token: str | None = None, **body: Any) -> Any:
    return client.post("/api/v1/projects/export", json=body, headers=bearer(token) if token else None)


def exported(client: TestClient, **body: Any) -> dict[str, Any]:
    response = export(client, **body)
    assert response.status_code == 200, response.text
    assert response.json()["filename"].endswith(".hex.yaml")
    document: dict[str, Any] = yaml.safe_load(response.json()["content"])
    return document


def test_the_draft_is_exported_with_its_cells_in_notebook_order(client: TestClient) -> None:
    document = exported(client, projectId=WEEKLY)

    assert document["schemaVersion"] == 3
    assert document["meta"] | {"description": None} == {
        "projectId": WEEKLY,
        "title": "Weekly revenue",
        "description": None,
        "hexType": "PROJECT",
        "version": "draft",
    }
    assert [cell["cellType"] for cell in document["cells"]] == ["MARKDOWN", "SQL", "CODE", "CHART"]
    orders = document["cells"][1]
    assert orders["cellId"] == ORDERS_STATIC
    assert orders["outputDataframe"] == "orders"
    assert orders["source"].startswith("select region")


def test_the_filename_comes_from_the_title(client: TestClient) -> None:
    assert export(client, projectId=WEEKLY).json()["filename"] == "weekly-revenue.hex.yaml"


def test_edits_to_the_draft_show_in_the_next_export(client: TestClient) -> None:
    created = client.post(
        "/api/v1/cells",
        json={"projectId": WEEKLY, "cellType": "CODE", "contents": {"codeCell": {"source": "y = 2"}}},
    )
    assert created.status_code == 200, created.text

    cells = exported(client, projectId=WEEKLY)["cells"]

    new_cell = {"cellId": created.json()["staticId"], "cellType": "CODE", "label": None, "source": "y = 2"}
    assert cells[-1] == new_cell


@pytest.mark.parametrize(("version", "written"), [("latest", 7), (7, 7), (1, 1), ("draft", "draft")])
def test_published_versions_are_exported_by_number_or_as_latest(
    client: TestClient, version: str | int, written: str | int
) -> None:
    assert exported(client, projectId=WEEKLY, version=version)["meta"]["version"] == written


def test_a_version_the_project_does_not_have_is_a_400_naming_it(client: TestClient) -> None:
    past = export(client, projectId=WEEKLY, version=8)
    unpublished = export(client, projectId=CHURN, version="latest")

    assert (past.status_code, unpublished.status_code) == (400, 400)
    assert "version" in past.json()["issues"][0]["message"]
    assert "version" in unpublished.json()["issues"][0]["message"]
    assert exported(client, projectId=CHURN)["meta"]["version"] == "draft"


@pytest.mark.parametrize(
    "body",
    [{}, {"projectId": "nope"}, {"projectId": WEEKLY, "version": 0}, {"projectId": WEEKLY, "version": "v2"},
     {"projectId": WEEKLY, "extra": True}],
)  # fmt: skip
def test_malformed_bodies_are_a_400(client: TestClient, body: dict[str, Any]) -> None:
    response = client.post("/api/v1/projects/export", json=body)

    assert response.status_code == 400
    assert response.json()["code"] == "BAD_REQUEST"


def test_unknown_and_invisible_projects_are_not_found(client: TestClient) -> None:
    assert export(client, projectId=UNKNOWN).status_code == 404
    assert export(client, projectId=WEEKLY, token=GUEST).status_code == 404
    assert export(client, projectId=SCRATCHPAD).status_code == 404  # shared with nobody, admins included


def test_exporting_is_a_read(client: TestClient) -> None:
    assert export(client, projectId=WEEKLY, token=READONLY_WORKSPACE).status_code == 200
    assert export(client, projectId=WEEKLY, token="hxtw_demo_runner").status_code == 200
