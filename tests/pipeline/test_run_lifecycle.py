"""The run lifecycle (hex_mock/run_lifecycle.py) without HTTP: progression policies on a manual clock,
scripted outcomes, cancelling, kernel counting, per-project listing and the control-plane levers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from hex_mock import run_lifecycle as lifecycle
from hex_mock.clock import ManualClock
from hex_mock.fixtures import DEMO, load_fixtures, read_document
from hex_mock.ids import IdFactory
from hex_mock.store import AppInput, Project, Run, RunSettings, Workspace
from tests.resources.demo_ids import CAMPAIGN, CHURN, UNKNOWN, WEEKLY

START = datetime(2025, 1, 6, 9, 0, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def ws(clock: ManualClock) -> Workspace:
    workspace = Workspace(clock=clock, ids=IdFactory(seed=0))
    load_fixtures(workspace, read_document(DEMO))
    return workspace


def project(ws: Workspace, project_id: str = WEEKLY) -> Project:
    found = ws.projects.get(project_id)
    assert found is not None
    return found


def start(ws: Workspace, project_id: str = WEEKLY, **kwargs: Any) -> Run:
    return lifecycle.create_run(ws, project(ws, project_id), trace_id="trace", **kwargs)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def read(ws: Workspace, run: Run) -> str:
    """What one GetRunStatus read reports, counted the way the handler counts it."""
    status = lifecycle.refresh(ws, run).status
    lifecycle.record_read(ws, run)
    return status


# --- clock progression ---------------------------------------------------------------------------


def test_clock_runs_start_and_end_at_the_configured_moments(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=2, running_seconds=3)
    run = start(ws)
    assert (run.status, run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (
        "PENDING",
        None,
        None,
        None,
    )
    clock.advance(1.999)
    assert lifecycle.refresh(ws, run).status == "PENDING"
    clock.advance(0.001)
    assert lifecycle.refresh(ws, run).status == "RUNNING"
    assert run.start_time == at(2)
    assert lifecycle.elapsed_ms(run) is None
    clock.advance(2.999)
    assert lifecycle.refresh(ws, run).status == "RUNNING"
    clock.advance(0.001)
    assert lifecycle.refresh(ws, run).status == "COMPLETED"
    assert (run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (at(2), at(5), 3000.0)


def test_clock_transitions_are_stamped_when_due_not_when_noticed(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=1, running_seconds=5)
    run = start(ws)
    clock.advance(3600)  # nobody looked for an hour
    assert lifecycle.refresh(ws, run).status == "COMPLETED"
    assert (run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (at(1), at(6), 5000.0)
    assert lifecycle.state_events(run) == [("PENDING", at(0)), ("RUNNING", at(1)), ("COMPLETED", at(6))]


def test_a_clock_run_without_pending_time_is_running_when_created(ws: Workspace) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=0, running_seconds=10)
    run = start(ws)
    assert (run.status, run.start_time) == ("RUNNING", at(0))


# --- reads progression ---------------------------------------------------------------------------


def test_reads_progression_shows_each_state_to_exactly_n_reads(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "reads", reads=2)
    run = start(ws)
    seen = []
    for _ in range(6):
        clock.advance(10)
        seen.append(read(ws, run))
    assert seen == ["PENDING", "PENDING", "RUNNING", "RUNNING", "COMPLETED", "COMPLETED"]
    # The 2nd read (t=20s) started it and the 4th (t=40s) ended it.
    assert (run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (at(20), at(40), 20000.0)


def test_reads_progression_ignores_the_clock(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "reads", reads=1)
    run = start(ws)
    clock.advance(86400)
    assert lifecycle.refresh(ws, run).status == "PENDING"
    assert [read(ws, run) for _ in range(3)] == ["PENDING", "RUNNING", "COMPLETED"]


# --- immediate progression -----------------------------------------------------------------------


def test_immediate_runs_are_created_finished_in_zero_time(ws: Workspace) -> None:
    lifecycle.set_progression(ws, "immediate")
    run = start(ws)
    assert (run.status, run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (
        "COMPLETED",
        at(0),
        at(0),
        0.0,
    )
    assert [status for status, _ in lifecycle.state_events(run)] == ["PENDING", "RUNNING", "COMPLETED"]
    assert lifecycle.kernels_in_use(ws) == 0


def test_a_run_keeps_the_progression_it_was_created_under(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=1, running_seconds=5)
    clock_run = start(ws)
    lifecycle.set_progression(ws, "reads", reads=1)
    reads_run = start(ws)
    lifecycle.set_progression(ws, "immediate")
    clock.advance(2)
    assert lifecycle.refresh(ws, clock_run).status == "RUNNING"
    assert lifecycle.refresh(ws, reads_run).status == "PENDING"
    assert start(ws).status == "COMPLETED"


# --- scripted outcomes ---------------------------------------------------------------------------


def test_scripted_outcomes_are_consumed_in_order_then_runs_complete(ws: Workspace) -> None:
    lifecycle.set_progression(ws, "immediate")
    lifecycle.script_outcomes(ws, WEEKLY, ["ERRORED", "UNABLE_TO_ALLOCATE_KERNEL"])
    assert start(ws, CAMPAIGN).status == "COMPLETED"  # another project's script is not touched
    assert [start(ws).status for _ in range(3)] == ["ERRORED", "UNABLE_TO_ALLOCATE_KERNEL", "COMPLETED"]
    assert ws.run_settings.scripted_outcomes == {}


def test_a_scripted_outcome_is_reached_through_the_normal_lifecycle(
    ws: Workspace, clock: ManualClock
) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=1, running_seconds=2)
    lifecycle.script_outcomes(ws, WEEKLY, ["ERRORED"])
    run = start(ws)
    clock.advance(1)
    assert lifecycle.refresh(ws, run).status == "RUNNING"
    clock.advance(2)
    assert lifecycle.refresh(ws, run).status == "ERRORED"
    assert lifecycle.elapsed_ms(run) == 2000.0


def test_scripting_replaces_the_script_and_an_empty_list_clears_it(ws: Workspace) -> None:
    lifecycle.set_progression(ws, "immediate")
    lifecycle.script_outcomes(ws, WEEKLY, ["ERRORED", "ERRORED"])
    lifecycle.script_outcomes(ws, WEEKLY, ["KILLED"])
    assert start(ws).status == "KILLED"
    lifecycle.script_outcomes(ws, WEEKLY, ["ERRORED"])
    lifecycle.script_outcomes(ws, WEEKLY, [])
    assert WEEKLY not in ws.run_settings.scripted_outcomes
    assert start(ws).status == "COMPLETED"


@pytest.mark.parametrize(
    ("project_id", "statuses", "message"),
    [
        (UNKNOWN, ["ERRORED"], "no project"),
        (WEEKLY, ["RUNNING"], "not ending statuses: 'RUNNING'"),
        (WEEKLY, ["COMPLETED", "FAILED"], "'FAILED'"),
        (WEEKLY, "ERRORED", "not a single string"),
    ],
)
def test_script_outcomes_refuses_bad_arguments(
    ws: Workspace, project_id: str, statuses: Any, message: str
) -> None:
    lifecycle.script_outcomes(ws, WEEKLY, ["ERRORED"])
    with pytest.raises(ValueError, match=message):
        lifecycle.script_outcomes(ws, project_id, statuses)
    assert ws.run_settings.scripted_outcomes == {WEEKLY: ["ERRORED"]}


# --- cancelling ----------------------------------------------------------------------------------


def test_cancelling_a_pending_run_kills_it_before_it_started(ws: Workspace, clock: ManualClock) -> None:
    run = start(ws)
    clock.advance(0.5)
    lifecycle.cancel(ws, run)
    assert (run.status, run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (
        "KILLED",
        None,
        at(0.5),
        None,
    )
    assert lifecycle.state_events(run) == [("PENDING", at(0)), ("KILLED", at(0.5))]
    clock.advance(60)  # the clock schedule no longer applies
    assert lifecycle.refresh(ws, run).status == "KILLED"


def test_cancelling_a_running_run_kills_it_now(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=1, running_seconds=5)
    run = start(ws)
    clock.advance(3)
    lifecycle.cancel(ws, run)
    assert (run.status, run.start_time, run.end_time, lifecycle.elapsed_ms(run)) == (
        "KILLED",
        at(1),
        at(3),
        2000.0,
    )


@pytest.mark.parametrize("outcome", ["COMPLETED", "ERRORED", "UNABLE_TO_ALLOCATE_KERNEL"])
def test_a_run_that_ended_cannot_be_cancelled(ws: Workspace, clock: ManualClock, outcome: str) -> None:
    lifecycle.script_outcomes(ws, WEEKLY, [outcome])
    run = start(ws)
    clock.advance(6)  # due to have ended by the clock, though nobody has looked yet
    with pytest.raises(lifecycle.RunEndedError) as raised:
        lifecycle.cancel(ws, run)
    assert raised.value.run is run
    assert (run.status, run.end_time) == (outcome, at(6))


def test_a_killed_run_cannot_be_cancelled_again(ws: Workspace) -> None:
    run = start(ws)
    lifecycle.cancel(ws, run)
    with pytest.raises(lifecycle.RunEndedError):
        lifecycle.cancel(ws, run)


# --- kernels and listing -------------------------------------------------------------------------


def test_pending_and_running_runs_hold_kernels_until_they_end(ws: Workspace, clock: ManualClock) -> None:
    lifecycle.set_progression(ws, "clock", pending_seconds=1, running_seconds=5)
    first = start(ws)
    clock.advance(2)
    start(ws, CAMPAIGN)  # kernels are counted across the workspace
    assert lifecycle.kernels_in_use(ws) == 2
    assert first.status == "RUNNING"  # counting brought it up to date
    clock.advance(4)  # the first run ends at t=6
    assert lifecycle.kernels_in_use(ws) == 1
    clock.advance(2)
    assert lifecycle.kernels_in_use(ws) == 0


def test_cancelled_runs_release_their_kernel(ws: Workspace) -> None:
    run = start(ws)
    start(ws)
    lifecycle.cancel(ws, run)
    assert lifecycle.kernels_in_use(ws) == 1


def test_project_runs_are_listed_most_recent_first(ws: Workspace, clock: ManualClock) -> None:
    created = []
    for _ in range(3):
        created.append(start(ws))
        start(ws, CAMPAIGN)
        clock.advance(1)
    # Runs created at the same moment are ordered by id, descending.
    same_moment = sorted((start(ws), start(ws)), key=lambda run: run.id, reverse=True)
    listed = lifecycle.project_runs(ws, WEEKLY)
    assert [run.id for run in listed] == [run.id for run in [*same_moment, *reversed(created)]]
    assert [run.id for run in lifecycle.project_runs(ws, CHURN)] == []


def test_listing_sees_runs_created_after_the_last_listing(ws: Workspace) -> None:
    first = start(ws)
    assert lifecycle.project_runs(ws, WEEKLY) == [first]
    second = start(ws)
    assert {run.id for run in lifecycle.project_runs(ws, WEEKLY)} == {first.id, second.id}


def test_find_run_only_finds_a_run_under_its_own_project(ws: Workspace) -> None:
    run = start(ws)
    assert lifecycle.find_run(ws, WEEKLY, run.id) is run
    assert lifecycle.find_run(ws, CAMPAIGN, run.id) is None
    assert lifecycle.find_run(ws, WEEKLY, UNKNOWN) is None


def test_a_run_records_what_it_was_started_with(ws: Workspace) -> None:
    project(ws).published_version = 9
    run = start(
        ws,
        trigger="SCHEDULED",
        input_params={"region": "APAC"},
        flag_config_override="flags",
        token_digest="abc",
    )
    assert (run.project_version, run.trigger, run.input_params) == (9, "SCHEDULED", {"region": "APAC"})
    assert (run.flag_config_override, run.token_secret_hash, run.trace_id) == ("flags", "abc", "trace")
    with pytest.raises(ValueError, match="unknown run trigger"):
        start(ws, trigger="MANUAL")


def test_elapsed_time_matches_the_rendered_millisecond_timestamps(ws: Workspace) -> None:
    run = start(ws)
    run.start_time = datetime(2025, 1, 6, 9, 0, 0, 999_900, tzinfo=UTC)  # renders .999
    run.end_time = datetime(2025, 1, 6, 9, 0, 1, 500, tzinfo=UTC)  # renders 01.000
    assert lifecycle.elapsed_ms(run) == 1.0


# --- value checks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data_type", "value", "fits"),
    [
        ("string", "EMEA", True),
        ("string", 3, False),
        ("string", None, False),
        ("number", 3, True),
        ("number", 2.5, True),
        ("number", "3", False),
        ("number", True, False),
        ("boolean", False, True),
        ("boolean", 0, False),
        ("date", "2025-01-01", False),
    ],
)
def test_value_fits_compares_json_types(data_type: str, value: Any, fits: bool) -> None:
    assert lifecycle.value_fits(data_type, value) is fits


# --- the control plane's levers ------------------------------------------------------------------


def test_set_progression_changes_only_the_named_settings(ws: Workspace) -> None:
    lifecycle.set_progression(ws, "clock", running_seconds=30)
    assert ws.run_settings == RunSettings(progression="clock", running_seconds=30.0)
    lifecycle.set_progression(ws, "reads", reads=4)
    assert (ws.run_settings.progression, ws.run_settings.reads, ws.run_settings.running_seconds) == (
        "reads",
        4,
        30.0,
    )


@pytest.mark.parametrize(
    ("mode", "params", "message"),
    [
        ("eventually", {}, "unknown progression 'eventually'"),
        ("immediate", {"reads": 2}, "takes no parameters"),
        ("reads", {"pending_seconds": 1}, "takes only reads"),
        ("clock", {"reads": 1}, "takes only pending_seconds, running_seconds"),
        ("reads", {"reads": 0}, "reads must be an integer of at least 1"),
        ("reads", {"reads": 1.5}, "reads must be"),
        ("reads", {"reads": True}, "reads must be"),
        ("clock", {"pending_seconds": -1}, "pending_seconds must be"),
        ("clock", {"running_seconds": float("inf")}, "running_seconds must be"),
        ("clock", {"running_seconds": "5"}, "running_seconds must be"),
        ("clock", {"pending_seconds": 1, "running_seconds": float("nan")}, "running_seconds must be"),
    ],
)
def test_set_progression_refuses_bad_arguments_and_changes_nothing(
    ws: Workspace, mode: str, params: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        lifecycle.set_progression(ws, mode, **params)
    assert ws.run_settings == RunSettings()


def test_set_kernel_capacity(ws: Workspace) -> None:
    lifecycle.set_kernel_capacity(ws, 3)
    assert ws.run_settings.kernel_capacity == 3
    for wrong in (-1, 2.0, True, "3"):
        with pytest.raises(ValueError, match="kernel capacity"):
            lifecycle.set_kernel_capacity(ws, wrong)  # type: ignore[arg-type]
    assert ws.run_settings.kernel_capacity == 3


def test_publish_bumps_the_version_and_can_replace_the_inputs(ws: Workspace, clock: ManualClock) -> None:
    clock.advance(30)
    churn = lifecycle.publish(ws, CHURN)
    assert (churn.published_version, churn.last_published_at, churn.app_inputs) == (1, at(30), [])
    inputs = [AppInput(name="segment", data_type="string", input_cell_type="dropdown", default="SMB")]
    lifecycle.publish(ws, CHURN, inputs)
    assert (churn.published_version, churn.app_inputs) == (2, inputs)
    lifecycle.publish(ws, CHURN, None)
    assert (churn.published_version, churn.app_inputs) == (3, inputs)
    lifecycle.publish(ws, CHURN, [])
    assert churn.app_inputs == []


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ([AppInput(name="a", data_type="date", input_cell_type="date")], "unknown data_type 'date'"),
        ([AppInput(name="", data_type="string", input_cell_type="text")], "non-empty string"),
        (
            [AppInput("a", "string", "text"), AppInput("a", "number", "slider")],
            r"inputs\[1\]: a second input named 'a'",
        ),
        ([AppInput(name="a", data_type="number", input_cell_type="")], "input_cell_type"),
        ([AppInput(name="a", data_type="number", input_cell_type="slider", default="1")], "not a number"),
        ([{"name": "a", "data_type": "string", "input_cell_type": "text"}], "expected an AppInput"),
        ("abc", "must be a list"),
    ],
)
def test_publish_refuses_bad_inputs_and_changes_nothing(ws: Workspace, inputs: Any, message: str) -> None:
    weekly = project(ws)
    before = (weekly.published_version, weekly.last_published_at, list(weekly.app_inputs))
    with pytest.raises(ValueError, match=message):
        lifecycle.publish(ws, WEEKLY, inputs)
    assert (weekly.published_version, weekly.last_published_at, weekly.app_inputs) == before


def test_publish_refuses_an_unknown_project(ws: Workspace) -> None:
    with pytest.raises(ValueError, match="no project with id"):
        lifecycle.publish(ws, UNKNOWN)
