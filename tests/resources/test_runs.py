"""Runs through HTTP: RunProject, GetRunStatus, CancelRun, GetProjectRuns, GetChartImageFromRun and
their legacy singular paths.

The demo cast (hex_mock/demo.yaml): "Weekly revenue" is published (version 7) with three app inputs
and a chart cell; Ana (the default caller) owns it, Eve has Can edit, Ed and Max see it through the
workspace share (Can view), Gus (guest) cannot see it. "Churn model" was never published; Ana can edit
it. Ana can view "Campaign attribution" (published, version 2, with its own chart cell).
The workspace starts on the "clock" progression: PENDING for 1 s, then RUNNING for 5 s.
"""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from hex_mock import run_lifecycle as lifecycle
from hex_mock.clock import ManualClock
from hex_mock.store import Project, Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, bearer
from tests.resources.demo_ids import ANA, CAMPAIGN, CHURN, DATA_TEAM, EVE, FORMER, SCRATCHPAD, UNKNOWN, WEEKLY

BASE = "http://mock.test/api/v1"
WEEKLY_CHART = "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a"
WEEKLY_SQL = "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
EXPANDED = {"enable-expanded-stats": "true"}


def runs_path(project_id: str = WEEKLY, *, legacy: bool = False) -> str:
    return f"/api/v1/project/{project_id}/run" if legacy else f"/api/v1/projects/{project_id}/runs"


def run_path(project_id: str, run_id: str, *, legacy: bool = False) -> str:
    return f"{runs_path(project_id, legacy=legacy)}/{run_id}"


def list_path(project_id: str = WEEKLY, *, legacy: bool = False) -> str:
    return f"/api/v1/project/{project_id}/runs" if legacy else f"/api/v1/projects/{project_id}/runs"


def post_run(
    client: TestClient,
    project_id: str = WEEKLY,
    body: dict[str, Any] | None = None,
    *,
    legacy: bool = False,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    response: httpx.Response = client.post(runs_path(project_id, legacy=legacy), json=body, headers=headers)
    return response


def start(client: TestClient, project_id: str = WEEKLY, body: dict[str, Any] | None = None) -> str:
    response = post_run(client, project_id, body)
    assert response.status_code == 201, response.text
    run_id: str = response.json()["runId"]
    return run_id


def status(
    client: TestClient,
    run_id: str,
    project_id: str = WEEKLY,
    *,
    legacy: bool = False,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    response = client.get(run_path(project_id, run_id, legacy=legacy), headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def listing(client: TestClient, url: str, **params: Any) -> dict[str, Any]:
    # No `params` at all when there are none: httpx would replace the URL's own query with an empty one.
    response = client.get(url, params=params or None)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def run_count(workspace: Workspace) -> int:
    return len(workspace.runs)


def project(workspace: Workspace, project_id: str) -> Project:
    found = workspace.projects.get(project_id)
    assert found is not None
    return found


# --- RunProject -----------------------------------------------------------------------------------


def test_run_project_starts_a_run_and_says_where_to_follow_it(
    client: TestClient, workspace: Workspace
) -> None:
    response = post_run(client)

    assert response.status_code == 201
    body = response.json()
    run_id = body["runId"]
    assert body == {
        "projectId": WEEKLY,
        "runId": run_id,
        "runUrl": f"https://app.hex.tech/{workspace.org_id}/app/{WEEKLY}/latest?runId={run_id}",
        "runStatusUrl": f"{BASE}/projects/{WEEKLY}/runs/{run_id}",
        "traceId": body["traceId"],
        "projectVersion": 7,
    }
    followed = client.get(body["runStatusUrl"])
    assert followed.status_code == 200
    assert followed.json()["status"] == "PENDING"
    assert followed.json()["traceId"] == body["traceId"]  # the run keeps the trace that started it


def test_run_project_passes_valid_inputs_and_the_flag_override_to_the_run(
    client: TestClient, workspace: Workspace
) -> None:
    params = {"region": "APAC", "min_orders": 2.5, "include_refunds": True}
    response = post_run(client, body={"inputParams": params}, headers={"flag-config-override": "beta=1"})

    assert response.status_code == 201, response.text
    run = workspace.runs.get(response.json()["runId"])
    assert run is not None
    assert (run.input_params, run.flag_config_override, run.trigger) == (params, "beta=1", "API")


def test_legacy_run_project_links_to_the_legacy_status_path(client: TestClient) -> None:
    response = post_run(client, legacy=True)

    assert response.status_code == 201
    body = response.json()
    assert body["runStatusUrl"] == f"{BASE}/project/{WEEKLY}/run/{body['runId']}"
    assert client.get(body["runStatusUrl"]).json()["runId"] == body["runId"]
    assert set(body) == {"projectId", "runId", "runUrl", "runStatusUrl", "traceId", "projectVersion"}


def test_runs_record_the_version_published_when_they_started(
    client: TestClient, workspace: Workspace
) -> None:
    before = start(client)
    lifecycle.publish(workspace, WEEKLY)
    response = post_run(client)

    # RunProject's reply has the number; run objects have it as a string (Hex's newer document).
    assert response.json()["projectVersion"] == 8
    assert status(client, response.json()["runId"])["projectVersion"] == "8"
    assert status(client, before)["projectVersion"] == "7"
    assert status(client, before, legacy=True)["projectVersion"] == "7"


def test_a_project_that_was_never_published_cannot_run(client: TestClient, workspace: Workspace) -> None:
    response = post_run(client, CHURN)

    assert response.status_code == 422
    assert response.json() == {
        "code": "UNPROCESSABLE_CONTENT",
        "message": "This project has not been published",
        "issues": [],
    }
    legacy = post_run(client, CHURN, legacy=True)
    assert legacy.json() == {
        "reason": "This project has not been published",
        "traceId": legacy.json()["traceId"],
    }
    assert run_count(workspace) == 0
    lifecycle.publish(workspace, CHURN)
    assert post_run(client, CHURN).status_code == 201


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            {"inputParams": {"region": "EMEA"}, "viewId": "view-1"},
            "Cannot specify both inputParams and viewId",
        ),
        (
            {"inputParams": {}, "updateCache": True},
            "Cannot update the cache if specifying custom input parameters",
        ),
        (
            {"inputParams": {}, "updatePublishedResults": True},
            "Cannot update published results if specifying custom input parameters",
        ),
    ],
)
def test_conflicting_run_options_are_refused(
    client: TestClient, workspace: Workspace, body: dict[str, Any], reason: str
) -> None:
    response = post_run(client, body=body)

    assert response.status_code == 422
    assert response.json()["message"] == reason
    assert post_run(client, body=body, legacy=True).json()["reason"] == reason
    assert run_count(workspace) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"viewId": "view-1"},
        {"updateCache": True},
        {"updatePublishedResults": True},
        {"useCachedSqlResults": False},
    ],
)
def test_options_without_custom_inputs_are_accepted(client: TestClient, body: dict[str, Any]) -> None:
    assert post_run(client, body=body).status_code == 201


def test_unknown_and_ill_typed_inputs_are_issues_of_the_newer_envelope(client: TestClient) -> None:
    params = {"region": 3, "min_orders": "12", "typo": 1}
    response = post_run(client, body={"inputParams": params})

    assert response.status_code == 422
    assert response.json() == {
        "code": "UNPROCESSABLE_CONTENT",
        "message": "Invalid input parameters",
        "issues": [
            {"message": "inputParams.typo: no such input in the published app"},
            {"message": "inputParams.region: 3 is not a valid string for its dropdown input"},
            {"message": 'inputParams.min_orders: "12" is not a valid number for its slider input'},
        ],
    }


def test_the_legacy_path_lists_bad_inputs_in_the_invalid_param_payload(
    client: TestClient, workspace: Workspace
) -> None:
    params = {"region": 3, "min_orders": "12", "include_refunds": "yes", "typo": 1, "segment": "x"}
    response = post_run(client, body={"inputParams": params}, legacy=True)

    assert response.status_code == 422
    body = response.json()
    assert body == {
        "traceId": body["traceId"],
        "invalid": [
            {"paramName": "region", "paramValue": "3", "dataType": "string", "inputCellType": "dropdown"},
            {
                "paramName": "min_orders",
                "paramValue": '"12"',
                "dataType": "number",
                "inputCellType": "slider",
            },
            {
                "paramName": "include_refunds",
                "paramValue": '"yes"',
                "dataType": "boolean",
                "inputCellType": "checkbox",
            },
        ],
        "notFound": ["typo", "segment"],
    }
    assert run_count(workspace) == 0


@pytest.mark.parametrize(("name", "value"), [("min_orders", True), ("region", None), ("include_refunds", 0)])
def test_json_types_are_not_coerced(client: TestClient, name: str, value: Any) -> None:
    response = post_run(client, body={"inputParams": {name: value}}, legacy=True)

    assert response.status_code == 422
    assert [entry["paramName"] for entry in response.json()["invalid"]] == [name]
    assert response.json()["notFound"] == []


def test_inputs_are_checked_against_the_latest_published_inputs(
    client: TestClient, workspace: Workspace
) -> None:
    lifecycle.publish(workspace, WEEKLY, [])

    response = post_run(client, body={"inputParams": {"region": "EMEA"}})

    assert response.status_code == 422
    assert response.json()["issues"] == [
        {"message": "inputParams.region: no such input in the published app"}
    ]


def test_updating_published_results_needs_can_edit(client: TestClient, workspace: Workspace) -> None:
    refused = post_run(client, body={"updatePublishedResults": True}, headers=bearer(EXPLORER))

    assert refused.status_code == 403
    assert refused.json()["code"] == "FORBIDDEN"
    assert run_count(workspace) == 0
    assert post_run(client, headers=bearer(EXPLORER)).status_code == 201  # Can view may run
    assert post_run(client, body={"updatePublishedResults": True}, headers=bearer(EDITOR)).status_code == 201


@pytest.mark.parametrize(("project_id", "token"), [(SCRATCHPAD, None), (UNKNOWN, None), (WEEKLY, GUEST)])
def test_projects_the_caller_cannot_see_are_not_found(
    client: TestClient, project_id: str, token: str | None
) -> None:
    response = post_run(client, project_id, headers=bearer(token) if token else None)

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"
    assert (
        "reason" in post_run(client, project_id, headers=bearer(token) if token else None, legacy=True).json()
    )


def test_notifications_are_resolved_to_one_recipient_each(client: TestClient) -> None:
    notifications = [
        {
            "type": "ALL",
            "includeSuccessScreenshot": True,
            "slackChannelIds": ["C0123456"],
            "userIds": [EVE],
            "subject": "Weekly revenue",
        },
        {
            "type": "FAILURE",
            "includeSuccessScreenshot": False,
            "groupIds": [DATA_TEAM],
            "screenshotFormat": "pdf",
        },
    ]
    response = post_run(client, body={"notifications": notifications})

    assert response.status_code == 201, response.text
    resolved = response.json()["notifications"]
    assert resolved == [
        {
            "type": "ALL",
            "recipientType": "SLACK_CHANNEL",
            "includeSuccessScreenshot": True,
            "screenshotFormat": ["png"],
            "subject": "Weekly revenue",
            "recipient": {"id": "C0123456", "name": "#C0123456", "isPrivate": False},
        },
        {
            "type": "ALL",
            "recipientType": "USER",
            "includeSuccessScreenshot": True,
            "screenshotFormat": ["png"],
            "subject": "Weekly revenue",
            "recipient": {"id": EVE, "name": "Eve Editor"},
        },
        {
            "type": "FAILURE",
            "recipientType": "GROUP",
            "includeSuccessScreenshot": False,
            "screenshotFormat": ["pdf"],
            "recipient": {"id": DATA_TEAM, "name": "Data team"},
        },
    ]
    assert status(client, response.json()["runId"])["notifications"] == resolved


def test_notifications_to_unknown_users_or_groups_are_404(client: TestClient, workspace: Workspace) -> None:
    notifications = [
        {"type": "ALL", "includeSuccessScreenshot": False, "userIds": [ANA, UNKNOWN, FORMER]},
        {"type": "ALL", "includeSuccessScreenshot": False, "groupIds": [UNKNOWN]},
    ]
    response = post_run(client, body={"notifications": notifications})

    assert response.status_code == 404
    assert response.json()["message"] == "Unknown notification recipients"
    assert "; ".join(issue["message"] for issue in response.json()["issues"]) == (
        f"notifications[0].userIds: no user {UNKNOWN}; notifications[1].groupIds: no group {UNKNOWN}"
    )
    assert run_count(workspace) == 0


def test_notifications_to_deactivated_users_are_422(client: TestClient, workspace: Workspace) -> None:
    notifications = [{"type": "ALL", "includeSuccessScreenshot": False, "userIds": [ANA, FORMER]}]
    response = post_run(client, body={"notifications": notifications})

    assert response.status_code == 422
    assert response.json()["issues"] == [{"message": f"notifications[0].userIds: {FORMER} is deactivated"}]
    assert run_count(workspace) == 0


def test_a_dry_run_checks_the_request_but_runs_nothing(client: TestClient, workspace: Workspace) -> None:
    lifecycle.script_outcomes(workspace, WEEKLY, ["ERRORED"])
    response = post_run(client, body={"dryRun": True, "inputParams": {"region": "EMEA"}})

    assert response.status_code == 201
    body = response.json()
    assert body["runStatusUrl"] == f"{BASE}/projects/{WEEKLY}/runs/{body['runId']}"
    assert body["projectVersion"] == 7
    assert run_count(workspace) == 0
    assert client.get(body["runStatusUrl"]).status_code == 404
    assert listing(client, list_path())["runs"] == []
    # The dry run did not use up the scripted outcome.
    lifecycle.set_progression(workspace, "immediate")
    assert status(client, start(client))["status"] == "ERRORED"


def test_a_dry_run_is_still_checked(client: TestClient) -> None:
    assert post_run(client, CHURN, {"dryRun": True}).status_code == 422
    assert post_run(client, body={"dryRun": True, "inputParams": {"nope": 1}}).status_code == 422


# --- kernel capacity ------------------------------------------------------------------------------


def fill_kernels(workspace: Workspace, count: int) -> None:
    """Runs started outside the API (the UI, schedules) that hold kernels: half pending, half running."""
    for index in range(count):
        lifecycle.set_progression(
            workspace, "clock", pending_seconds=0 if index % 2 else 600, running_seconds=600
        )
        lifecycle.create_run(workspace, project(workspace, CAMPAIGN), trace_id="ui", trigger="SCHEDULED")


def test_run_project_is_refused_while_every_kernel_is_busy(
    client: TestClient, workspace: Workspace, clock: ManualClock
) -> None:
    fill_kernels(workspace, 24)
    lifecycle.set_progression(workspace, "clock", pending_seconds=1, running_seconds=5)
    start(client)  # the 25th kernel

    refused = post_run(client)
    assert refused.status_code == 503
    assert refused.json() == {
        "code": "SERVICE_UNAVAILABLE",
        "message": "No kernels are available to run this project",
        "issues": [],
    }
    legacy = post_run(client, legacy=True)
    assert legacy.status_code == 503
    assert legacy.json()["reason"] == "No kernels are available to run this project"
    assert run_count(workspace) == 25
    assert post_run(client, body={"dryRun": True}).status_code == 201  # a dry run needs no kernel

    clock.advance(6)  # the API run (pending 1 s + running 5 s under the default policy) ends
    assert post_run(client).status_code == 201


def test_cancelling_a_run_frees_its_kernel(client: TestClient, workspace: Workspace) -> None:
    lifecycle.set_kernel_capacity(workspace, 2)
    first = start(client)
    start(client)
    assert post_run(client).status_code == 503

    assert client.delete(run_path(WEEKLY, first)).status_code == 204
    assert post_run(client).status_code == 201


def test_a_workspace_without_kernels_refuses_every_run(client: TestClient, workspace: Workspace) -> None:
    lifecycle.set_kernel_capacity(workspace, 0)
    assert post_run(client).status_code == 503


# --- rate limits (the kernel's, exercised through this operation) ---------------------------------


def test_run_project_allows_twenty_a_minute_across_both_paths(
    client: TestClient, workspace: Workspace, clock: ManualClock
) -> None:
    lifecycle.set_progression(workspace, "immediate")  # no run holds a kernel, so only the limit applies
    for index in range(20):
        assert post_run(client, legacy=bool(index % 2)).status_code == 201

    limited = post_run(client)
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    assert post_run(client, legacy=True).status_code == 429

    clock.advance(60)
    assert post_run(client).status_code == 201


# --- GetRunStatus ---------------------------------------------------------------------------------


def test_run_status_follows_the_clock(client: TestClient, clock: ManualClock) -> None:
    run_id = start(client)

    pending = status(client, run_id)
    assert (pending["status"], pending["startTime"], pending["endTime"], pending["elapsedTime"]) == (
        "PENDING",
        None,
        None,
        None,
    )
    clock.advance(1)
    running = status(client, run_id)
    assert (running["status"], running["startTime"], running["endTime"]) == (
        "RUNNING",
        "2025-01-06T09:00:01.000Z",
        None,
    )
    clock.advance(60)
    done = status(client, run_id)
    assert done == {
        "projectId": WEEKLY,
        "projectVersion": "7",
        "runId": run_id,
        "runUrl": done["runUrl"],
        "status": "COMPLETED",
        "runTrigger": "API",
        "startTime": "2025-01-06T09:00:01.000Z",
        "endTime": "2025-01-06T09:00:06.000Z",
        "elapsedTime": 5000,
        "traceId": done["traceId"],
    }


def test_run_status_follows_status_reads(client: TestClient, workspace: Workspace) -> None:
    lifecycle.set_progression(workspace, "reads", reads=2)
    run_id = start(client)

    seen = [status(client, run_id, legacy=bool(read % 2))["status"] for read in range(5)]

    assert seen == ["PENDING", "PENDING", "RUNNING", "RUNNING", "COMPLETED"]
    # Listing is not a status read.
    assert listing(client, list_path())["runs"][0]["status"] == "COMPLETED"


def test_immediate_runs_are_finished_at_the_first_read(client: TestClient, workspace: Workspace) -> None:
    lifecycle.set_progression(workspace, "immediate")
    body = status(client, start(client))

    assert (body["status"], body["elapsedTime"], body["startTime"] == body["endTime"]) == (
        "COMPLETED",
        0,
        True,
    )


def test_scripted_outcomes_end_the_next_runs(
    client: TestClient, workspace: Workspace, clock: ManualClock
) -> None:
    lifecycle.script_outcomes(workspace, WEEKLY, ["ERRORED", "UNABLE_TO_ALLOCATE_KERNEL"])
    started = [start(client) for _ in range(3)]
    clock.advance(6)

    assert [status(client, run_id)["status"] for run_id in started] == [
        "ERRORED",
        "UNABLE_TO_ALLOCATE_KERNEL",
        "COMPLETED",
    ]


def test_expanded_stats_add_state_events_and_the_flag_override(
    client: TestClient, clock: ManualClock
) -> None:
    response = post_run(client, headers={"flag-config-override": "beta=1"})
    run_id = response.json()["runId"]
    clock.advance(10)

    plain = status(client, run_id)
    expanded = status(client, run_id, headers=EXPANDED)

    assert "stateEvents" not in plain
    assert "flagConfigOverride" not in plain
    assert expanded == {
        **plain,
        "flagConfigOverride": "beta=1",
        "stateEvents": [
            {"type": "STATUS", "value": "PENDING", "timestamp": "2025-01-06T09:00:00.000Z"},
            {"type": "STATUS", "value": "RUNNING", "timestamp": "2025-01-06T09:00:01.000Z"},
            {"type": "STATUS", "value": "COMPLETED", "timestamp": "2025-01-06T09:00:06.000Z"},
        ],
    }
    assert "flagConfigOverride" not in status(client, start(client), headers=EXPANDED)


def test_the_legacy_status_path_gives_the_same_payload(client: TestClient, clock: ManualClock) -> None:
    run_id = start(client)
    clock.advance(3)

    assert status(client, run_id, legacy=True, headers=EXPANDED) == status(client, run_id, headers=EXPANDED)


def test_unknown_runs_and_runs_of_other_projects_are_not_found(client: TestClient) -> None:
    run_id = start(client)

    for path in (run_path(WEEKLY, UNKNOWN), run_path(CAMPAIGN, run_id)):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["code"] == "NOT_FOUND"  # GetRunStatus uses the newer envelope
    legacy = client.get(run_path(CAMPAIGN, run_id, legacy=True))
    assert legacy.status_code == 404
    assert "reason" in legacy.json()  # its legacy path kept the original one


def test_runs_of_projects_the_caller_cannot_see_are_not_found(client: TestClient) -> None:
    run_id = start(client)

    assert client.get(run_path(WEEKLY, run_id), headers=bearer(GUEST)).status_code == 404
    assert client.get(run_path(WEEKLY, run_id), headers=bearer(EXPLORER)).status_code == 200


# --- CancelRun ------------------------------------------------------------------------------------


@pytest.mark.parametrize("legacy", [False, True])
def test_cancelling_a_pending_run_kills_it_before_it_starts(
    client: TestClient, clock: ManualClock, legacy: bool
) -> None:
    run_id = start(client)
    clock.advance(0.5)

    response = client.delete(run_path(WEEKLY, run_id, legacy=legacy))

    assert (response.status_code, response.content) == (204, b"")
    clock.advance(60)
    body = status(client, run_id)
    assert (body["status"], body["startTime"], body["endTime"], body["elapsedTime"]) == (
        "KILLED",
        None,
        "2025-01-06T09:00:00.500Z",
        None,
    )


def test_cancelling_a_running_run_stops_it_now(client: TestClient, clock: ManualClock) -> None:
    run_id = start(client)
    clock.advance(3)

    assert client.delete(run_path(WEEKLY, run_id)).status_code == 204

    body = status(client, run_id, headers=EXPANDED)
    assert (body["status"], body["endTime"], body["elapsedTime"]) == (
        "KILLED",
        "2025-01-06T09:00:03.000Z",
        2000,
    )
    assert [event["value"] for event in body["stateEvents"]] == ["PENDING", "RUNNING", "KILLED"]


@pytest.mark.parametrize("outcome", ["COMPLETED", "ERRORED"])
def test_a_run_that_has_ended_cannot_be_cancelled(
    client: TestClient, workspace: Workspace, clock: ManualClock, outcome: str
) -> None:
    lifecycle.script_outcomes(workspace, WEEKLY, [outcome])
    run_id = start(client)
    clock.advance(6)

    response = client.delete(run_path(WEEKLY, run_id))

    assert response.status_code == 422
    assert response.json()["reason"] == "Only a pending or running run can be cancelled"
    assert response.json()["details"] == f"the run already ended as {outcome}"
    assert status(client, run_id)["status"] == outcome


def test_a_run_cannot_be_cancelled_twice(client: TestClient) -> None:
    run_id = start(client)
    assert client.delete(run_path(WEEKLY, run_id)).status_code == 204
    assert client.delete(run_path(WEEKLY, run_id, legacy=True)).status_code == 422


def test_cancelling_an_unknown_run_or_through_another_project_is_not_found(client: TestClient) -> None:
    run_id = start(client)

    assert client.delete(run_path(WEEKLY, UNKNOWN)).status_code == 404
    assert client.delete(run_path(CAMPAIGN, run_id)).status_code == 404
    assert client.delete(run_path(WEEKLY, run_id), headers=bearer(GUEST)).status_code == 404
    assert status(client, run_id)["status"] == "PENDING"


# --- GetProjectRuns -------------------------------------------------------------------------------


def start_series(client: TestClient, clock: ManualClock, count: int) -> list[str]:
    """`count` runs, one second apart (they end 6 s after they start), oldest first."""
    started = []
    for _ in range(count):
        started.append(start(client))
        clock.advance(1)
    return started


def follow(client: TestClient, url: str, key: str = "nextPage") -> list[dict[str, Any]]:
    """Every page from `url` on, following `key` links until they run out."""
    pages = []
    next_url: str | None = url
    while next_url is not None:
        page = listing(client, next_url)
        pages.append(page)
        next_url = page[key]
    return pages


def test_project_runs_page_by_offset_most_recent_first(client: TestClient, clock: ManualClock) -> None:
    started = start_series(client, clock, 7)

    pages = follow(client, f"{BASE}/projects/{WEEKLY}/runs?limit=3")

    assert [[run["runId"] for run in page["runs"]] for page in pages] == [
        started[6:3:-1],
        started[3:0:-1],
        started[0:1],
    ]
    assert [page["nextPage"] for page in pages] == [
        f"{BASE}/projects/{WEEKLY}/runs?limit=3&offset=3",
        f"{BASE}/projects/{WEEKLY}/runs?limit=3&offset=6",
        None,
    ]
    assert [page["previousPage"] for page in pages] == [
        None,
        f"{BASE}/projects/{WEEKLY}/runs?limit=3&offset=0",
        f"{BASE}/projects/{WEEKLY}/runs?limit=3&offset=3",
    ]
    backwards = follow(client, pages[-1]["previousPage"], key="previousPage")
    assert [page["runs"] for page in backwards] == [pages[1]["runs"], pages[0]["runs"]]


def test_each_listed_run_is_its_status_payload(client: TestClient, clock: ManualClock) -> None:
    started = start_series(client, clock, 3)
    clock.advance(3)  # the oldest has ended, the others are running

    listed = listing(client, list_path())

    assert listed["runs"] == [status(client, run_id) for run_id in reversed(started)]
    assert [run["status"] for run in listed["runs"]] == ["RUNNING", "RUNNING", "COMPLETED"]
    assert listed["traceId"] not in {run["traceId"] for run in listed["runs"]}


def test_project_runs_default_to_pages_of_25(client: TestClient, workspace: Workspace) -> None:
    for _ in range(26):
        lifecycle.create_run(workspace, project(workspace, WEEKLY), trace_id="seed")

    body = listing(client, list_path())

    assert len(body["runs"]) == 25
    assert body["nextPage"] == f"{BASE}/projects/{WEEKLY}/runs?limit=25&offset=25"


def test_status_and_trigger_filters_narrow_the_list_and_stay_in_its_links(
    client: TestClient, workspace: Workspace, clock: ManualClock
) -> None:
    started = start_series(client, clock, 4)
    scheduled = lifecycle.create_run(workspace, project(workspace, WEEKLY), trace_id="s", trigger="SCHEDULED")
    for run_id in started[1:]:
        assert client.delete(run_path(WEEKLY, run_id)).status_code == 204

    killed = follow(client, f"{BASE}/projects/{WEEKLY}/runs?limit=2&statusFilter=KILLED&runTriggerFilter=API")

    assert [[run["runId"] for run in page["runs"]] for page in killed] == [started[3:1:-1], started[1:2]]
    assert killed[0]["nextPage"] == (
        f"{BASE}/projects/{WEEKLY}/runs?limit=2&offset=2&statusFilter=KILLED&runTriggerFilter=API"
    )
    assert [run["runId"] for run in listing(client, list_path(), runTriggerFilter="SCHEDULED")["runs"]] == [
        scheduled.id
    ]
    assert len(listing(client, list_path(), runTriggerFilter="ALL")["runs"]) == 5
    assert len(listing(client, list_path(), runTriggerFilter="API")["runs"]) == 4
    clock.advance(60)  # the first run completes by the clock: filtering sees current statuses
    completed = listing(client, list_path(), statusFilter="COMPLETED")["runs"]
    assert [run["runId"] for run in completed] == [scheduled.id, started[0]]


def test_an_offset_past_the_end_links_back_to_the_last_page(client: TestClient, clock: ManualClock) -> None:
    start_series(client, clock, 5)

    body = listing(client, list_path(), limit=2, offset=10)

    assert (body["runs"], body["nextPage"]) == ([], None)
    assert body["previousPage"] == f"{BASE}/projects/{WEEKLY}/runs?limit=2&offset=3"


def test_projects_without_runs_list_nothing(client: TestClient) -> None:
    body = listing(client, list_path(CAMPAIGN))

    assert (body["runs"], body["nextPage"], body["previousPage"]) == ([], None, None)


def test_the_legacy_list_path_gives_the_same_runs_with_legacy_links(
    client: TestClient, clock: ManualClock
) -> None:
    start_series(client, clock, 3)

    plural = listing(client, list_path(), limit=1, offset=1)
    legacy = listing(client, list_path(legacy=True), limit=1, offset=1)

    assert legacy["runs"] == plural["runs"]
    assert legacy["nextPage"] == f"{BASE}/project/{WEEKLY}/runs?limit=1&offset=2"
    assert legacy["previousPage"] == f"{BASE}/project/{WEEKLY}/runs?limit=1&offset=0"


def test_listing_runs_of_a_project_the_caller_cannot_see_is_not_found(client: TestClient) -> None:
    assert client.get(list_path(SCRATCHPAD)).status_code == 404
    assert client.get(list_path(WEEKLY), headers=bearer(GUEST)).status_code == 404


# --- GetChartImageFromRun -------------------------------------------------------------------------


def image_path(run_id: str, static_id: str = WEEKLY_CHART, project_id: str = WEEKLY) -> str:
    return f"/api/v1/projects/{project_id}/runs/{run_id}/cells/{static_id}/image"


def completed_run(client: TestClient, clock: ManualClock) -> str:
    run_id = start(client)
    clock.advance(6)
    return run_id


def decode_png(image_base64: str) -> tuple[int, int, bytes]:
    """(width, height, raw scanlines) of a base64 PNG, checking its structure on the way."""
    data = base64.b64decode(image_base64, validate=True)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = {}, 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, payload = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + payload)
        chunks[kind] = payload
        position += 12 + length
    assert next(iter(chunks)) == b"IHDR"
    assert list(chunks)[-1] == b"IEND"
    width, height, depth, colour, _, _, _ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour) == (8, 2)
    return width, height, zlib.decompress(chunks[b"IDAT"])


def test_chart_image_is_a_png_of_the_requested_size(client: TestClient, clock: ManualClock) -> None:
    run_id = completed_run(client, clock)

    response = client.get(image_path(run_id), params={"width": 320, "height": 200})

    assert response.status_code == 200
    body = response.json()
    assert {key: body[key] for key in ("projectId", "runId", "staticId", "mimeType")} == {
        "projectId": WEEKLY,
        "runId": run_id,
        "staticId": WEEKLY_CHART,
        "mimeType": "image/png",
    }
    width, height, raw = decode_png(body["imageBase64"])
    assert (width, height) == (320, 200)
    assert len(raw) == height * (1 + width * 3)
    assert len(set(raw[1 : 1 + width * 3 * height : 3])) > 1  # something is drawn, not a blank canvas


@pytest.mark.parametrize("params", [{}, {"width": 320}, {"height": 200}])
def test_chart_image_size_applies_only_with_both_dimensions(
    client: TestClient, clock: ManualClock, params: dict[str, int]
) -> None:
    run_id = completed_run(client, clock)

    body = client.get(image_path(run_id), params=params).json()

    assert decode_png(body["imageBase64"])[:2] == (800, 600)


def test_chart_images_are_deterministic(client: TestClient, clock: ManualClock) -> None:
    run_id = completed_run(client, clock)

    def image(**params: Any) -> str:
        response = client.get(image_path(run_id), params={"width": 200, "height": 150, **params})
        assert response.status_code == 200
        image_base64: str = response.json()["imageBase64"]
        return image_base64

    assert image() == image()
    assert image(includeTitle="true") != image()


@pytest.mark.parametrize("outcome", [None, "ERRORED", "KILLED"])
def test_only_completed_runs_have_chart_images(
    client: TestClient, workspace: Workspace, outcome: str | None
) -> None:
    if outcome is not None:
        lifecycle.script_outcomes(workspace, WEEKLY, [outcome])
        lifecycle.set_progression(workspace, "immediate")
    run_id = start(client)  # with no outcome scripted, still pending under the clock progression

    response = client.get(image_path(run_id))

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_chart_images_need_a_chart_cell_of_the_project(
    client: TestClient, workspace: Workspace, clock: ManualClock
) -> None:
    run_id = completed_run(client, clock)
    campaign_chart = next(
        cell.static_id
        for cell in workspace.cells
        if cell.project_id == CAMPAIGN and cell.cell_type == "CHART"
    )

    for static_id in (WEEKLY_SQL, UNKNOWN, campaign_chart):
        assert client.get(image_path(run_id, static_id)).status_code == 404
    assert client.get(image_path(run_id, project_id=CAMPAIGN)).status_code == 404  # run of another project
    assert client.get(image_path(UNKNOWN)).status_code == 404
    assert client.get(image_path(run_id), headers=bearer(GUEST)).status_code == 404


def test_a_body_that_fails_validation_is_400_on_the_plural_path_and_422_on_the_legacy_one(
    client: TestClient, workspace: Workspace
) -> None:
    # RunProject moved to Hex's newer framework (its 422 means "cannot be carried out"); the legacy
    # route keeps tsoa's 422 "Validation Failed", which Hex's own Dagster integration has met.
    plural = post_run(client, body={"inputParams": None})
    assert plural.status_code == 400
    assert plural.json()["code"] == "BAD_REQUEST"
    legacy = post_run(client, body={"inputParams": None}, legacy=True)
    assert legacy.status_code == 422
    assert legacy.json()["reason"] == "Validation Failed"
    assert run_count(workspace) == 0
