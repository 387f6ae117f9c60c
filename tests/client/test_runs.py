"""Runs through the generated client: RunProject, GetRunStatus on the manual clock and under the
"reads" progression, CancelRun, GetProjectRuns by offset, GetChartImageFromRun, and the four
deprecated legacy paths (which Hex's orchestrator integrations still call).

"Weekly revenue" is published (version 7) with app inputs and a chart cell. The mock starts on the
"clock" progression: a run is PENDING for 1 s, then RUNNING for 5 s, then ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from http import HTTPStatus
from uuid import UUID

import httpx

from hex_api_client import AuthenticatedClient
from hex_api_client.api.runs import (
    cancel_run,
    cancel_run_legacy,
    get_chart_image_from_run,
    get_project_runs,
    get_project_runs_legacy,
    get_run_status,
    get_run_status_legacy,
    run_project,
    run_project_legacy,
)
from hex_api_client.models import (
    NotificationRecipientType,
    ProjectRun,
    ProjectRunList,
    ProjectRunStatus,
    RunChartImage,
    RunInputParams,
    RunNotification,
    RunNotificationType,
    RunProjectRequest,
    RunStatus,
    RunTrigger,
    RunTriggerFilter,
    ScreenshotFormat,
)
from hex_api_client.types import UNSET, Unset
from hex_mock.mock import HexMock
from tests.client.conftest import Target
from tests.client.support import EVE, WEEKLY, WEEKLY_CHART_STATIC_ID, expect, png_size

TERMINAL = {
    ProjectRunStatus.COMPLETED,
    ProjectRunStatus.ERRORED,
    ProjectRunStatus.KILLED,
    ProjectRunStatus.UNABLE_TO_ALLOCATE_KERNEL,
}


def start(client: AuthenticatedClient, project_id: UUID = WEEKLY) -> ProjectRun:
    return expect(run_project.sync(project_id, client=client), ProjectRun)


def status(client: AuthenticatedClient, run: ProjectRun) -> RunStatus:
    return expect(get_run_status.sync(run.project_id, run.run_id, client=client), RunStatus)


def poll(
    client: AuthenticatedClient, run: ProjectRun, between_reads: Callable[[], object]
) -> list[RunStatus]:
    """Every status read until the run ends, calling `between_reads` after each unfinished one."""
    seen = [status(client, run)]
    while seen[-1].status not in TERMINAL:
        assert len(seen) < 20, "the run never ended"
        between_reads()
        seen.append(status(client, run))
    return seen


def test_run_project_starts_a_run_with_inputs_notifications_and_a_flag_override(
    target: Target, client: AuthenticatedClient, mock: HexMock
) -> None:
    body = RunProjectRequest(
        input_params=RunInputParams.from_dict({"region": "APAC", "min_orders": 2.5}),
        notifications=[
            RunNotification(
                type_=RunNotificationType.FAILURE,
                include_success_screenshot=True,
                screenshot_format=ScreenshotFormat.PDF,
                user_ids=[EVE],
            )
        ],
    )

    response = run_project.sync_detailed(WEEKLY, client=client, body=body, flag_config_override="beta=1")

    assert response.status_code == HTTPStatus.CREATED
    run = expect(response.parsed, ProjectRun)
    assert (run.project_id, run.project_version) == (WEEKLY, 7)
    assert isinstance(run.run_id, UUID)
    assert run.run_status_url == f"{target.base_url}/v1/projects/{WEEKLY}/runs/{run.run_id}"
    assert run.run_url.endswith(f"/app/{WEEKLY}/latest?runId={run.run_id}")
    assert isinstance(run.notifications, list)
    (recipient,) = run.notifications
    assert (recipient.type_, recipient.recipient_type) == (
        RunNotificationType.FAILURE,
        NotificationRecipientType.USER,
    )
    assert (recipient.recipient.id, recipient.recipient.name) == (str(EVE), "Eve Editor")
    assert recipient.screenshot_format == [ScreenshotFormat.PDF]
    assert recipient.include_success_screenshot is True
    assert mock.journal("RunProject")[-1].body["inputParams"] == {"region": "APAC", "min_orders": 2.5}
    expanded = expect(
        get_run_status.sync(WEEKLY, run.run_id, client=client, enable_expanded_stats="true"), RunStatus
    )
    assert expanded.flag_config_override == "beta=1"
    assert expanded.trace_id == run.trace_id


def test_get_run_status_polls_to_completion_on_the_manual_clock(
    client: AuthenticatedClient, mock: HexMock
) -> None:
    started_at = mock.clock.now()
    run = start(client)

    seen = poll(client, run, lambda: mock.advance(1))

    assert [read.status for read in seen] == [ProjectRunStatus.PENDING] + [ProjectRunStatus.RUNNING] * 5 + [
        ProjectRunStatus.COMPLETED
    ]
    assert (seen[0].start_time, seen[0].end_time, seen[0].elapsed_time) == (None, None, None)
    done = seen[-1]
    assert (done.run_id, done.project_id, done.project_version) == (run.run_id, WEEKLY, "7")
    assert done.run_trigger is RunTrigger.API
    assert isinstance(done.start_time, datetime)
    assert done.start_time == started_at + timedelta(seconds=1)
    assert done.end_time == started_at + timedelta(seconds=6)
    assert done.elapsed_time == 5000
    assert done.state_events is UNSET  # only with expanded stats


def test_get_run_status_polls_to_completion_under_reads_progression(
    client: AuthenticatedClient, mock: HexMock
) -> None:
    mock.set_run_progression("reads", reads=2)
    run = start(client)

    seen = poll(client, run, lambda: None)  # no time passes: the reads move the run along

    assert [read.status for read in seen] == [
        ProjectRunStatus.PENDING,
        ProjectRunStatus.PENDING,
        ProjectRunStatus.RUNNING,
        ProjectRunStatus.RUNNING,
        ProjectRunStatus.COMPLETED,
    ]
    assert seen[-1].elapsed_time == 0  # every transition happened at the same instant


def test_get_run_status_reports_a_scripted_failure_with_its_state_events(
    client: AuthenticatedClient, mock: HexMock
) -> None:
    started_at = mock.clock.now()
    mock.script_run_outcomes(str(WEEKLY), ["ERRORED"])
    run = start(client)
    mock.advance(60)

    failed = expect(
        get_run_status.sync(WEEKLY, run.run_id, client=client, enable_expanded_stats="true"), RunStatus
    )

    assert failed.status is ProjectRunStatus.ERRORED
    assert isinstance(failed.state_events, list)
    assert [(event.type_, event.value) for event in failed.state_events] == [
        ("STATUS", "PENDING"),
        ("STATUS", "RUNNING"),
        ("STATUS", "ERRORED"),
    ]
    # `timestamp` is a plain string in the spec (Hex documents no format), so it stays one.
    assert datetime.fromisoformat(failed.state_events[-1].timestamp) == started_at + timedelta(seconds=6)


def test_cancel_run(client: AuthenticatedClient, mock: HexMock) -> None:
    started_at = mock.clock.now()
    run = start(client)
    mock.advance(3)

    response = cancel_run.sync_detailed(WEEKLY, run.run_id, client=client)

    assert (response.status_code, response.parsed, response.content) == (HTTPStatus.NO_CONTENT, None, b"")
    mock.advance(60)
    killed = status(client, run)
    assert killed.status is ProjectRunStatus.KILLED
    assert killed.end_time == started_at + timedelta(seconds=3)
    assert killed.elapsed_time == 2000


def test_get_project_runs_pages_by_offset_following_next_page(
    target: Target, client: AuthenticatedClient, mock: HexMock
) -> None:
    started = []
    for second in range(5):
        mock.advance(second and 1)  # one second apart
        started.append(start(client).run_id)

    pages: list[ProjectRunList] = []
    offset: int | Unset = UNSET
    while True:
        page = expect(get_project_runs.sync(WEEKLY, client=client, limit=2, offset=offset), ProjectRunList)
        pages.append(page)
        if page.next_page is None:
            break
        offset = int(httpx.URL(page.next_page).params["offset"])

    assert [[run.run_id for run in page.runs] for page in pages] == [
        started[4:2:-1],
        started[2:0:-1],
        started[0:1],
    ]
    listing = f"{target.base_url}/v1/projects/{WEEKLY}/runs"
    assert [page.next_page for page in pages] == [
        f"{listing}?limit=2&offset=2",
        f"{listing}?limit=2&offset=4",
        None,
    ]
    assert [page.previous_page for page in pages] == [
        None,
        f"{listing}?limit=2&offset=0",
        f"{listing}?limit=2&offset=2",
    ]
    assert [run.status for run in pages[0].runs] == [ProjectRunStatus.PENDING, ProjectRunStatus.RUNNING]
    assert all(isinstance(run, RunStatus) for page in pages for run in page.runs)


def test_get_project_runs_filters_by_status_and_trigger(client: AuthenticatedClient) -> None:
    kept = start(client)
    cancelled = start(client)
    assert (
        cancel_run.sync_detailed(WEEKLY, cancelled.run_id, client=client).status_code == HTTPStatus.NO_CONTENT
    )

    killed = expect(
        get_project_runs.sync(
            WEEKLY,
            client=client,
            status_filter=ProjectRunStatus.KILLED,
            run_trigger_filter=RunTriggerFilter.API,
        ),
        ProjectRunList,
    )

    assert [run.run_id for run in killed.runs] == [cancelled.run_id]
    assert kept.run_id not in {run.run_id for run in killed.runs}


def test_get_chart_image_from_run(client: AuthenticatedClient, mock: HexMock) -> None:
    run = start(client)
    mock.advance(6)

    image = expect(
        get_chart_image_from_run.sync(
            WEEKLY, run.run_id, WEEKLY_CHART_STATIC_ID, client=client, width=320, height=200
        ),
        RunChartImage,
    )

    assert (image.project_id, image.run_id, image.static_id) == (WEEKLY, run.run_id, WEEKLY_CHART_STATIC_ID)
    assert image.mime_type == "image/png"
    assert png_size(image.image_base_64) == (320, 200)


# --- the deprecated singular paths ----------------------------------------------------------------


def test_run_project_legacy_links_to_the_legacy_status_path(
    target: Target, client: AuthenticatedClient
) -> None:
    response = run_project_legacy.sync_detailed(WEEKLY, client=client)

    assert response.status_code == HTTPStatus.CREATED
    run = expect(response.parsed, ProjectRun)
    assert run.run_status_url == f"{target.base_url}/v1/project/{WEEKLY}/run/{run.run_id}"
    assert run.project_version == 7
    assert status(client, run).status is ProjectRunStatus.PENDING  # the same run on the plural path


def test_get_run_status_legacy_polls_to_completion(client: AuthenticatedClient, mock: HexMock) -> None:
    run = start(client)

    def read() -> RunStatus:
        return expect(get_run_status_legacy.sync(WEEKLY, run.run_id, client=client), RunStatus)

    seen = [read().status]
    while seen[-1] not in TERMINAL:
        assert len(seen) < 20
        mock.advance(2)
        seen.append(read().status)

    assert seen == [
        ProjectRunStatus.PENDING,
        ProjectRunStatus.RUNNING,
        ProjectRunStatus.RUNNING,
        ProjectRunStatus.COMPLETED,
    ]
    assert read() == status(client, run)  # the same payload as the plural path


def test_cancel_run_legacy(client: AuthenticatedClient, mock: HexMock) -> None:
    run = start(client)
    mock.advance(0.5)

    response = cancel_run_legacy.sync_detailed(WEEKLY, run.run_id, client=client)

    assert (response.status_code, response.parsed) == (HTTPStatus.NO_CONTENT, None)
    killed = status(client, run)
    assert (killed.status, killed.start_time, killed.elapsed_time) == (ProjectRunStatus.KILLED, None, None)


def test_get_project_runs_legacy_pages_with_legacy_links(
    target: Target, client: AuthenticatedClient, mock: HexMock
) -> None:
    started = [start(client).run_id for _ in range(3)]
    mock.advance(1)

    page = expect(get_project_runs_legacy.sync(WEEKLY, client=client, limit=1, offset=1), ProjectRunList)

    plural = expect(get_project_runs.sync(WEEKLY, client=client, limit=1, offset=1), ProjectRunList)
    assert page.runs == plural.runs
    assert len(page.runs) == 1
    assert page.runs[0].run_id in started
    listing = f"{target.base_url}/v1/project/{WEEKLY}/runs"
    assert (page.next_page, page.previous_page) == (
        f"{listing}?limit=1&offset=2",
        f"{listing}?limit=1&offset=0",
    )
