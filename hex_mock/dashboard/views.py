"""What the dashboard shows, built from the HexMock itself (never from the control plane's JSON).

Each table is capped: the dashboard is for looking, and a page listing a workspace of a hundred
thousand runs would cost more than the requests it helps to debug.
"""

from __future__ import annotations

import heapq
import json
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from hex_mock import run_lifecycle
from hex_mock.clock import ManualClock, isoformat
from hex_mock.journal import JournalEntry
from hex_mock.store import Token, Workspace

if TYPE_CHECKING:
    from hex_mock.mock import WorkspaceMock

MAX_ROWS = 100
MAX_RUNS = 50
MAX_JOURNAL_ENTRIES = 200
# The replay command names the token by this variable: the journal never holds the secret.
TOKEN_PLACEHOLDER = "$HEX_API_TOKEN"


def short_digest(digest: str) -> str:
    """How the dashboard names a token: the start of its secret's digest (the secret is never kept)."""
    return digest[:12]


def token_label(workspace: Workspace, digest: str | None) -> str:
    if digest is None:
        return "none"
    token = workspace.tokens.get(digest)
    if token is None:
        return short_digest(digest)
    user = workspace.users.get(token.user_id)
    owner = user.email if user is not None else token.user_id
    return f"{short_digest(digest)} ({token.kind}, {owner})"


def _capped(rows: Sequence[Any]) -> dict[str, Any]:
    return {"rows": rows[:MAX_ROWS], "hidden": max(0, len(rows) - MAX_ROWS)}


def _sharing(project_access: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"{count} {kind}" for kind, count in project_access if count) or "nobody else"


def workspace_view(mock: WorkspaceMock) -> dict[str, Any]:
    """The workspace at a glance: clock, settings, pending faults and every kind of record."""
    workspace = mock.workspace
    settings = workspace.run_settings
    projects = sorted(workspace.projects, key=lambda project: (project.title, project.id))
    latest_runs = heapq.nlargest(MAX_RUNS, workspace.runs, key=lambda run: (run.created_at, run.id))
    titles = {project.id: project.title for project in projects}
    return {
        "now": isoformat(workspace.clock.now()),
        "manual_clock": isinstance(mock.clock, ManualClock),
        "settings": settings,
        "faults": mock.runtime.faults.pending(),
        "projects": _capped(
            [
                {
                    "id": project.id,
                    "title": project.title,
                    "published": project.published_version,
                    "status": project.status,
                    "workspace_access": project.workspace_access,
                    "public_access": project.public_access,
                    "shared_with": _sharing(
                        [
                            ("users", len(project.user_access)),
                            ("groups", len(project.group_access)),
                            ("collections", len(project.collection_access)),
                        ]
                    ),
                    "scripted": settings.scripted_outcomes.get(project.id, []),
                }
                for project in projects
            ]
        ),
        "runs": {
            "rows": [
                {
                    "id": run.id,
                    "project": titles.get(run.project_id, run.project_id),
                    # Brought up to date as a status read would be, without counting as one.
                    "status": run_lifecycle.refresh(workspace, run).status,
                    "created": isoformat(run.created_at),
                    "version": run.project_version,
                    "trigger": run.trigger,
                }
                for run in latest_runs
            ],
            "hidden": len(workspace.runs) - len(latest_runs),
        },
        "groups": _capped(sorted(workspace.groups, key=lambda group: group.name)),
        "collections": _capped(sorted(workspace.collections, key=lambda collection: collection.name)),
        "users": _capped(sorted(workspace.users, key=lambda user: user.email)),
        "tokens": _capped([_token_row(workspace, token) for token in workspace.tokens]),
    }


def _token_row(workspace: Workspace, token: Token) -> dict[str, Any]:
    # Keyed by digest: the workspace files tokens under it, and the secret is not the dashboard's.
    return {
        "digest": token.digest,
        "label": token_label(workspace, token.digest),
        "kind": token.kind,
        "scopes": sorted(token.scopes),
        "expires": isoformat(token.expires_at) if token.expires_at is not None else None,
        "revoked": token.revoked,
    }


@dataclass(frozen=True)
class JournalFilter:
    """The journal's filters as the page sends them; empty means "any"."""

    operation: str = ""
    status: str = ""  # "404", or a class: "4xx"
    token: str = ""  # a token's digest, or "none" for unauthenticated requests

    def __post_init__(self) -> None:
        status = self.status.lower()
        if status and not (
            len(status) == 3 and status[0] in "12345" and (status[1:].isdigit() or status[1:] == "xx")
        ):
            raise ValueError(
                f"status filter {self.status!r}: expected a status such as 404 or a class such as 4xx"
            )

    def _status_admits(self, status: int) -> bool:
        wanted = self.status.lower()
        if wanted.endswith("xx"):
            return str(status)[0] == wanted[0]
        return not wanted or str(status) == wanted

    def admits(self, entry: JournalEntry) -> bool:
        return (
            (not self.operation or entry.operation_id == self.operation)
            and self._status_admits(entry.status)
            and (not self.token or (entry.token_digest or "none") == self.token)
        )


def journal_view(mock: WorkspaceMock, wanted: JournalFilter, origin: str) -> dict[str, Any]:
    """The matching journal entries, newest first, each with the curl command that replays it."""
    matching = [entry for entry in reversed(mock.journal()) if wanted.admits(entry)]
    return {
        "entries": [
            {
                "entry": entry,
                "token": token_label(mock.workspace, entry.token_digest),
                "request_body": _pretty(entry.body),
                "response_body": _pretty(entry.response),
                "curl": curl_command(entry, origin),
            }
            for entry in matching[:MAX_JOURNAL_ENTRIES]
        ],
        "hidden": max(0, len(matching) - MAX_JOURNAL_ENTRIES),
    }


def _pretty(value: Any) -> str | None:
    return None if value is None else json.dumps(value, indent=2, ensure_ascii=False)


def curl_command(entry: JournalEntry, origin: str) -> str:
    """A shell command that sends the journalled request again, with the token as a placeholder.

    Redacted values stay redacted: the journal no longer has them either.
    """
    url = origin + quote(entry.path, safe="/")
    if entry.query:
        url += "?" + urlencode(entry.query)
    parts = ["curl", "-X", entry.method, shlex.quote(url)]
    if entry.token_digest is not None:
        # Double quotes, so the shell fills the token in from the environment.
        parts += ["-H", f'"Authorization: Bearer {TOKEN_PLACEHOLDER}"']
    if entry.body is not None:
        parts += ["-H", shlex.quote("Content-Type: application/json")]
        parts += ["--data", shlex.quote(json.dumps(entry.body, separators=(",", ":"), ensure_ascii=False))]
    return " ".join(parts)
