"""HexMock: the mock in one object — its workspaces, its ASGI app, and the controls tests need.

A HexMock is its default workspace (a WorkspaceMock); `create_workspace` adds more, each with its
own clock, journal, faults, rate limits, run settings and tokens, and a request goes to the workspace
holding its token. The `/__mock__/` control plane (hex_mock/control.py) is a thin HTTP skin over
these methods, the same for every workspace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from hex_mock import cell_outputs, persistence, run_lifecycle, suggestion_review, thread_lifecycle
from hex_mock.app import Runtime, Sleep, create_app
from hex_mock.clock import Clock, ManualClock
from hex_mock.control import WorkspaceConflictError
from hex_mock.control import control_plane as build_control_plane
from hex_mock.faults import Faults
from hex_mock.fixtures import DEMO, Settings, check_document, load_fixtures, read_document, settings
from hex_mock.ids import IdFactory
from hex_mock.journal import Journal, JournalEntry
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS, RateLimiter, RateLimits
from hex_mock.rate_limit_groups import WINDOWS, Budget, budget
from hex_mock.store import AppInput, Workspace, secret_digest

Fixtures = Mapping[str, Any] | Path | str | None


DEFAULT_WORKSPACE = persistence.DEFAULT_KEY


@dataclass(frozen=True)
class StartSettings:
    """What a workspace is made from, at start and at each reset."""

    seed: int
    fixtures: Mapping[str, Any] | None  # checked
    run_progression: Mapping[str, Any] | None
    kernel_capacity: int | None

    def fresh_workspace(self, clock: Clock) -> Workspace:
        workspace = Workspace(clock=clock, ids=IdFactory(self.seed))
        if self.fixtures is not None:
            load_fixtures(workspace, self.fixtures, checked=True)
        self.apply(workspace)
        return workspace

    def apply(self, workspace: Workspace) -> None:
        if self.run_progression is not None:
            params = {key: value for key, value in self.run_progression.items() if key != "mode"}
            run_lifecycle.set_progression(workspace, str(self.run_progression.get("mode")), **params)
        if self.kernel_capacity is not None:
            run_lifecycle.set_kernel_capacity(workspace, self.kernel_capacity)


def _digests(workspace: Workspace) -> list[str]:
    return [token.digest for token in workspace.tokens]


def _token_secrets(document: Mapping[str, Any] | None) -> list[str]:
    return [str(entry["secret"]) for entry in (document or {}).get("tokens", [])]


class WorkspaceMock:
    """One workspace of a mock and its controls: time, runs, rate limits, faults and the journal.

    `HexMock` is its default workspace; `HexMock.create_workspace` makes the others. Every method
    acts on this workspace alone.
    """

    def __init__(
        self, workspace_id: str, runtime: Runtime, clock: Clock, start: StartSettings, owner: HexMock
    ) -> None:
        self.id = workspace_id
        self.runtime = runtime
        self.clock = clock
        self.seed = start.seed
        self._start = start
        self._owner = owner
        # A created workspace's fresh token secrets -> the secrets its fixtures document gave.
        self.replaced_secrets: Mapping[str, str] = {}
        # What reset() returns to; set once the start-up budgets and 401 mode are applied.
        self._initial_budgets: dict[str, Budget] = {}
        self._initial_json_401 = runtime.json_401

    def _remember_initial_settings(self) -> None:
        self._initial_budgets = dict(self.runtime.limiter.budgets)
        self._initial_json_401 = self.runtime.json_401

    @property
    def workspace(self) -> Workspace:
        return self.runtime.workspace

    @property
    def fixtures(self) -> Mapping[str, Any] | None:
        """The fixtures document this workspace is made from (with its token secrets)."""
        return self._start.fixtures

    def save(self) -> None:
        """Write the workspace's changes to the state file now (no-op without one). Requests and the
        methods here save by themselves; call this after changing `workspace` directly."""
        self._owner._save(self)

    # --- state ------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the initial workspace (same seed, fixtures and start-up settings) and, on a manual
        clock, the initial time; journal, faults and rate-limit counts cleared, budgets and the 401
        mode as at start."""
        if isinstance(self.clock, ManualClock):
            self.clock.rewind()
        fresh = self._start.fresh_workspace(self.clock)
        self._owner._move_tokens(self, _digests(self.workspace), _digests(fresh))
        self.runtime.workspace = fresh
        self.runtime.journal.clear()
        self.runtime.faults.clear()
        self.runtime.limiter.reset()
        self.runtime.limiter.budgets = dict(self._initial_budgets)
        self.runtime.json_401 = self._initial_json_401
        self._written_anew()

    def _written_anew(self) -> None:
        """The whole workspace was replaced: the state file (if any) takes all of it."""
        self._owner._write_all(self)

    def load_fixtures(self, document: Mapping[str, Any] | Path | str) -> None:
        """Add a fixtures document's records to the current workspace and apply its settings."""
        data = HexMock._document(document)
        if data is not None:
            check_document(data)  # groups and figures included: nothing is added if it refuses
            chosen = settings(data)
            digests = [secret_digest(secret) for secret in _token_secrets(data)]
            self._owner._check_tokens_free(self, digests)
            load_fixtures(self.workspace, data, checked=True)
            self._owner._move_tokens(self, (), digests)
            self._apply_settings(chosen)
            self.save()

    def _apply_settings(
        self, chosen: Settings, *, keep: Iterable[str] = (), keep_json_401: bool = False
    ) -> None:
        """Apply a fixtures document's settings; explicit start-up arguments (the groups in `keep`,
        the 401 mode with `keep_json_401`) win over the fixtures."""
        for group, limits in chosen.rate_limits.items():
            if group not in keep:
                self._set_budget(group, limits)
        if chosen.json_401 is not None and not keep_json_401:
            self.runtime.json_401 = chosen.json_401

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

    def script_suggestion_review(self, suggestion_id: str, changes: Sequence[Mapping[str, Any]]) -> None:
        """The proposed changes the suggestion's next review (TriggerSuggestionReview) ends with, in
        place of its changes; each `{id?, status?, file: {type, path, diff}}` or `{id?, status?,
        warehouse: {type, connection, database?, schema?, table?, column?, description?, status?}}`."""
        suggestion = self.workspace.suggestions.get(suggestion_id)
        if suggestion is None:
            raise ValueError(f"no suggestion with id {suggestion_id!r}")
        suggestion_review.script_review(self.workspace, suggestion, changes)
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

    def set_embedding(self, project_id: str, enabled: bool) -> None:
        """Turn the project's signed embedding (CreatePresignedUrl) on or off."""
        project = self.workspace.projects.get(project_id)
        if project is None:
            raise ValueError(f"no project with id {project_id!r}")
        project.embedding_enabled = enabled
        self.save()

    def set_cell_output(
        self,
        cell_id: str,
        *,
        columns: Sequence[Mapping[str, Any]] | None = None,
        rows: Sequence[Mapping[str, Any]] | None = None,
        error: str | None = None,
        traceback: str | None = None,
    ) -> str:
        """A new draft run of the cell: a SQL result (`columns`, `rows`) or an `error`; returns its run id."""
        cell = cell_outputs.set_output(
            self.workspace, cell_id, columns=columns, rows=rows, error=error, traceback=traceback
        )
        self.save()
        return cell_outputs.run_id(cell)

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


class HexMock(WorkspaceMock):
    """A mock Hex server: its default workspace (this object's methods act on it) and any others.

    `fixtures` is a fixtures document (a mapping, or a path to JSON/YAML), "demo" for the built-in
    demo workspace, or None for an empty workspace. The same `seed` and fixtures always give the same
    workspace. `clock` defaults to a ManualClock (tests move time with `advance`); a served mock
    passes a SystemClock.

    With `state_file`, the default workspace is durable (hex_mock/persistence.py): restored from the
    file when it exists (the fixtures then only matter to `reset`), and its changes saved to it
    before the response to every write, and by every method here that changes the workspace. A file
    that cannot be used raises StateFileError. `close()` releases the file.

    `run_progression` (e.g. `{"mode": "reads", "reads": 3}`, as `set_run_progression` takes) and
    `kernel_capacity` are start-up settings: every workspace the mock makes (at start, at each
    `reset`, and by `create_workspace`) begins with them, and a workspace restored from the state
    file takes them too. Rate limits are the spec's per-group defaults, replaced for the groups named
    by the fixtures' `settings.rate_limits`, then by `rate_limits.overrides`. A refused token gets
    Hex's plain-text 401 unless `json_401` (or the fixtures' `settings.json_401`) asks for the JSON
    envelope.

    `create_workspace` adds an isolated workspace with fresh token secrets; a request belongs to the
    workspace holding its token (a token no workspace holds is refused in the default one's name).
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
        chosen_clock = clock if clock is not None else ManualClock()
        document = self._document(fixtures)
        if document is not None:
            check_document(document)
        start = StartSettings(
            seed=seed,
            fixtures=document,
            run_progression=dict(run_progression) if run_progression is not None else None,
            kernel_capacity=kernel_capacity,
        )
        chosen = settings(document or {})
        options: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self.app: Starlette = create_app(
            start.fresh_workspace(chosen_clock),
            validate_responses=validate_responses,
            rate_limits=rate_limits,
            json_401=json_401 if json_401 is not None else bool(chosen.json_401),
            control_plane=build_control_plane(self, admin_token) if control_plane else None,
            **options,
        )
        super().__init__(DEFAULT_WORKSPACE, self.app.state.runtime, chosen_clock, start, self)
        self._workspaces: dict[str, WorkspaceMock] = {DEFAULT_WORKSPACE: self}
        # Digest -> runtime for every workspace but this one: the request pipeline's table.
        self._token_routes: dict[str, Runtime] = self.app.state.token_routes
        # Workspace ids and the fresh token secrets of created workspaces.
        self._workspace_ids = IdFactory(seed + 1)
        for group in rate_limits.overrides:
            self._set_budget(group, rate_limits.overrides[group])  # checks that the spec knows it
        self._explicit_groups = frozenset(rate_limits.overrides)
        self._flag_budgets = dict(self.runtime.limiter.budgets)  # before any fixtures' settings
        self._apply_settings(chosen, keep=self._explicit_groups, keep_json_401=json_401 is not None)
        self._remember_initial_settings()
        self._state: persistence.StateFile | None = None
        if state_file is not None:
            self._open_state(persistence.StateFile(state_file))

    # --- the state file (every workspace's) -----------------------------------------------------------
    def _open_state(self, state: persistence.StateFile) -> None:
        try:
            restored = state.restore(self.clock)
            if restored is None:
                state.write_all(self.workspace, self.runtime.trace_ids)
            else:
                self._restore_into(self, restored, state)
                for key in state.saved_workspaces():
                    clock = self._new_clock()
                    saved = state.restore_workspace(key, clock)
                    start = dataclasses.replace(self._start, fixtures=saved.extra.get("fixtures"))
                    made = self._made(
                        key, clock, start, saved.workspace, saved.extra.get("replaced_secrets", {})
                    )
                    self._restore_into(made, saved, state)
        except BaseException:
            state.close()
            raise
        self._state = state
        for member in self._workspaces.values():
            member.runtime.commit = self._commit_of(member)

    def _restore_into(
        self, member: WorkspaceMock, restored: persistence.Restored, state: persistence.StateFile
    ) -> None:
        self._start.apply(restored.workspace)
        self._move_tokens(member, _digests(member.workspace), _digests(restored.workspace))
        member.runtime.workspace = restored.workspace
        member.runtime.trace_ids = restored.trace_ids
        state.track(restored.workspace)
        # A manual clock resumes where the saved workspace was, so no run goes back in time.
        if isinstance(member.clock, ManualClock) and restored.saved_at is not None:
            behind = (restored.saved_at - member.clock.now()).total_seconds()
            if behind > 0:
                member.clock.advance(behind)

    def _changes_of(self, member: WorkspaceMock) -> persistence.Changes:
        assert self._state is not None
        return self._state.changes(member.workspace, member.runtime.trace_ids, member.id)

    def _commit_of(self, member: WorkspaceMock) -> Callable[[], Awaitable[None]]:
        state = self._state
        assert state is not None

        async def commit() -> None:
            await state.commit(lambda: self._changes_of(member), member.id)

        return commit

    def _save(self, member: WorkspaceMock) -> None:
        if self._state is not None:
            self._state.save(self._changes_of(member))

    def _write_all(self, member: WorkspaceMock) -> None:
        if self._state is not None:
            made = {"fixtures": member.fixtures, "replaced_secrets": member.replaced_secrets}
            extra = None if member is self else made
            self._state.write_all(member.workspace, member.runtime.trace_ids, member.id, extra)

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

    # --- workspaces ---------------------------------------------------------------------------------
    def workspaces(self) -> list[WorkspaceMock]:
        """Every workspace, the default one first, then in the order they were made."""
        return list(self._workspaces.values())

    def workspace_mock(self, workspace_id: str) -> WorkspaceMock:
        """The workspace with this id; KeyError if there is none."""
        return self._workspaces[workspace_id]

    def create_workspace(self, fixtures: Mapping[str, Any] | None = None) -> WorkspaceMock:
        """A new isolated workspace made from `fixtures` (default: this mock's own fixtures), with
        the start-up settings and its own clock (a manual clock starts at this mock's start time).
        Every token gets a fresh secret (the document's own would clash with other workspaces'):
        `fixtures` on the result holds the document as made, with the secrets in the same order."""
        if fixtures is not None:
            check_document(fixtures)
        workspace_id = self._workspace_ids.uuid()
        while workspace_id in self._workspaces:  # ids drawn again after a restart
            workspace_id = self._workspace_ids.uuid()
        made, replaced = self._with_fresh_secrets(self._start.fixtures if fixtures is None else fixtures)
        start = dataclasses.replace(self._start, fixtures=made)
        clock = self._new_clock()
        created = self._made(workspace_id, clock, start, start.fresh_workspace(clock), replaced)
        if self._state is not None:
            self._write_all(created)
            created.runtime.commit = self._commit_of(created)
        return created

    def _new_clock(self) -> Clock:
        return ManualClock(self.clock.start) if isinstance(self.clock, ManualClock) else self.clock

    def _made(
        self,
        workspace_id: str,
        clock: Clock,
        start: StartSettings,
        workspace: Workspace,
        replaced: Mapping[str, str],
    ) -> WorkspaceMock:
        """A workspace besides the default one, with its own runtime, registered with its tokens."""
        chosen = settings(start.fixtures or {})
        runtime = dataclasses.replace(
            self.runtime,
            workspace=workspace,
            journal=Journal(self.runtime.journal.capacity),
            faults=Faults(),
            limiter=RateLimiter(self._flag_budgets),
            json_401=self._initial_json_401 if chosen.json_401 is None else chosen.json_401,
            trace_ids=IdFactory(seed=7),
            commit=None,
        )
        made = WorkspaceMock(workspace_id, runtime, clock, start, self)
        made.replaced_secrets = dict(replaced)
        made._apply_settings(chosen, keep=self._explicit_groups)
        made._remember_initial_settings()
        self._move_tokens(made, (), _digests(workspace))
        self._workspaces[workspace_id] = made
        return made

    def delete_workspace(self, workspace_id: str) -> None:
        """Remove a workspace; its tokens stop working at once. KeyError if there is none."""
        if workspace_id == DEFAULT_WORKSPACE:
            raise WorkspaceConflictError("the default workspace cannot be deleted")
        removed = self._workspaces.pop(workspace_id)
        self._move_tokens(removed, _digests(removed.workspace), ())
        if self._state is not None:
            self._state.drop(workspace_id)

    def _with_fresh_secrets(
        self, document: Mapping[str, Any] | None
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """The document with a fresh secret for each token (of the same kind), and fresh -> given."""
        made = dict(document or {})
        tokens, replaced = [], {}
        for entry in made.get("tokens", []):
            given = str(entry["secret"])
            secret = self._workspace_ids.token(given[:5])
            while self._holder(secret_digest(secret)) is not None:  # pragma: no cover - a seeded repeat
                secret = self._workspace_ids.token(given[:5])
            tokens.append({**entry, "secret": secret})
            replaced[secret] = given
        if tokens:
            made["tokens"] = tokens
        return made, replaced

    def _holder(self, digest: str) -> WorkspaceMock | None:
        runtime = self._token_routes.get(digest)
        if runtime is not None:
            return next(member for member in self._workspaces.values() if member.runtime is runtime)
        return self if self.workspace.tokens.get(digest) is not None else None

    def _check_tokens_free(self, member: WorkspaceMock, digests: Iterable[str]) -> None:
        """WorkspaceConflictError if another workspace holds a token with one of these digests."""
        for digest in digests:
            holder = self._holder(digest)
            if holder is not None and holder is not member:
                raise WorkspaceConflictError(f"another workspace ({holder.id}) has a token with this secret")

    def _move_tokens(self, member: WorkspaceMock, old: Iterable[str], new: Iterable[str]) -> None:
        """Route requests with the `new` digests to `member`'s workspace, and no longer the `old`."""
        if member is self:
            return  # the default workspace's tokens are what no route names
        for digest in old:
            self._token_routes.pop(digest, None)
        for digest in new:
            self._token_routes[digest] = member.runtime
