"""HexMock: the mock in one object — its workspace, its ASGI app, and the controls tests need.

The `/__mock__/` control plane (hex_mock/control.py) is a thin HTTP skin over these methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from hex_mock import persistence, run_lifecycle, thread_lifecycle
from hex_mock.app import Runtime, Sleep, create_app
from hex_mock.clock import Clock, ManualClock
from hex_mock.fixtures import DEMO, check_document, load_fixtures, read_document, settings
from hex_mock.ids import IdFactory
from hex_mock.journal import JournalEntry
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS, WINDOWS, Budget, RateLimits, budget
from hex_mock.store import AppInput, Workspace

Fixtures = Mapping[str, Any] | Path | str | None


class HexMock:
    """A mock Hex workspace.

    `fixtures` is a fixtures document (a mapping, or a path to JSON/YAML), "demo" for the built-in
    demo workspace, or None for an empty workspace. The same `seed` and fixtures always give the same
    workspace. `clock` defaults to a ManualClock (tests move time with `advance`); a served mock
    passes a SystemClock.

    With `state_file`, the workspace is durable (hex_mock/persistence.py): restored from the file
    when it exists (the fixtures then only matter to `reset`), and its changes saved to it before
    the response to every write, and by every method here that changes the workspace. A file that
    cannot be used raises StateFileError. `close()` releases the file.

    `run_progression` (e.g. `{"mode": "reads", "reads": 3}`, as `set_run_progression` takes) and
    `kernel_capacity` are start-up settings: every workspace the mock makes (at start and at each
    `reset`) begins with them, and a workspace restored from the state file takes them too.
    Rate limits are the spec's per-group defaults, replaced for the groups named by the fixtures'
    `settings.rate_limits`, then by `rate_limits.overrides`. A refused token gets Hex's plain-text
    401 unless `json_401` (or the fixtures' `settings.json_401`) asks for the JSON envelope.
    """

    def __init__(
        self,
        *,
        fixtures: Fixtures = "demo",
        seed: int = 0,
        clock: Clock | None = None,
        validate_responses: bool = False,
        rate_limits: RateLimits = DEFAULT_RATE_LIMITS,
        json_401: bool | None = None,
        control_plane: bool = True,
        admin_token: str | None = None,
        sleep: Sleep | None = None,
        state_file: Path | str | None = None,
        run_progression: Mapping[str, Any] | None = None,
        kernel_capacity: int | None = None,
    ) -> None:
        from hex_mock.control import control_plane as build_control_plane

        self.clock = clock if clock is not None else ManualClock()
        self.seed = seed
        self._fixtures = self._document(fixtures)
        if self._fixtures is not None:
            check_document(self._fixtures)
        self._run_progression = dict(run_progression) if run_progression is not None else None
        self._kernel_capacity = kernel_capacity
        chosen = settings(self._fixtures or {})
        options: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self.app: Starlette = create_app(
            self._fresh_workspace(),
            validate_responses=validate_responses,
            rate_limits=rate_limits,
            json_401=json_401 if json_401 is not None else bool(chosen.json_401),
            control_plane=build_control_plane(self, admin_token) if control_plane else None,
            **options,
        )
        self.runtime: Runtime = self.app.state.runtime
        for group in rate_limits.overrides:
            self._set_budget(group, rate_limits.overrides[group])  # checks that the spec knows it
        for group, limits in chosen.rate_limits.items():
            if group not in rate_limits.overrides:  # an explicit override wins over the fixtures
                self._set_budget(group, limits)
        # What reset() returns to.
        self._initial_budgets = dict(self.runtime.limiter.budgets)
        self._initial_json_401 = self.runtime.json_401
        self._state: persistence.StateFile | None = None
        if state_file is not None:
            self._open_state(persistence.StateFile(state_file))

    def _open_state(self, state: persistence.StateFile) -> None:
        try:
            restored = state.restore(self.clock)
            if restored is None:
                state.write_all(self.workspace, self.runtime.trace_ids)
            else:
                self._apply_start_settings(restored.workspace)
                self.runtime.workspace = restored.workspace
                self.runtime.trace_ids = restored.trace_ids
                state.track(restored.workspace)
                # A manual clock resumes where the saved workspace was, so no run goes back in time.
                if isinstance(self.clock, ManualClock) and restored.saved_at is not None:
                    behind = (restored.saved_at - self.clock.now()).total_seconds()
                    if behind > 0:
                        self.clock.advance(behind)
        except BaseException:
            state.close()
            raise
        self._state = state
        self.runtime.commit = self._commit

    def _changes(self) -> persistence.Changes:
        assert self._state is not None
        return self._state.changes(self.workspace, self.runtime.trace_ids)

    async def _commit(self) -> None:
        if self._state is not None:
            await self._state.commit(self._changes)

    def save(self) -> None:
        """Write the workspace's changes to the state file now (no-op without one). Requests and the
        methods here save by themselves; call this after changing `workspace` directly."""
        if self._state is not None:
            self._state.save(self._changes())

    def close(self) -> None:
        """Release the state file (another HexMock or process may then open it)."""
        if self._state is not None:
            self._state.close()
            self._state = None
            self.runtime.commit = None

    @staticmethod
    def _document(fixtures: Fixtures) -> Mapping[str, Any] | None:
        if fixtures == "demo":
            return read_document(DEMO)
        if isinstance(fixtures, str | Path):
            return read_document(Path(fixtures))
        return fixtures

    def _fresh_workspace(self) -> Workspace:
        workspace = Workspace(clock=self.clock, ids=IdFactory(self.seed))
        if self._fixtures is not None:
            load_fixtures(workspace, self._fixtures, checked=True)
        self._apply_start_settings(workspace)
        return workspace

    def _apply_start_settings(self, workspace: Workspace) -> None:
        if self._run_progression is not None:
            params = {key: value for key, value in self._run_progression.items() if key != "mode"}
            run_lifecycle.set_progression(workspace, str(self._run_progression.get("mode")), **params)
        if self._kernel_capacity is not None:
            run_lifecycle.set_kernel_capacity(workspace, self._kernel_capacity)

    @property
    def workspace(self) -> Workspace:
        return self.runtime.workspace

    # --- state ------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the initial workspace (same seed, fixtures and start-up settings) and, on a manual
        clock, the initial time; journal, faults and rate-limit counts cleared, budgets and the 401
        mode as at start."""
        if isinstance(self.clock, ManualClock):
            self.clock.rewind()
        self.runtime.workspace = self._fresh_workspace()
        self.runtime.journal.clear()
        self.runtime.faults.clear()
        self.runtime.limiter.reset()
        self.runtime.limiter.budgets = dict(self._initial_budgets)
        self.runtime.json_401 = self._initial_json_401
        if self._state is not None:
            self._state.write_all(self.workspace, self.runtime.trace_ids)

    def load_fixtures(self, document: Mapping[str, Any] | Path | str) -> None:
        """Add a fixtures document's records to the current workspace and apply its settings."""
        data = self._document(document)
        if data is not None:
            check_document(data)  # groups and figures included: nothing is added if it refuses
            chosen = settings(data)
            load_fixtures(self.workspace, data, checked=True)
            for group, limits in chosen.rate_limits.items():
                self._set_budget(group, limits)
            if chosen.json_401 is not None:
                self.runtime.json_401 = chosen.json_401
            self.save()

    def dump(self) -> dict[str, Any]:
        """The whole workspace as JSON-ready data. Token secrets are never included."""
        return persistence.workspace_data(self.workspace)

    # --- time and runs ----------------------------------------------------------------------------
    def advance(self, seconds: float) -> datetime:
        """Move the manual clock forward; runs and rate-limit windows follow it."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("this mock runs on the real clock; only a ManualClock can be advanced")
        now = self.clock.advance(seconds)
        self.save()
        return now

    def set_run_progression(self, mode: str, **params: Any) -> None:
        """New runs progress: "immediate", "reads" (reads=N) or "clock" (pending_seconds, running_seconds)."""
        run_lifecycle.set_progression(self.workspace, mode, **params)
        self.save()

    def script_run_outcomes(self, project_id: str, statuses: Sequence[str]) -> None:
        """The terminal statuses of the project's next runs, in order."""
        run_lifecycle.script_outcomes(self.workspace, project_id, statuses)
        self.save()

    def script_thread_outcomes(self, outcomes: Sequence[Mapping[str, Any]]) -> None:
        """How the workspace's next agent thread turns end, in order: each `{"answer": text}` or
        `{"error": {"type": <Hex's thread error type>, "message": optional text}}`; [] clears it."""
        thread_lifecycle.script_outcomes(self.workspace, outcomes)
        self.save()

    def set_kernel_capacity(self, capacity: int) -> None:
        run_lifecycle.set_kernel_capacity(self.workspace, capacity)
        self.save()

    def publish_project(self, project_id: str, inputs: Sequence[Mapping[str, Any]] | None = None) -> int:
        """Publish a new app version, optionally declaring its inputs; returns the version number."""
        declared = None if inputs is None else [AppInput(**dict(spec)) for spec in inputs]
        version = run_lifecycle.publish(self.workspace, project_id, declared).published_version
        self.save()
        return version

    # --- rate limits and the 401 ---------------------------------------------------------------------
    def set_rate_limit(self, group: str, *, per_minute: int | None, per_hour: int | None) -> None:
        """Replace a rate-limit group's per-token budget (None: no limit over that window)."""
        self._set_budget(group, budget({"perMinute": per_minute, "perHour": per_hour}, where=group))

    def _set_budget(self, group: str, limits: Budget) -> None:
        self._known_group(group)
        self.runtime.limiter.set_budget(group, limits)

    def _known_group(self, group: str) -> None:
        if group not in self.runtime.spec.rate_limit_budgets:
            known = ", ".join(sorted(self.runtime.spec.rate_limit_budgets))
            raise ValueError(f"no rate-limit group {group!r} in the spec (known: {known})")

    def rate_limits(self) -> dict[str, dict[str, int | None]]:
        """Every group's budget now, as `{perMinute, perHour}` (None: no limit over that window)."""
        budgets = self.runtime.limiter.budgets
        result = {}
        for group in self.runtime.spec.rate_limit_budgets:
            by_window = {window: count for count, window in budgets.get(group, ())}
            result[group] = {key: by_window.get(window) for key, window in WINDOWS.items()}
        return result

    def set_json_401(self, enabled: bool) -> None:
        """Answer a refused token with the JSON envelope (True) or Hex's plain text (False)."""
        self.runtime.json_401 = enabled

    # --- faults and the journal -------------------------------------------------------------------
    def inject_fault(
        self,
        operation_id: str,
        *,
        status: int | None = None,
        delay: float = 0.0,
        count: int = 1,
        message: str | None = None,
    ) -> None:
        """The next `count` requests to the operation answer `status` and/or wait `delay` seconds."""
        if operation_id not in {operation.operation_id for operation in self.runtime.spec.operations}:
            raise ValueError(f"no operation {operation_id!r} in the spec")
        self.runtime.faults.inject(operation_id, status=status, delay=delay, count=count, message=message)

    def journal(self, operation_id: str | None = None) -> list[JournalEntry]:
        """Requests the mock has answered, oldest first, with secrets redacted."""
        return self.runtime.journal.entries(operation_id)
