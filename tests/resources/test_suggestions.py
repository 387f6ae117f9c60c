"""Context suggestions through HTTP: the list's filter, order and pages, updates, the review on the
clock, the role gate, refusals, and a review that outlives a restart.

Demo suggestions (hex_mock/demo.yaml): "Define an active customer" (OPEN, two sources, a STALE file
change and a warehouse description change), "Endorse the orders table" (OPEN, newest, one source, a
warehouse status change) and "Mention refunds in the workspace rules" (DISMISSED).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.clock import ManualClock
from hex_mock.mock import HexMock
from hex_mock.store import Workspace
from tests.reliability.old_formats import downgrade
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, bearer
from tests.resources.demo_ids import (
    ACTIVE_CUSTOMER_SUGGESTION,
    ANA_THREAD,
    CUSTOMERS_DESCRIPTION_CHANGE,
    CUSTOMERS_FILE_CHANGE,
    EVE_SENSITIVE_THREAD,
    ORDERS_STATUS_CHANGE,
    ORDERS_SUGGESTION,
    REFUNDS_SUGGESTION,
    UNKNOWN,
)

SUGGESTIONS = "/api/v1/suggestions"
ACTIVE = f"{SUGGESTIONS}/{ACTIVE_CUSTOMER_SUGGESTION}"


def listed(client: TestClient, **params: Any) -> list[str]:
    response = client.get(SUGGESTIONS, params=params)
    assert response.status_code == 200, response.text
    return [suggestion["id"] for suggestion in response.json()["values"]]


def get(client: TestClient, path: str = ACTIVE) -> Any:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


def change_statuses(client: TestClient, path: str = ACTIVE) -> dict[str, str]:
    return {change["id"]: change["status"] for change in get(client, path)["proposedChanges"]}


def review(client: TestClient, path: str = ACTIVE) -> Any:
    response = client.post(f"{path}/review")
    assert response.status_code == 200, response.text
    return response.json()


# --- GetSuggestions --------------------------------------------------------------------------------


def test_the_list_shows_open_suggestions_newest_first(client: TestClient) -> None:
    response = client.get(SUGGESTIONS)

    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body["values"]] == [ORDERS_SUGGESTION, ACTIVE_CUSTOMER_SUGGESTION]
    assert body["pagination"] == {"after": None, "before": None}
    assert body["traceId"] == response.headers["x-trace-id"]


def test_the_status_filter_shows_other_statuses(client: TestClient) -> None:
    assert listed(client, status="DISMISSED") == [REFUNDS_SUGGESTION]
    assert listed(client, status="RESOLVED") == []


@pytest.mark.parametrize(
    ("sort_by", "direction", "expected"),
    [
        ("CREATED_DATE", "ASC", [ACTIVE_CUSTOMER_SUGGESTION, ORDERS_SUGGESTION]),
        ("EVIDENCE_COUNT", "DESC", [ACTIVE_CUSTOMER_SUGGESTION, ORDERS_SUGGESTION]),
        ("EVIDENCE_COUNT", "ASC", [ORDERS_SUGGESTION, ACTIVE_CUSTOMER_SUGGESTION]),
        ("LAST_SOURCE_ADDED_DATE", "DESC", [ORDERS_SUGGESTION, ACTIVE_CUSTOMER_SUGGESTION]),
    ],
)
def test_the_list_sorts_as_asked(
    client: TestClient, sort_by: str, direction: str, expected: list[str]
) -> None:
    assert listed(client, sortBy=sort_by, sortDirection=direction) == expected


def test_the_list_pages_with_cursors(client: TestClient) -> None:
    first = client.get(SUGGESTIONS, params={"limit": 1}).json()
    second = client.get(SUGGESTIONS, params={"limit": 1, "after": first["pagination"]["after"]}).json()
    back = client.get(SUGGESTIONS, params={"limit": 1, "before": second["pagination"]["before"]}).json()

    assert [item["id"] for item in first["values"]] == [ORDERS_SUGGESTION]
    assert [item["id"] for item in second["values"]] == [ACTIVE_CUSTOMER_SUGGESTION]
    assert second["pagination"]["after"] is None
    assert back["values"] == first["values"]


def test_the_list_refuses_bad_parameters_with_tsoa_400(client: TestClient) -> None:
    for params in ({"sortBy": "TITLE"}, {"status": "open"}, {"limit": 0}, {"after": "not-a-cursor"}):
        response = client.get(SUGGESTIONS, params=params)
        assert response.status_code == 400, params
        assert "reason" in response.json()


# --- GetSuggestion ---------------------------------------------------------------------------------


def test_a_suggestion_with_its_sources_and_changes(client: TestClient) -> None:
    body = get(client)

    assert "traceId" not in body
    assert body["lastSourceAddedDate"] == body["createdDate"] == "2024-12-06T09:00:00.000Z"
    assert body["sources"][1] == {
        "warning": {"summary": "Unsure whether trial accounts are customers.", "warningType": "user_doubt"},
        "agentChatThread": None,
    }
    assert [change["updateType"] for change in body["proposedChanges"]] == [
        "FILE_UPDATE",
        "DATA_WAREHOUSE_UPDATE",
    ]
    warehouse = body["proposedChanges"][1]["payload"]
    assert (warehouse["dataConnectionName"], warehouse["tableName"]) == ("Warehouse", "customers")
    assert warehouse["statusUpdate"] is None


def test_a_source_thread_hides_a_sensitive_title_from_all_but_its_author(client: TestClient) -> None:
    thread = get(client)["sources"][0]["agentChatThread"]
    assert (thread["id"], thread["title"]) == (EVE_SENSITIVE_THREAD, None)
    assert thread["user"]["name"] == "Eve Editor"


def test_a_status_change_reads_the_current_status_from_the_connection_catalog(hex_mock: HexMock) -> None:
    hex_mock.load_fixtures(
        {
            "data_connections": [
                {
                    "name": "Lake",
                    "type": "postgres",
                    "tables": ["public.orders"],
                    "catalog_statuses": {"TABLE": {"public.orders": "Deprecated"}},
                }
            ],
            "suggestions": [
                {
                    "id": UNKNOWN,
                    "title": "Certify orders",
                    "changes": [
                        {
                            "warehouse": {
                                "type": "UPDATE_STATUS",
                                "connection": "Lake",
                                "schema": "public",
                                "table": "orders",
                                "status": "Certified",
                            }
                        }
                    ],
                }
            ],
        }
    )
    with TestClient(hex_mock.app, base_url="http://hex_mock.test", headers=bearer(MANAGER)) as client:
        body = get(client, f"{SUGGESTIONS}/{UNKNOWN}")

    (change,) = body["proposedChanges"]
    assert change["status"] == "NEEDS_REVIEW"
    assert change["payload"]["statusUpdate"] == {
        "newStatusName": "Certified",
        "currentStatusName": "Deprecated",
    }
    assert change["payload"]["descriptionUpdate"] is None
    assert (body["sources"], body["lastSourceAddedDate"]) == ([], None)


def test_an_answered_thread_is_a_source_as_it_stands(client: TestClient) -> None:
    (source,) = get(client, f"{SUGGESTIONS}/{ORDERS_SUGGESTION}")["sources"]
    assert source["warning"] is None
    assert source["agentChatThread"]["id"] == ANA_THREAD
    assert source["agentChatThread"]["title"] == "Which regions grew fastest last quarter?"


def test_an_unknown_or_malformed_suggestion(client: TestClient) -> None:
    missing = client.get(f"{SUGGESTIONS}/{UNKNOWN}")
    assert missing.status_code == 404
    assert missing.json()["reason"] == "Suggestion not found"
    assert client.get(f"{SUGGESTIONS}/not-a-uuid").status_code == 400


# --- UpdateSuggestion ------------------------------------------------------------------------------


def test_dismissing_a_suggestion_takes_it_off_the_open_list(client: TestClient) -> None:
    response = client.post(ACTIVE, json={"status": "DISMISSED", "rejectionReason": "Covered."})

    assert response.status_code == 200
    assert response.json()["suggestion"]["status"] == "DISMISSED"
    assert listed(client) == [ORDERS_SUGGESTION]
    assert ACTIVE_CUSTOMER_SUGGESTION in listed(client, status="DISMISSED")
    assert get(client)["status"] == "DISMISSED"


def test_a_missing_rejection_reason_is_stored_as_null(client: TestClient, workspace: Workspace) -> None:
    client.post(ACTIVE, json={"status": "DISMISSED", "rejectionReason": "First."})
    assert client.post(ACTIVE, json={"status": "COMPLETED"}).status_code == 200

    suggestion = workspace.suggestions.get(ACTIVE_CUSTOMER_SUGGESTION)
    assert suggestion is not None
    assert (suggestion.status, suggestion.rejection_reason) == ("COMPLETED", None)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"status": "CLOSED"},
        {"status": "COMPLETED", "note": "x"},
        {"status": "COMPLETED", "rejectionReason": 3},
    ],
)
def test_an_update_that_fails_validation_is_a_422_and_changes_nothing(
    client: TestClient, workspace: Workspace, body: dict[str, Any]
) -> None:
    response = client.post(ACTIVE, json=body)

    assert response.status_code == 422
    assert response.json()["reason"] == "Validation Failed"
    suggestion = workspace.suggestions.get(ACTIVE_CUSTOMER_SUGGESTION)
    assert suggestion is not None
    assert suggestion.status == "OPEN"


# --- UpdateSuggestionUpdate ------------------------------------------------------------------------


def test_closing_a_change(client: TestClient) -> None:
    response = client.post(
        f"{ACTIVE}/changes/{CUSTOMERS_DESCRIPTION_CHANGE}",
        json={
            "updateTarget": "DATA_WAREHOUSE_UPDATE",
            "status": "DISMISSED",
            "rejectionReason": "Wrong table.",
        },
    )

    assert response.status_code == 200
    assert response.json()["suggestionUpdate"] == {
        "id": CUSTOMERS_DESCRIPTION_CHANGE,
        "status": "DISMISSED",
        "rejectionReason": "Wrong table.",
    }
    assert change_statuses(client) == {
        CUSTOMERS_FILE_CHANGE: "STALE",
        CUSTOMERS_DESCRIPTION_CHANGE: "DISMISSED",
    }


def test_an_update_target_of_the_other_kind_is_a_400_and_changes_nothing(client: TestClient) -> None:
    response = client.post(
        f"{ACTIVE}/changes/{CUSTOMERS_FILE_CHANGE}",
        json={"updateTarget": "DATA_WAREHOUSE_UPDATE", "status": "COMPLETED"},
    )

    assert response.status_code == 400
    assert "FILE_UPDATE" in response.json()["details"]
    assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "STALE"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (f"{ACTIVE}/changes/{ORDERS_STATUS_CHANGE}", "Proposed change not found"),  # another suggestion's
        (f"{ACTIVE}/changes/{UNKNOWN}", "Proposed change not found"),
        (f"{SUGGESTIONS}/{UNKNOWN}/changes/{CUSTOMERS_FILE_CHANGE}", "Suggestion not found"),
    ],
)
def test_unknown_changes_and_suggestions_are_404(client: TestClient, path: str, reason: str) -> None:
    response = client.post(path, json={"updateTarget": "FILE_UPDATE", "status": "COMPLETED"})
    assert response.status_code == 404
    assert response.json()["reason"] == reason


# --- TriggerSuggestionReview -----------------------------------------------------------------------


def test_a_review_answers_at_once_and_ends_on_the_clock(client: TestClient, clock: ManualClock) -> None:
    started = review(client)

    assert started["suggestion"]["id"] == ACTIVE_CUSTOMER_SUGGESTION
    assert started["suggestion"]["status"] == "OPEN"
    assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "STALE"
    clock.advance(4.9)
    assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "STALE"
    clock.advance(0.1)
    assert change_statuses(client) == {
        CUSTOMERS_FILE_CHANGE: "NEEDS_REVIEW",
        CUSTOMERS_DESCRIPTION_CHANGE: "NEEDS_REVIEW",
    }


def test_a_review_asked_for_while_one_runs_starts_no_second_one(
    client: TestClient, clock: ManualClock
) -> None:
    review(client)
    clock.advance(3)
    review(client)
    clock.advance(2)
    assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "NEEDS_REVIEW"


def test_a_review_under_the_reads_progression_ends_after_that_many_reads(hex_mock: HexMock) -> None:
    hex_mock.set_run_progression("reads", reads=2)
    with TestClient(hex_mock.app, base_url="http://hex_mock.test", headers=bearer(MANAGER)) as client:
        review(client)
        seen = [change_statuses(client)[CUSTOMERS_FILE_CHANGE] for _ in range(3)]
    assert seen == ["STALE", "STALE", "NEEDS_REVIEW"]


def test_a_scripted_review_replaces_the_changes(hex_mock: HexMock) -> None:
    hex_mock.set_run_progression("immediate")
    hex_mock.script_suggestion_review(
        ACTIVE_CUSTOMER_SUGGESTION,
        [
            {
                "file": {
                    "type": "EDIT_ORG_GUIDE_FILE",
                    "path": "metrics/revenue.md",
                    "diff": "+Active: 90 days.",
                }
            }
        ],
    )
    with TestClient(hex_mock.app, base_url="http://hex_mock.test", headers=bearer(MANAGER)) as client:
        before = get(client)["proposedChanges"]
        review(client)
        (after,) = get(client)["proposedChanges"]
        review(client)  # the script was used up: this review keeps the changes
        (again,) = get(client)["proposedChanges"]

    assert len(before) == 2
    assert after["status"] == "NEEDS_REVIEW"
    assert after["payload"] == {
        "updateType": "EDIT_ORG_GUIDE_FILE",
        "filePath": "metrics/revenue.md",
        "diff": "+Active: 90 days.",
    }
    assert after["id"] not in {change["id"] for change in before}
    assert again == after


@pytest.mark.parametrize(
    "changes",
    [
        [{"file": {"type": "RENAME_FILE", "path": "a.md"}}],
        [{"file": {"type": "EDIT_ORG_GUIDE_FILE", "path": "a.md"}, "warehouse": {"type": "UPDATE_STATUS"}}],
        [{"status": "ACCEPTED", "file": {"type": "EDIT_ORG_GUIDE_FILE", "path": "a.md"}}],
        [{"warehouse": {"type": "UPDATE_STATUS", "connection": ""}}],
    ],
)
def test_a_review_script_of_no_known_shape_is_refused(hex_mock: HexMock, changes: list[Any]) -> None:
    with TestClient(hex_mock.app, base_url="http://hex_mock.test") as client:
        response = client.post(
            f"/__mock__/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}/review", json={"changes": changes}
        )
        unknown = client.post(f"/__mock__/suggestions/{UNKNOWN}/review", json={"changes": []})
    assert response.status_code == 400
    assert unknown.status_code == 404
    suggestion = hex_mock.workspace.suggestions.get(ACTIVE_CUSTOMER_SUGGESTION)
    assert suggestion is not None
    assert suggestion.scripted_changes is None


def test_a_review_of_an_unknown_suggestion_is_404(client: TestClient) -> None:
    assert client.post(f"{SUGGESTIONS}/{UNKNOWN}/review").status_code == 404


# --- who may ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [EDITOR, EXPLORER, GUEST])
def test_only_admins_and_managers_see_or_touch_suggestions(client: TestClient, token: str) -> None:
    auth = bearer(token)
    attempts = [
        client.get(SUGGESTIONS, headers=auth),
        client.get(ACTIVE, headers=auth),
        client.post(ACTIVE, json={"status": "COMPLETED"}, headers=auth),
        client.post(
            f"{ACTIVE}/changes/{CUSTOMERS_FILE_CHANGE}",
            json={"updateTarget": "FILE_UPDATE", "status": "COMPLETED"},
            headers=auth,
        ),
        client.post(f"{ACTIVE}/review", headers=auth),
    ]
    assert [response.status_code for response in attempts] == [403] * 5
    assert all("needs the MANAGER role" in response.json()["reason"] for response in attempts)
    assert get(client)["status"] == "OPEN"
    assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "STALE"


def test_a_manager_may(client: TestClient) -> None:
    assert client.get(SUGGESTIONS, headers=bearer(MANAGER)).status_code == 200


# --- state ------------------------------------------------------------------------------------------


def test_a_review_under_way_outlives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    mock = HexMock(state_file=state)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(MANAGER)) as client:
        client.post(
            f"{ACTIVE}/changes/{CUSTOMERS_DESCRIPTION_CHANGE}",
            json={"updateTarget": "DATA_WAREHOUSE_UPDATE", "status": "COMPLETED"},
        )
        review(client)
    mock.close()

    restored = HexMock(state_file=state)
    restored.advance(5)
    with TestClient(restored.app, base_url="http://mock.test", headers=bearer(MANAGER)) as client:
        assert change_statuses(client) == {
            CUSTOMERS_FILE_CHANGE: "NEEDS_REVIEW",
            CUSTOMERS_DESCRIPTION_CHANGE: "COMPLETED",
        }
    restored.close()


def test_a_version_8_state_file_keeps_the_pace_of_a_review_under_way(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    mock = HexMock(state_file=state)
    mock.set_run_progression("reads", reads=3)
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer(MANAGER)) as client:
        review(client)
        assert change_statuses(client)[CUSTOMERS_FILE_CHANGE] == "STALE"  # read 1 of 3
        review(client)  # starts no second review; its commit writes what the read changed
    mock.close()
    downgrade(state, 8)  # version 8 named the pace fields review_progression, review_reads, ...

    restored = HexMock(state_file=state)
    restored.set_run_progression("immediate")  # the review keeps the pace it started with
    with TestClient(restored.app, base_url="http://mock.test", headers=bearer(MANAGER)) as client:
        seen = [change_statuses(client)[CUSTOMERS_FILE_CHANGE] for _ in range(3)]
    restored.close()
    assert seen == ["STALE", "STALE", "NEEDS_REVIEW"]
