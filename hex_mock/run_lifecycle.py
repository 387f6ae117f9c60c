"""The life of a project run: its statuses, the transitions between them, and what moves it along.

A run is created PENDING, becomes RUNNING, and ends in its `outcome` (COMPLETED unless an outcome was
scripted: ERRORED, UNABLE_TO_ALLOCATE_KERNEL, ...). Cancelling a PENDING or RUNNING run ends it as
KILLED at once. `start_time` is the moment it became RUNNING, `end_time` the moment it ended;
a run cancelled while PENDING never started, so its `start_time` and elapsed time stay null.

A run's two timed states, PENDING then RUNNING, are paced by the workspace's progression policy,
copied onto the run when it is created (hex_mock/pacing.py): "immediate" creates it already ended,
started and ended at its creation time (0 ms); "reads" counts status reads (GetRunStatus, either
path; listing runs is not a read), so with `reads=2` reads 1-2 say PENDING, reads 3-4 RUNNING and
read 5 onwards the outcome; "clock" starts it `pending_seconds` after its creation and ends it
`running_seconds` after that. `refresh` applies every clock transition that is due whenever a run is
looked at or counted.

Runs are kept in `ws.runs`; the two questions asked of all of them (one project's runs, the runs
holding a kernel) are answered from a cached index and sorted view plus a binary search, so they
cost the size of the answer, not of the table (the table moves a run within them when it changes).

The control plane (and tests) drive the policy with `set_progression`, `script_outcomes`,
`set_kernel_capacity` and `publish`; each validates its arguments and raises ValueError, changing
nothing, when they are wrong.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from hex_mock import pacing
from hex_mock.store import AppInput, Project, Run, Workspace

PENDING = "PENDING"
RUNNING = "RUNNING"
COMPLETED = "COMPLETED"
ERRORED = "ERRORED"
KILLED = "KILLED"
UNABLE_TO_ALLOCATE_KERNEL = "UNABLE_TO_ALLOCATE_KERNEL"

STATUSES = (PENDING, RUNNING, ERRORED, COMPLETED, KILLED, UNABLE_TO_ALLOCATE_KERNEL)
# PENDING and RUNNING runs hold one of the workspace's kernels: Hex counts "kernels running", and a
# queued run has one reserved for it, so both count toward the capacity.
ACTIVE = frozenset({PENDING, RUNNING})
TERMINAL = frozenset({COMPLETED, ERRORED, KILLED, UNABLE_TO_ALLOCATE_KERNEL})
TRIGGERS = ("API", "SCHEDULED", "APP_REFRESH")

# The RunSettings fields each progression reads; `set_progression` accepts only these.
PROGRESSION_PARAMS: dict[str, tuple[str, ...]] = {
    pacing.IMMEDIATE: (),
    pacing.READS: ("reads",),
    pacing.CLOCK: ("pending_seconds", "running_seconds"),
}

# The app input data types RunProject can check values against, and the JSON values each accepts.
DATA_TYPES = ("string", "number", "boolean")

# The view and the index on ws.runs. The index files runs by fields that never change, so a status
# change (which moves the run within the view) leaves it as it is.
_BY_PROJECT = "runs.by_project"
_BY_PROJECT_FIELDS = frozenset({"id", "project_id", "created_at"})
_ACTIVE_FIRST = "runs.active_first"


class RunEndedError(Exception):
    """A run that has already ended cannot be cancelled."""

    def __init__(self, run: Run) -> None:
        super().__init__(f"run {run.id} already ended with status {run.status}")
        self.run = run


# --- creating and advancing runs ---------------------------------------------------------------


def create_run(
    ws: Workspace,
    project: Project,
    *,
    trace_id: str,
    trigger: str = "API",
    input_params: dict[str, Any] | None = None,
    notifications: Sequence[dict[str, Any]] = (),
    flag_config_override: str | None = None,
    token_digest: str | None = None,
) -> Run:
    """Start a run of the project's published version under the current progression policy.

    Consumes the project's next scripted outcome, if any. Callers check permissions and capacity.
    """
    if trigger not in TRIGGERS:
        raise ValueError(f"unknown run trigger {trigger!r}; expected one of {', '.join(TRIGGERS)}")
    settings = ws.run_settings
    queue = settings.scripted_outcomes.get(project.id)
    outcome = queue.pop(0) if queue else COMPLETED
    if queue is not None and not queue:
        del settings.scripted_outcomes[project.id]  # a used-up script leaves no trace
    now = ws.clock.now()
    run = Run(
        id=ws.ids.uuid(),
        project_id=project.id,
        project_version=project.published_version,
        trace_id=trace_id,
        created_at=now,
        trigger=trigger,
        outcome=outcome,
        input_params=dict(input_params or {}),
        notifications=list(notifications),
        flag_config_override=flag_config_override,
        token_secret_hash=token_digest,
        pending_seconds=settings.pending_seconds,
        **pacing.policy(settings),
    )
    if run.progression == pacing.IMMEDIATE:
        _enter(run, RUNNING, now)
        _enter(run, outcome, now)
    ws.runs.put(run.id, run)
    # A clock run with no pending time is already running.
    refresh(ws, run)
    return run


def refresh(ws: Workspace, run: Run) -> Run:
    """Apply the clock transitions that are due by now (a no-op for other progressions)."""
    if run.status == PENDING and (
        started := pacing.clock_due(run, run.created_at, run.pending_seconds, ws.clock)
    ):
        _enter(run, RUNNING, started)
    # A RUNNING run always has its start_time; the test is for the type checker.
    if (
        run.status == RUNNING
        and run.start_time is not None
        and (ended := pacing.clock_due(run, run.start_time, run.running_seconds, ws.clock))
    ):
        _enter(run, run.outcome, ended)
    return run


def record_read(ws: Workspace, run: Run) -> None:
    """Count one status read of the run, after the read was answered (hex_mock/pacing.py)."""
    if run.status in ACTIVE and pacing.read_ends_state(run):
        _enter(run, RUNNING if run.status == PENDING else run.outcome, ws.clock.now())


def cancel(ws: Workspace, run: Run) -> Run:
    """End a PENDING or RUNNING run as KILLED now; raises RunEndedError if it already ended."""
    refresh(ws, run)
    if run.status in TERMINAL:
        raise RunEndedError(run)
    _enter(run, KILLED, ws.clock.now())
    return run


def _enter(run: Run, status: str, moment: datetime) -> None:
    if status == RUNNING:
        run.start_time = moment
    elif status in TERMINAL:
        run.end_time = moment
    run.status = status


# --- reading runs -------------------------------------------------------------------------------


def find_run(ws: Workspace, project_id: str, run_id: str) -> Run | None:
    """The run, brought up to date, if it exists and belongs to the project."""
    run = ws.runs.get(run_id)
    if run is None or run.project_id != project_id:
        return None
    return refresh(ws, run)


def _created(run: Run) -> tuple[datetime, str]:
    return (run.created_at, run.id)


def _runs_by_project(runs: Iterable[Run]) -> dict[str, list[Run]]:
    """project id -> its runs, oldest first (created_at, then id)."""
    by_project: dict[str, list[Run]] = {}
    for run in sorted(runs, key=_created):
        by_project.setdefault(run.project_id, []).append(run)
    return by_project


def _add_run(by_project: dict[str, list[Run]], run: Run) -> None:
    # Within its project only: a workspace-wide view would move every later project's runs.
    insort(by_project.setdefault(run.project_id, []), run, key=_created)


def _active_first(run: Run) -> tuple[bool, datetime, str]:
    return (run.status in TERMINAL, run.created_at, run.id)


def project_runs(ws: Workspace, project_id: str) -> list[Run]:
    """The project's runs, most recent first (created_at, then id, descending); not refreshed."""
    runs = ws.runs.index(_BY_PROJECT, _runs_by_project, _add_run, _BY_PROJECT_FIELDS).get(project_id, [])
    return runs[::-1]


def kernels_in_use(ws: Workspace) -> int:
    """How many runs in the workspace hold a kernel (are PENDING or RUNNING) right now."""
    view = ws.runs.sorted_by(_ACTIVE_FIRST, _active_first)
    keys = ws.runs.sort_keys(_ACTIVE_FIRST, _active_first)
    # Runs stored as active may have ended by the clock since they were stored; look at each.
    candidates = view[: bisect_left(keys, (True,))]  # (False, ...) < (True,) < (True, ...)
    return sum(1 for run in candidates if refresh(ws, run).status in ACTIVE)


def elapsed_ms(run: Run) -> float | None:
    """Milliseconds from start to end, null until the run ends (and for runs that never started).

    Computed from the millisecond-truncated timestamps, so it equals endTime - startTime as rendered.
    """
    if run.start_time is None or run.end_time is None:
        return None
    return float(_epoch_ms(run.end_time) - _epoch_ms(run.start_time))


def _epoch_ms(moment: datetime) -> int:
    return math.floor(moment.timestamp()) * 1000 + moment.microsecond // 1000


def state_events(run: Run) -> list[tuple[str, datetime]]:
    """Each status the run has entered so far, with the moment it entered it, oldest first."""
    events = [(PENDING, run.created_at)]
    if run.start_time is not None:
        events.append((RUNNING, run.start_time))
    if run.status in TERMINAL and run.end_time is not None:
        events.append((run.status, run.end_time))
    return events


def value_fits(data_type: str, value: Any) -> bool:
    """Whether a JSON value can be given to an app input of this data type."""
    if data_type == "string":
        return isinstance(value, str)
    if data_type == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if data_type == "boolean":
        return isinstance(value, bool)
    return False


# --- the control plane's levers -----------------------------------------------------------------


def set_progression(ws: Workspace, mode: str, **params: Any) -> None:
    """Choose how new runs progress: "immediate", "reads" (reads=N) or "clock" (pending_seconds=,
    running_seconds=). Parameters left out keep their current values; runs already created keep
    the policy they started with.
    """
    if mode not in pacing.PROGRESSIONS:
        raise ValueError(f"unknown progression {mode!r}; expected one of {', '.join(pacing.PROGRESSIONS)}")
    allowed = PROGRESSION_PARAMS[mode]
    stray = sorted(set(params) - set(allowed))
    if stray:
        takes = f"takes only {', '.join(allowed)}" if allowed else "takes no parameters"
        raise ValueError(f"the {mode!r} progression {takes}; got {', '.join(stray)}")
    if "reads" in params:
        reads = params["reads"]
        if not isinstance(reads, int) or isinstance(reads, bool) or reads < 1:
            raise ValueError(f"reads must be an integer of at least 1, got {reads!r}")
    for name in ("pending_seconds", "running_seconds"):
        if name in params:
            seconds = params[name]
            if (
                not isinstance(seconds, int | float)
                or isinstance(seconds, bool)
                or not math.isfinite(seconds)
                or seconds < 0
            ):
                raise ValueError(f"{name} must be a finite number of seconds, at least 0, got {seconds!r}")
    settings = ws.run_settings
    settings.progression = mode
    for name, value in params.items():
        setattr(settings, name, float(value) if name.endswith("_seconds") else value)


def script_outcomes(ws: Workspace, project_id: str, statuses: Iterable[str]) -> None:
    """Set how the project's next runs end, in order (replacing any earlier script; [] clears it).

    Each run created takes the next status; once the script is used up runs complete. Dry runs take
    none. Any ending status may be scripted, KILLED included (a run someone stopped in the UI).
    """
    if project_id not in ws.projects:
        raise ValueError(f"no project with id {project_id!r}")
    if isinstance(statuses, str):
        raise ValueError("statuses must be a list of run statuses, not a single string")
    script = list(statuses)
    wrong = [status for status in script if status not in TERMINAL]
    if wrong:
        expected = ", ".join(sorted(TERMINAL))
        raise ValueError(f"not ending statuses: {', '.join(map(repr, wrong))}; expected any of {expected}")
    if script:
        ws.run_settings.scripted_outcomes[project_id] = script
    else:
        ws.run_settings.scripted_outcomes.pop(project_id, None)


def set_kernel_capacity(ws: Workspace, capacity: int) -> None:
    """How many runs may hold a kernel at once before RunProject answers 503 (0 refuses every run)."""
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 0:
        raise ValueError(f"kernel capacity must be an integer of at least 0, got {capacity!r}")
    ws.run_settings.kernel_capacity = capacity


def publish(ws: Workspace, project_id: str, inputs: list[AppInput] | None = None) -> Project:
    """Publish a new version of the project's app: the version goes up by one and
    last_published_at becomes now. `inputs` replaces the app's inputs; None keeps them.
    """
    project = ws.projects.get(project_id)
    if project is None:
        raise ValueError(f"no project with id {project_id!r}")
    if inputs is not None:
        _check_inputs(inputs)
    project.published_version += 1
    project.last_published_at = ws.clock.now()
    if inputs is not None:
        project.app_inputs = list(inputs)
    return project


def _check_inputs(inputs: Sequence[AppInput]) -> None:
    if isinstance(inputs, str | bytes) or not isinstance(inputs, Sequence):
        raise ValueError("inputs must be a list of AppInput")
    seen: set[str] = set()
    for index, app_input in enumerate(inputs):
        at = f"inputs[{index}]"
        if not isinstance(app_input, AppInput):
            raise ValueError(f"{at}: expected an AppInput, got {type(app_input).__name__}")
        if not isinstance(app_input.name, str) or not app_input.name:
            raise ValueError(f"{at}: the name must be a non-empty string")
        if app_input.name in seen:
            raise ValueError(f"{at}: a second input named {app_input.name!r}")
        seen.add(app_input.name)
        if app_input.data_type not in DATA_TYPES:
            raise ValueError(
                f"{at}: unknown data_type {app_input.data_type!r}; expected one of {', '.join(DATA_TYPES)}"
            )
        if not isinstance(app_input.input_cell_type, str) or not app_input.input_cell_type:
            raise ValueError(f"{at}: input_cell_type must be a non-empty string such as 'text' or 'slider'")
        if app_input.default is not None and not value_fits(app_input.data_type, app_input.default):
            raise ValueError(f"{at}: the default {app_input.default!r} is not a {app_input.data_type}")
