"""Runs: starting a published project, following and cancelling its runs, listing them, chart images.

The lifecycle itself (statuses, progression, scripted outcomes, kernel counting) lives in
hex_mock/run_lifecycle.py; this module checks requests, calls it and renders. Each legacy singular path
(`/v1/project/{projectId}/run...`) is the same handler registered under a second operationId; the
only difference is that the URLs a response contains point back at the path family the caller used.

Decisions where Hex documents nothing:

- Object-level reads: a run's `traceId` is the trace of the RunProject request that started it, the
  same in GetRunStatus and GetProjectRuns; a list's own `traceId` is the listing request's.
- `runUrl` is `{origin}/{orgId}/app/{projectId}/latest?runId={runId}` (the spec example's form).
- `dryRun` checks everything RunProject checks except kernel capacity (nothing would run) and
  answers 201 with a fresh run id that is never stored: GetRunStatus on it is 404. It consumes no
  scripted outcome.
- `viewId`: saved views are not modelled, so any view id is accepted (only its conflict with
  `inputParams` is checked) and the app's default inputs are used.
- `inputParams` values must have the JSON type of the input's data type (string, number, boolean);
  Hex may also coerce strings such as "12" into numbers; the mock does not.
- Notification recipients: user and group ids must name an existing (active) user or group, else 422;
  Slack channel ids are taken as given, named `#<id>` and reported as public.
- CancelRun on a run that already ended is 422 (the spec declares 422 for the operation); an unknown
  run, or a run of another project, is 404.
- GetChartImageFromRun on a run that did not complete is 404 (the operation declares no 422), as is a
  staticId that is not a chart cell of the project. The image is 800x600 unless both width and height
  are given.
- `stateEvents` (expanded stats): one `{type: "STATUS", value: <status>, timestamp}` per status the
  run has entered, oldest first.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from hex_mock import run_lifecycle as lifecycle
from hex_mock.cell_outputs import CHART_CELL_TYPES
from hex_mock.clock import isoformat, optional_isoformat
from hex_mock.errors import HexError, not_found, unprocessable
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import require_project
from hex_mock.resources.render import chart_image
from hex_mock.store import Project, Run, Workspace

APP_ONLY = "APP_ONLY"
CAN_EDIT = "CAN_EDIT"
LEGACY_OPERATIONS = frozenset(
    {"RunProjectLegacy", "GetRunStatusLegacy", "CancelRunLegacy", "GetProjectRunsLegacy"}
)
NO_KERNEL = "No kernels are available to run this project"


# --- URLs ---------------------------------------------------------------------------------------


def _api(call: Call, project_id: str) -> str:
    """The project's API address in the path family the caller used (plural, or legacy singular)."""
    family = "project" if call.operation_id in LEGACY_OPERATIONS else "projects"
    return f"{call.base_url}/api/v1/{family}/{project_id}"


def run_status_url(call: Call, project_id: str, run_id: str) -> str:
    runs = "run" if call.operation_id in LEGACY_OPERATIONS else "runs"
    return f"{_api(call, project_id)}/{runs}/{run_id}"


def run_url(ws: Workspace, project_id: str, run_id: str) -> str:
    return f"{ws.origin}/{ws.org_id}/app/{project_id}/latest?runId={run_id}"


# --- rendering ----------------------------------------------------------------------------------


def render_run(ws: Workspace, run: Run, *, expanded: bool = False) -> dict[str, Any]:
    """The spec's `RunStatus` (GetRunStatus, GetProjectRuns and their legacy twins);
    `flagConfigOverride` and `stateEvents` only with expanded stats."""
    body: dict[str, Any] = {
        "projectId": run.project_id,
        # A string in run objects ("draft" would be a notebook run; the mock runs only published ones).
        "projectVersion": str(run.project_version),
        "runId": run.id,
        "runUrl": run_url(ws, run.project_id, run.id),
        "status": run.status,
        "runTrigger": run.trigger,
        "startTime": optional_isoformat(run.start_time),
        "endTime": optional_isoformat(run.end_time),
        "elapsedTime": lifecycle.elapsed_ms(run),
        "traceId": run.trace_id,
    }
    if expanded and run.flag_config_override is not None:
        body["flagConfigOverride"] = run.flag_config_override
    if run.notifications:
        body["notifications"] = run.notifications
    if expanded:
        body["stateEvents"] = [
            {"type": "STATUS", "value": status, "timestamp": isoformat(moment)}
            for status, moment in lifecycle.state_events(run)
        ]
    return body


def _project_run(ws: Workspace, call: Call) -> tuple[Project, Run]:
    """The caller-visible project and its run (brought up to date), or 404."""
    project = require_project(ws, call.caller, call.path["projectId"], APP_ONLY)
    run = lifecycle.find_run(ws, project.id, call.path["runId"])
    if run is None:
        raise not_found("Run not found")
    return project, run


# --- RunProject ---------------------------------------------------------------------------------


def _check_options(body: dict[str, Any]) -> None:
    """The option combinations Hex refuses (422), first match wins."""
    if "inputParams" not in body:
        return
    if "viewId" in body:
        raise unprocessable("Cannot specify both inputParams and viewId")
    # Hex refuses even an empty `inputParams` here: any custom inputs rule out the published cache.
    if body.get("updateCache"):
        raise unprocessable("Cannot update the cache if specifying custom input parameters")
    if body.get("updatePublishedResults"):
        raise unprocessable("Cannot update published results if specifying custom input parameters")


def _check_inputs(call: Call, project: Project, params: dict[str, Any]) -> None:
    """422 if any input is unknown or of the wrong type: Hex's newer envelope with one issue per input,
    or on the legacy path the tsoa-era `InvalidParamPayload`."""
    inputs = {app_input.name: app_input for app_input in project.app_inputs}
    not_found_names = [name for name in params if name not in inputs]
    invalid = [
        {
            "paramName": name,
            "paramValue": json.dumps(value),
            "dataType": inputs[name].data_type,
            "inputCellType": inputs[name].input_cell_type,
        }
        for name, value in params.items()
        if name in inputs and not lifecycle.value_fits(inputs[name].data_type, value)
    ]
    if not (invalid or not_found_names):
        return
    if call.operation_id in LEGACY_OPERATIONS:  # the tsoa-era route keeps its own 422 body
        payload = {"traceId": call.trace_id, "invalid": invalid, "notFound": not_found_names}
        raise HexError(422, "Invalid input parameters", body=payload)
    issues = [f"inputParams.{name}: no such input in the published app" for name in not_found_names]
    issues += [
        f"inputParams.{entry['paramName']}: {entry['paramValue']} is not a valid {entry['dataType']}"
        f" for its {entry['inputCellType']} input"
        for entry in invalid
    ]
    raise unprocessable("Invalid input parameters", *issues)


def _recipient(notification: dict[str, Any], kind: str, recipient: dict[str, Any]) -> dict[str, Any]:
    """One `RunNotificationRecipient`: the notification's settings applied to one recipient."""
    screenshot = notification["includeSuccessScreenshot"]
    entry: dict[str, Any] = {
        "type": notification["type"],
        "recipientType": kind,
        "includeSuccessScreenshot": screenshot,
    }
    fmt = notification.get("screenshotFormat")
    if screenshot or fmt is not None:
        # The request names one format; the response lists them, PNG when screenshots are on.
        entry["screenshotFormat"] = [fmt or "png"]
    for key in ("subject", "body"):
        if key in notification:
            entry[key] = notification[key]
    entry["recipient"] = recipient
    return entry


def _recipients(ws: Workspace, requested: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every Slack channel, user and group the notifications name, resolved; 404 for unknown ids (as
    for every unknown id inside a body), 422 for deactivated users."""
    resolved: list[dict[str, Any]] = []
    unknown: list[str] = []
    problems: list[str] = []
    for index, notification in enumerate(requested):
        for channel in notification.get("slackChannelIds", []):
            resolved.append(
                _recipient(
                    notification, "SLACK_CHANNEL", {"id": channel, "name": f"#{channel}", "isPrivate": False}
                )
            )
        for user_id in notification.get("userIds", []):
            user = ws.users.get(user_id)
            if user is None:
                unknown.append(f"notifications[{index}].userIds: no user {user_id}")
            elif user.deactivated:
                problems.append(f"notifications[{index}].userIds: {user_id} is deactivated")
            else:
                resolved.append(
                    _recipient(notification, "USER", {"id": user.id, "name": user.name or user.email})
                )
        for group_id in notification.get("groupIds", []):
            group = ws.groups.get(group_id)
            if group is None:
                unknown.append(f"notifications[{index}].groupIds: no group {group_id}")
            else:
                resolved.append(_recipient(notification, "GROUP", {"id": group.id, "name": group.name}))
    if unknown:
        raise not_found("Unknown notification recipients", *unknown)
    if problems:
        raise unprocessable("Deactivated notification recipients", *problems)
    return resolved


@handles("RunProject")
@handles("RunProjectLegacy")
def run_project(ws: Workspace, call: Call) -> Reply:
    body: dict[str, Any] = call.body or {}
    project = require_project(
        ws, call.caller, call.path["projectId"], CAN_EDIT if body.get("updatePublishedResults") else APP_ONLY
    )
    if project.published_version < 1:
        raise unprocessable("This project has not been published")
    _check_options(body)
    params: dict[str, Any] = body.get("inputParams") or {}
    _check_inputs(call, project, params)
    notifications = _recipients(ws, body.get("notifications", []))

    if body.get("dryRun"):
        run_id = ws.ids.uuid()  # never stored: a dry run creates nothing
    else:
        if lifecycle.kernels_in_use(ws) >= ws.run_settings.kernel_capacity:
            raise HexError(503, NO_KERNEL)
        run_id = lifecycle.create_run(
            ws,
            project,
            trace_id=call.trace_id,
            input_params=params,
            notifications=notifications,
            flag_config_override=call.headers.get("flag-config-override"),
            token_digest=call.caller.token.digest,
        ).id

    payload: dict[str, Any] = {
        "projectId": project.id,
        "runId": run_id,
        "runUrl": run_url(ws, project.id, run_id),
        "runStatusUrl": run_status_url(call, project.id, run_id),
        "traceId": call.trace_id,
        "projectVersion": project.published_version,
    }
    if notifications:
        payload["notifications"] = notifications
    return Reply(201, payload)


# --- following runs -----------------------------------------------------------------------------


@handles("GetRunStatus")
@handles("GetRunStatusLegacy")
def get_run_status(ws: Workspace, call: Call) -> Reply:
    _, run = _project_run(ws, call)
    expanded = call.headers.get("enable-expanded-stats", "").strip().lower() == "true"
    body = render_run(ws, run, expanded=expanded)
    # Counted after answering: under the "reads" progression a read reports the state it found.
    lifecycle.record_read(ws, run)
    return Reply(200, body)


@handles("CancelRun")
@handles("CancelRunLegacy")
def cancel_run(ws: Workspace, call: Call) -> Reply:
    _, run = _project_run(ws, call)
    try:
        lifecycle.cancel(ws, run)
    except lifecycle.RunEndedError as error:
        raise unprocessable(
            "Only a pending or running run can be cancelled", f"the run already ended as {error.run.status}"
        ) from error
    return Reply(204)


@handles("GetProjectRuns")
@handles("GetProjectRunsLegacy")
def get_project_runs(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.path["projectId"], APP_ONLY)
    limit: int = call.query["limit"]
    offset: int = call.query["offset"]
    status = call.query.get("statusFilter")
    trigger = call.query.get("runTriggerFilter", "ALL")

    runs = lifecycle.project_runs(ws, project.id)
    if trigger != "ALL":
        runs = [run for run in runs if run.trigger == trigger]
    if status is not None:
        # Filtering by status needs every candidate's current status; otherwise only the page's.
        runs = [run for run in runs if lifecycle.refresh(ws, run).status == status]
    page = [lifecycle.refresh(ws, run) for run in runs[offset : offset + limit]]

    def link(at: int) -> str:
        filters = {key: call.query[key] for key in ("statusFilter", "runTriggerFilter") if key in call.query}
        return f"{_api(call, project.id)}/runs?{urlencode({'limit': limit, 'offset': at, **filters})}"

    total = len(runs)
    # From past the end, "previous" goes to the last page that has runs rather than another empty one.
    previous = max(0, min(offset - limit, total - limit)) if offset > 0 else None
    return Reply(
        200,
        {
            "runs": [render_run(ws, run) for run in page],
            "nextPage": link(offset + limit) if offset + limit < total else None,
            "previousPage": link(previous) if previous is not None else None,
            "traceId": call.trace_id,
        },
    )


# --- chart images -------------------------------------------------------------------------------


@handles("GetChartImageFromRun")
def get_chart_image_from_run(ws: Workspace, call: Call) -> Reply:
    project, run = _project_run(ws, call)
    if run.status != lifecycle.COMPLETED:
        raise not_found(f"No chart images: the run is {run.status}, only completed runs have them")
    static_id = call.path["staticId"]
    cells = (ws.cells.get(cell_id) for cell_id in project.cell_ids)
    cell = next((c for c in cells if c is not None and c.static_id == static_id), None)
    if cell is None or cell.cell_type not in CHART_CELL_TYPES:
        raise not_found("No chart cell with this staticId in the project")
    return Reply(
        200,
        {
            "projectId": project.id,
            "runId": run.id,
            "staticId": cell.static_id,
            "imageBase64": chart_image(call, f"{run.id}/{cell.static_id}"),
            "mimeType": "image/png",
        },
    )
