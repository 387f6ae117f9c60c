"""BatchUpdateComputeProfile through HTTP: the body's rules, the projects the caller may edit, the
ones refused in `errors`, and where the profile shows afterwards.

Eve (an Editor) in the demo workspace: Full access on "Churn model", Can edit on "Weekly revenue",
Can view on "Campaign attribution", nothing on Ed's "Scratchpad".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.mock import HexMock
from hex_mock.resources.compute_profiles import NOT_EDITABLE
from hex_mock.store import Workspace
from tests.resources.conftest import EDITOR, GUEST, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import CAMPAIGN, CHURN, SCRATCHPAD, UNKNOWN, WEEKLY

BATCH = "/api/v1/projects/compute-profile/batch"
PROFILE = {"image": "python-3.11", "size": "large"}


def batch(client: TestClient, project_ids: list[str], token: str = EDITOR, **extra: Any) -> Any:
    body = {"projectIds": project_ids, "computeProfile": PROFILE, **extra}
    return client.post(BATCH, json=body, headers=bearer(token))


def profiles(workspace: Workspace) -> dict[str, Any]:
    return {project.id: project.compute_profile for project in workspace.projects if project.compute_profile}


def test_every_project_the_caller_may_edit_gets_the_profile(client: TestClient, workspace: Workspace) -> None:
    response = batch(client, [CHURN, WEEKLY])

    assert response.status_code == 200
    assert response.json() == {"projectIds": [CHURN, WEEKLY], "computeProfile": PROFILE}
    assert profiles(workspace) == {CHURN: PROFILE, WEEKLY: PROFILE}


def test_the_projects_refused_are_listed_by_reason_and_left_as_they_were(
    client: TestClient, workspace: Workspace
) -> None:
    response = batch(client, [CAMPAIGN, SCRATCHPAD, CHURN, UNKNOWN])

    assert response.status_code == 200
    body = response.json()
    assert body["projectIds"] == [CHURN]
    assert body["errors"] == [
        {"projectIds": [CAMPAIGN], "reason": NOT_EDITABLE},
        {"projectIds": [SCRATCHPAD, UNKNOWN], "reason": "Project not found"},
    ]
    assert profiles(workspace) == {CHURN: PROFILE}


def test_a_caller_who_can_edit_nothing_changes_nothing(client: TestClient, workspace: Workspace) -> None:
    response = batch(client, [WEEKLY, CHURN], token=GUEST)

    assert response.status_code == 200
    assert response.json()["projectIds"] == []
    assert response.json()["errors"] == [{"projectIds": [WEEKLY, CHURN], "reason": "Project not found"}]
    assert profiles(workspace) == {}


def test_a_project_named_twice_counts_once(client: TestClient, workspace: Workspace) -> None:
    response = batch(client, [CHURN, SCRATCHPAD, CHURN, SCRATCHPAD])

    assert response.json()["projectIds"] == [CHURN]
    assert response.json()["errors"] == [{"projectIds": [SCRATCHPAD], "reason": "Project not found"}]
    assert profiles(workspace) == {CHURN: PROFILE}


def test_a_later_profile_replaces_the_earlier_one(client: TestClient, workspace: Workspace) -> None:
    batch(client, [CHURN])
    client.post(
        BATCH,
        json={"projectIds": [CHURN], "computeProfile": {"image": "r-4", "size": "small"}},
        headers=bearer(EDITOR),
    )
    assert profiles(workspace) == {CHURN: {"image": "r-4", "size": "small"}}


@pytest.mark.parametrize(
    "body",
    [
        {"projectIds": [], "computeProfile": PROFILE},
        {
            "projectIds": [f"5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b{index:02d}" for index in range(26)],
            "computeProfile": PROFILE,
        },
        {"projectIds": ["churn"], "computeProfile": PROFILE},
        {"projectIds": [CHURN]},
        {"projectIds": [CHURN], "computeProfile": {"image": "python-3.11"}},
        {"projectIds": [CHURN], "computeProfile": {"image": "", "size": "large"}},
        {"projectIds": [CHURN], "computeProfile": {"image": 3, "size": "large"}},
        {"projectIds": [CHURN], "computeProfile": {**PROFILE, "gpu": True}},
        {"projectIds": [CHURN], "computeProfile": PROFILE, "dryRun": True},
    ],
)
def test_a_body_that_fails_validation_is_a_400_and_changes_nothing(
    client: TestClient, workspace: Workspace, body: dict[str, Any]
) -> None:
    response = client.post(BATCH, json=body, headers=bearer(EDITOR))

    assert response.status_code == 400
    assert response.json()["code"] == "BAD_REQUEST"
    assert profiles(workspace) == {}


def test_the_static_path_is_not_a_project_id(client: TestClient) -> None:
    # `compute-profile` sits where a project id would: GET on it is no project of the batch path.
    assert client.post(BATCH, json={}).status_code == 400
    assert client.get("/api/v1/projects/compute-profile").status_code == 400


def test_a_workspace_token_needs_projects_write(client: TestClient, workspace: Workspace) -> None:
    response = batch(client, [CHURN], token=READONLY_WORKSPACE)

    assert response.status_code == 403
    assert "token lacks the scope projects:write" in response.text
    assert profiles(workspace) == {}


def test_the_profile_shows_in_the_state_view_and_outlives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    mock = HexMock(state_file=state)
    with TestClient(mock.app, base_url="http://mock.test") as client:
        assert batch(client, [CHURN]).status_code == 200
        shown = client.get("/__mock__/state").json()
    mock.close()
    (churn,) = (project for project in shown["projects"] if project["id"] == CHURN)
    assert churn["computeProfile"] == PROFILE

    restored = HexMock(state_file=state)
    try:
        project = restored.workspace.projects.get(CHURN)
        assert project is not None
        assert project.compute_profile == PROFILE
    finally:
        restored.close()
