"""The /__mock__/ control plane drives the same HexMock functions a Python test would call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from hex_mock.mock import HexMock
from tests.resources.demo_ids import ACTIVE_CUSTOMER_SUGGESTION

ADMIN = {"Authorization": "Bearer hxtp_demo_ana_admin"}
WEEKLY_REVENUE = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"
CHURN_MODEL = "6c1b7a3f-4d2e-4f9b-8a8c-3e7d2b1f5ca4"
ORDERS_CELL = "4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918"  # Weekly revenue's SQL cell


@pytest.fixture
def mock() -> HexMock:
    return HexMock(validate_responses=True)


@pytest.fixture
def client(mock: HexMock) -> Iterator[TestClient]:
    with TestClient(mock.app, base_url="http://mock.test") as test_client:
        yield test_client


def test_reset_restores_the_seeded_workspace(client: TestClient) -> None:
    before = client.get("/__mock__/state").json()
    created = client.post("/api/v1/groups", json={"name": "Temp"}, headers=ADMIN)
    assert created.status_code == 201
    assert len(client.get("/__mock__/state").json()["groups"]) == len(before["groups"]) + 1
    assert client.post("/__mock__/reset").status_code == 204
    assert client.get("/__mock__/state").json() == before
    assert client.get(f"/api/v1/groups/{created.json()['id']}", headers=ADMIN).status_code == 404


def test_state_dump_never_contains_token_secrets(client: TestClient) -> None:
    dump = client.get("/__mock__/state").text
    assert "hxtp_demo_ana_admin" not in dump
    assert "hxtw_demo_readonly" not in dump


def test_fixtures_add_records_to_the_workspace(client: TestClient) -> None:
    document = {"users": [{"email": "new@example.com", "name": "New", "role": "EDITOR"}]}
    assert client.post("/__mock__/fixtures", json=document).status_code == 204
    emails = [user["email"] for user in client.get("/__mock__/state").json()["users"]]
    assert "new@example.com" in emails


def test_bad_fixtures_are_a_clear_400(client: TestClient) -> None:
    response = client.post(
        "/__mock__/fixtures", json={"projects": [{"title": "x", "owner": "nobody@example.com"}]}
    )
    assert response.status_code == 400
    assert "nobody@example.com" in response.json()["error"]


def test_the_clock_advances_on_request(client: TestClient) -> None:
    start = client.get("/__mock__/clock").json()["now"]
    moved = client.post("/__mock__/clock/advance", json={"seconds": 90}).json()["now"]
    assert start == "2025-01-06T09:00:00.000Z"
    assert moved == "2025-01-06T09:01:30.000Z"
    assert client.post("/__mock__/clock/advance", json={"seconds": -1}).status_code == 400
    assert client.post("/__mock__/clock/advance", json={}).json() == {
        "error": "body: 'seconds' is a required property"
    }


def test_scripted_outcome_and_immediate_progression(client: TestClient) -> None:
    assert client.put("/__mock__/runs/progression", json={"mode": "immediate"}).status_code == 200
    assert (
        client.post(
            f"/__mock__/projects/{WEEKLY_REVENUE}/outcomes", json={"statuses": ["ERRORED"]}
        ).status_code
        == 204
    )
    run = client.post(f"/api/v1/projects/{WEEKLY_REVENUE}/runs", headers=ADMIN).json()
    status = client.get(f"/api/v1/projects/{WEEKLY_REVENUE}/runs/{run['runId']}", headers=ADMIN).json()
    assert status["status"] == "ERRORED"
    assert client.put("/__mock__/runs/progression", json={"mode": "sideways"}).status_code == 400


def test_scripted_thread_outcomes_end_the_next_turns(client: TestClient, mock: HexMock) -> None:
    outcomes = [{"error": {"type": "NO_CONTEXT"}}, {"answer": "Scripted."}]
    assert client.post("/__mock__/threads/outcomes", json={"outcomes": outcomes}).status_code == 204
    ids = [
        client.post("/api/v1/threads", json={"prompt": "q"}, headers=ADMIN).json()["threadId"]
        for _ in range(2)
    ]
    mock.advance(5)
    failed, answered = (client.get(f"/api/v1/threads/{i}", headers=ADMIN).json() for i in ids)
    assert failed["error"]["type"] == "NO_CONTEXT"
    assert answered["response"] == [{"type": "text", "text": "Scripted."}]


@pytest.mark.parametrize(
    "outcome",
    [{"error": {"type": "NOT_A_TYPE"}}, {"answer": ""}, {"answer": "a", "error": {"type": "NO_DATA"}}, {}],
)
def test_a_thread_outcome_of_no_known_shape_is_refused(
    client: TestClient, outcome: dict[str, object]
) -> None:
    response = client.post("/__mock__/threads/outcomes", json={"outcomes": [outcome]})
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_scripted_review_ends_with_the_scripted_changes(client: TestClient, mock: HexMock) -> None:
    suggestion = f"/api/v1/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}"
    changes = [{"warehouse": {"type": "UPDATE_DESCRIPTION", "connection": "Warehouse", "table": "orders"}}]
    scripted = client.post(
        f"/__mock__/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}/review", json={"changes": changes}
    )
    assert scripted.status_code == 204
    assert client.post(f"{suggestion}/review", headers=ADMIN).status_code == 200
    mock.advance(5)
    (change,) = client.get(suggestion, headers=ADMIN).json()["proposedChanges"]
    assert (change["updateType"], change["payload"]["tableName"]) == ("DATA_WAREHOUSE_UPDATE", "orders")


def test_publish_makes_a_draft_project_runnable(client: TestClient) -> None:
    url = f"/api/v1/projects/{CHURN_MODEL}/runs"
    assert client.post(url, headers=ADMIN).status_code == 422
    published = client.post(
        f"/__mock__/projects/{CHURN_MODEL}/publish",
        json={"inputs": [{"name": "segment", "dataType": "string", "inputCellType": "dropdown"}]},
    )
    assert published.json() == {"publishedVersion": 1}
    assert client.post(url, json={"inputParams": {"segment": "smb"}}, headers=ADMIN).status_code == 201


def test_signed_embedding_is_switched_per_project(client: TestClient) -> None:
    url = f"/api/v1/embedding/createPresignedUrl/{WEEKLY_REVENUE}"
    assert client.put(f"/__mock__/projects/{WEEKLY_REVENUE}/embedding", json={"enabled": False}).json() == {
        "enabled": False
    }
    assert client.post(url, json={}, headers=ADMIN).status_code == 422
    assert (
        client.put(f"/__mock__/projects/{WEEKLY_REVENUE}/embedding", json={"enabled": True}).status_code
        == 200
    )
    assert client.post(url, json={}, headers=ADMIN).status_code == 200
    unknown = client.put(
        "/__mock__/projects/00000000-1111-4222-8333-444444444444/embedding", json={"enabled": True}
    )
    assert unknown.status_code == 404
    assert client.put(f"/__mock__/projects/{WEEKLY_REVENUE}/embedding", json={}).status_code == 400


def test_a_cells_output_is_scripted_as_a_new_draft_run(client: TestClient) -> None:
    result = {"columns": [{"name": "region", "type": "TEXT"}], "rows": [{"region": "EMEA"}, {"region": None}]}
    run = client.put(f"/__mock__/cells/{ORDERS_CELL}/output", json=result)

    assert run.status_code == 200, run.text
    output = client.get(f"/api/v1/cells/{ORDERS_CELL}/output", headers=ADMIN).json()
    assert output["runId"] == run.json()["runId"]
    assert output["result"]["rows"] == [{"region": "EMEA"}, {"region": None}]

    failed = client.put(
        f"/__mock__/cells/{ORDERS_CELL}/output", json={"error": "syntax error", "traceback": None}
    )
    assert failed.status_code == 200
    assert client.get(f"/api/v1/cells/{ORDERS_CELL}/output", headers=ADMIN).json()["result"]["type"] == (
        "cell_run_error"
    )


def test_outputs_that_do_not_fit_the_cell_are_refused_by_name(client: TestClient) -> None:
    wrong_row = {"columns": [{"name": "a", "type": "TEXT"}], "rows": [{"b": "1"}]}
    refused = client.put(f"/__mock__/cells/{ORDERS_CELL}/output", json=wrong_row)
    assert refused.status_code == 400
    assert "rows[0]" in refused.json()["error"]
    assert client.put("/__mock__/cells/nope/output", json={"error": "x"}).status_code == 404
    assert client.put(f"/__mock__/cells/{ORDERS_CELL}/output", json={"errors": "x"}).status_code == 400


def test_injected_faults_answer_in_the_operations_envelope(client: TestClient) -> None:
    fault = {"operationId": "GetProject", "status": 503, "count": 2}
    assert client.post("/__mock__/faults", json=fault).status_code == 204
    url = f"/api/v1/projects/{WEEKLY_REVENUE}"
    assert [client.get(url, headers=ADMIN).status_code for _ in range(3)] == [503, 503, 200]
    unknown = client.post("/__mock__/faults", json={"operationId": "NoSuchOperation", "status": 500})
    assert unknown.status_code == 400


def test_journal_lists_requests_without_secrets(client: TestClient) -> None:
    client.get(f"/api/v1/projects/{WEEKLY_REVENUE}", headers=ADMIN)
    journal = client.get("/__mock__/journal", params={"operationId": "GetProject"})
    entries = journal.json()["entries"]
    assert [entry["operationId"] for entry in entries] == ["GetProject"]
    assert {"traceId", "userId", "tokenKind", "responseHeaders"} <= set(entries[0])
    assert "hxtp_demo_ana_admin" not in journal.text
    assert client.delete("/__mock__/journal").status_code == 204
    assert client.get("/__mock__/journal").json() == {"entries": []}


def test_kernel_capacity_is_adjustable(client: TestClient) -> None:
    assert client.put("/__mock__/runs/kernel-capacity", json={"capacity": 0}).status_code == 204
    assert client.post(f"/api/v1/projects/{WEEKLY_REVENUE}/runs", headers=ADMIN).status_code == 503


def test_admin_token_guards_the_control_plane() -> None:
    guarded = HexMock(admin_token="s3cret")
    with TestClient(guarded.app) as client:
        assert client.get("/__mock__/state").status_code == 401
        assert client.get("/__mock__/state", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/__mock__/state", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_control_plane_can_be_left_out() -> None:
    with TestClient(HexMock(control_plane=False).app) as client:
        # Not served: outside the API, so no token check, and nothing there.
        assert client.get("/__mock__/state").status_code == 404
        assert (
            client.get("/__mock__/state", headers={"Authorization": "Bearer hxtp_demo_ana_admin"}).status_code
            == 404
        )


def test_start_up_settings_survive_a_reset_over_http(tmp_path: Path) -> None:
    mock = HexMock(run_progression={"mode": "clock", "pending_seconds": 0}, kernel_capacity=1)
    with TestClient(mock.app) as client:
        client.put("/__mock__/runs/progression", json={"mode": "immediate"})
        client.put("/__mock__/runs/kernel-capacity", json={"capacity": 7})
        assert client.post("/__mock__/reset").status_code == 204
    settings = mock.workspace.run_settings
    assert (settings.progression, settings.pending_seconds, settings.kernel_capacity) == ("clock", 0, 1)
    # A workspace restored from the state file takes them too.
    HexMock(state_file=tmp_path / "state.db").close()
    restored = HexMock(state_file=tmp_path / "state.db", kernel_capacity=3)
    try:
        assert restored.workspace.run_settings.kernel_capacity == 3
    finally:
        restored.close()


def test_bad_start_up_settings_are_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="reads must be an integer"):
        HexMock(run_progression={"mode": "reads", "reads": 0})


def test_rate_limits_are_read_and_replaced_per_group(client: TestClient) -> None:
    budgets = client.get("/__mock__/rate-limits").json()
    assert budgets["hex-api"] == {"perMinute": 30, "perHour": 1800}
    assert budgets["hex-api-30rpm"] == {"perMinute": 30, "perHour": None}
    changed = client.put("/__mock__/rate-limits/hex-api", json={"perMinute": 2, "perHour": None})
    assert changed.json() == {"perMinute": 2, "perHour": None}
    url = f"/api/v1/projects/{WEEKLY_REVENUE}"
    assert [client.get(url, headers=ADMIN).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get("/api/v1/users/me", headers=ADMIN).status_code == 200  # another group's budget
    assert client.post("/__mock__/reset").status_code == 204
    assert client.get("/__mock__/rate-limits").json()["hex-api"] == {"perMinute": 30, "perHour": 1800}
    assert client.get(url, headers=ADMIN).status_code == 200


@pytest.mark.parametrize(
    ("group", "body"),
    [
        ("hex-nope", {"perMinute": 5}),
        ("hex-api", {"perMinute": 0}),
        ("hex-api", {"perMinute": "5"}),
        ("hex-api", {"perDay": 5}),
    ],
)
def test_bad_rate_limits_are_400(client: TestClient, group: str, body: dict[str, object]) -> None:
    response = client.put(f"/__mock__/rate-limits/{group}", json=body)
    assert response.status_code == 400
    assert response.json()["error"]


def test_the_json_401_switch(client: TestClient) -> None:
    assert client.get("/api/v1/users/me").text == "Unauthorized"
    assert client.put("/__mock__/json-401", json={"enabled": True}).json() == {"enabled": True}
    assert client.get("/api/v1/users/me").json()["code"] == "UNAUTHORIZED"
    assert client.put("/__mock__/json-401", json={"enabled": "yes"}).status_code == 400
    assert client.post("/__mock__/reset").status_code == 204
    assert client.get("/api/v1/users/me").text == "Unauthorized"
