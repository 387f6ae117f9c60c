"""HexMock: the mock in one object — its workspace, its ASGI app, and the controls tests need.

The `/__mock__/` control plane (hex_mock/control.py) is a thin HTTP skin over these methods.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from hex_mock import runs
from hex_mock.app import Runtime, Sleep, create_app
from hex_mock.clock import Clock, ManualClock, isoformat
from hex_mock.fixtures import DEMO, load_fixtures, read_document
from hex_mock.ids import IdFactory
from hex_mock.journal import JournalEntry
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS, RateLimits
from hex_mock.store import AppInput, Table, Workspace

Fixtures = Mapping[str, Any] | Path | str | None


class HexMock:
    """A mock Hex workspace.

    `fixtures` is a fixtures document (a mapping, or a path to JSON/YAML), "demo" for the built-in
    demo workspace, or None for an empty workspace. The same `seed` and fixtures always give the same
    workspace. `clock` defaults to a ManualClock (tests move time with `advance`); a served mock
    passes a SystemClock.
    """

    def __init__(
        self,
        *,
        fixtures: Fixtures = "demo",
        seed: int = 0,
        clock: Clock | None = None,
        validate_responses: bool = False,
        rate_limits: RateLimits = DEFAULT_RATE_LIMITS,
        control_plane: bool = True,
        admin_token: str | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        from hex_mock.control import control_plane as build_control_plane

        self.clock = clock if clock is not None else ManualClock()
        self.seed = seed
        self._fixtures = self._document(fixtures)
        options: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self.app: Starlette = create_app(
            self._fresh_workspace(),
            validate_responses=validate_responses,
            rate_limits=rate_limits,
            control_plane=build_control_plane(self, admin_token) if control_plane else None,
            **options,
        )
        self.runtime: Runtime = self.app.state.runtime

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
            load_fixtures(workspace, self._fixtures)
        return workspace

    @property
    def workspace(self) -> Workspace:
        return self.runtime.workspace

    # --- state ------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the initial workspace (same seed and fixtures) and, on a manual clock, the initial
        time; journal, faults and rate limits cleared."""
        if isinstance(self.clock, ManualClock):
            self.clock.rewind()
        self.runtime.workspace = self._fresh_workspace()
        self.runtime.journal.clear()
        self.runtime.faults.clear()
        self.runtime.limiter.reset()

    def load_fixtures(self, document: Mapping[str, Any] | Path | str) -> None:
        """Add a fixtures document's records to the current workspace."""
        data = self._document(document)
        if data is not None:
            load_fixtures(self.workspace, data)

    def dump(self) -> dict[str, Any]:
        """The whole workspace as JSON-ready data. Token secrets are never included."""
        return dump_workspace(self.workspace)

    # --- time and runs ----------------------------------------------------------------------------
    def advance(self, seconds: float) -> datetime:
        """Move the manual clock forward; runs and rate-limit windows follow it."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("this mock runs on the real clock; only a ManualClock can be advanced")
        return self.clock.advance(seconds)

    def set_run_progression(self, mode: str, **params: Any) -> None:
        """New runs progress: "immediate", "reads" (reads=N) or "clock" (pending_seconds, running_seconds)."""
        runs.set_progression(self.workspace, mode, **params)

    def script_run_outcomes(self, project_id: str, statuses: Sequence[str]) -> None:
        """The terminal statuses of the project's next runs, in order."""
        runs.script_outcomes(self.workspace, project_id, statuses)

    def set_kernel_capacity(self, capacity: int) -> None:
        runs.set_kernel_capacity(self.workspace, capacity)

    def publish_project(self, project_id: str, inputs: Sequence[Mapping[str, Any]] | None = None) -> int:
        """Publish a new app version, optionally declaring its inputs; returns the version number."""
        declared = None if inputs is None else [AppInput(**dict(spec)) for spec in inputs]
        return runs.publish(self.workspace, project_id, declared).published_version

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


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return isoformat(value)
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def _record(record: Any) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(dataclasses.asdict(record))
    return data


def dump_workspace(workspace: Workspace) -> dict[str, Any]:
    data: dict[str, Any] = {"org_id": workspace.org_id, "now": isoformat(workspace.clock.now())}
    for field in dataclasses.fields(workspace):
        value = getattr(workspace, field.name)
        if isinstance(value, Table):
            data[field.name] = [_record(record) for record in value]
    data["tokens"] = [
        {key: value for key, value in _record(token).items() if key != "secret"}
        for token in workspace.tokens.values()
    ]
    data["statuses"] = dict(workspace.statuses)
    data["categories"] = dict(workspace.categories)
    data["run_settings"] = _record(workspace.run_settings)
    return data
