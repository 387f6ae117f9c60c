"""Context suggestions' proposed changes, and the review agent's run that regenerates them.

TriggerSuggestionReview starts a review and answers at once; the review ends later, paced as runs
and thread turns are (hex_mock/pacing.py), by the policy in force when it started: the GetSuggestion
reads count, and the clock runs from `review_started_at` for `running_seconds`. A review that
ends brings every STALE change back as NEEDS_REVIEW (the changes are rewritten against the current
context), unless its outcome was scripted (`script_review`): then the scripted changes replace the
suggestion's.
A trigger while a review is under way starts no second one.

Changes are described, in fixtures and the control plane, as `{id?, status?, file: {type, path,
diff}}` or `{id?, status?, warehouse: {type, connection, database?, schema?, table?, column?,
description?, status?}}`; `proposed_change` turns one into the spec's shape, reading the current
description or status of the warehouse object from its data connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from hex_mock import pacing
from hex_mock.store import DataConnection, ProposedChange, Suggestion, Workspace

NEEDS_REVIEW = "NEEDS_REVIEW"
STALE = "STALE"
CHANGE_STATUSES = frozenset({"COMPLETED", "DISMISSED", NEEDS_REVIEW, STALE})
FILE_UPDATE = "FILE_UPDATE"
DATA_WAREHOUSE_UPDATE = "DATA_WAREHOUSE_UPDATE"
FILE_UPDATE_TYPES = frozenset({"CREATE_ORG_GUIDE_FILE", "EDIT_ORG_GUIDE_FILE", "EDIT_WORKSPACE_RULES"})
WAREHOUSE_UPDATE_TYPES = frozenset({"UPDATE_DESCRIPTION", "UPDATE_STATUS"})
# The catalog levels of a warehouse object, by the entry keys that name them (innermost last).
_LEVELS = (("database", "DATABASE"), ("schema", "SCHEMA"), ("table", "TABLE"))


def _text(entry: Mapping[str, Any], key: str, at: str, *, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{at}.{key}: must be {'non-empty ' if required else ''}text")
    return value


def _file_payload(entry: Any, at: str) -> dict[str, Any]:
    if not isinstance(entry, dict) or set(entry) - {"type", "path", "diff"}:
        raise ValueError(f"{at}: a file change is {{type, path, diff}}")
    if entry.get("type") not in FILE_UPDATE_TYPES:
        raise ValueError(f"{at}.type: must be one of {', '.join(sorted(FILE_UPDATE_TYPES))}")
    return {
        "updateType": entry["type"],
        "filePath": _text(entry, "path", at, required=True),
        "diff": _text(entry, "diff", at) or "",
    }


def _current_status(connection: DataConnection | None, entry: Mapping[str, Any]) -> str | None:
    """The status the data connection's catalog gives the innermost object the entry names."""
    if connection is None or entry.get("column") is not None:
        return None
    names = [entry[key] for key, _ in _LEVELS if entry.get(key) is not None]
    levels = [level for key, level in _LEVELS if entry.get(key) is not None]
    if not levels:
        return None
    return connection.catalog_statuses.get(levels[-1], {}).get(".".join(names))


def _warehouse_payload(ws: Workspace, entry: Any, at: str) -> dict[str, Any]:
    keys = {"type", "connection", "database", "schema", "table", "column", "description", "status"}
    if not isinstance(entry, dict) or set(entry) - keys:
        raise ValueError(f"{at}: a warehouse change is {{type, connection, database?, ...}}")
    kind = entry.get("type")
    if kind not in WAREHOUSE_UPDATE_TYPES:
        raise ValueError(f"{at}.type: must be one of {', '.join(sorted(WAREHOUSE_UPDATE_TYPES))}")
    name = _text(entry, "connection", at, required=True)
    connection = next((found for found in ws.data_connections if found.name == name), None)
    located = {key: _text(entry, key, at) for key in ("database", "schema", "table", "column")}
    blank = {"hexDescription": None, "warehouseComment": None, "dbtDescription": None}
    describes = kind == "UPDATE_DESCRIPTION"
    description = {"newDescription": _text(entry, "description", at), "currentDescriptions": blank}
    current_status = _current_status(connection, entry)
    status = {"newStatusName": _text(entry, "status", at), "currentStatusName": current_status}
    return {
        "updateType": kind,
        "dataConnectionName": name,
        "databaseName": located["database"],
        "schemaName": located["schema"],
        "tableName": located["table"],
        "columnName": located["column"],
        "descriptionUpdate": description if describes else None,
        "statusUpdate": None if describes else status,
    }


def proposed_change(ws: Workspace, entry: Any, new_id: Callable[[], str], at: str) -> ProposedChange:
    """A ProposedChange from its description (see the module docstring); ValueError naming what is
    wrong. `new_id` gives the change its id unless the entry names one."""
    if not isinstance(entry, dict) or len({"file", "warehouse"} & set(entry)) != 1:
        raise ValueError(f"{at}: a change has exactly one of `file` and `warehouse`")
    if set(entry) - {"id", "status", "file", "warehouse"}:
        raise ValueError(f"{at}: a change is {{id?, status?, file | warehouse}}")
    status = entry.get("status", NEEDS_REVIEW)
    if status not in CHANGE_STATUSES:
        raise ValueError(f"{at}.status: must be one of {', '.join(sorted(CHANGE_STATUSES))}")
    change_id = entry.get("id") or new_id()
    if "file" in entry:
        return ProposedChange(change_id, FILE_UPDATE, status, _file_payload(entry["file"], f"{at}.file"))
    payload = _warehouse_payload(ws, entry["warehouse"], f"{at}.warehouse")
    return ProposedChange(change_id, DATA_WAREHOUSE_UPDATE, status, payload)


# --- the review ------------------------------------------------------------------------------------


def start_review(ws: Workspace, suggestion: Suggestion) -> Suggestion:
    """Start the review agent on the suggestion, unless a review is already under way."""
    refresh(ws, suggestion)
    if suggestion.review_started_at is not None:
        return suggestion
    pacing.adopt(suggestion, ws.run_settings)
    suggestion.review_started_at = ws.clock.now()
    if suggestion.progression == pacing.IMMEDIATE:
        _end_review(suggestion)
    return suggestion


def refresh(ws: Workspace, suggestion: Suggestion) -> Suggestion:
    """End the review if the clock says it is due by now (a no-op for other progressions)."""
    started = suggestion.review_started_at
    if started is not None and pacing.clock_due(suggestion, started, suggestion.running_seconds, ws.clock):
        _end_review(suggestion)
    return suggestion


def record_read(suggestion: Suggestion) -> None:
    """Count one GetSuggestion read, after it was answered: the read that completes the review ends it."""
    if suggestion.review_started_at is not None and pacing.read_ends_state(suggestion):
        _end_review(suggestion)


def _end_review(suggestion: Suggestion) -> None:
    if suggestion.scripted_changes is not None:
        suggestion.changes = list(suggestion.scripted_changes)
        suggestion.scripted_changes = None
    else:
        suggestion.changes = [
            replace(change, status=NEEDS_REVIEW) if change.status == STALE else change
            for change in suggestion.changes
        ]
    suggestion.review_started_at = None


def script_review(ws: Workspace, suggestion: Suggestion, changes: Iterable[Any]) -> None:
    """Set the changes the suggestion's next review to end proposes (replacing its changes);
    ValueError, changing nothing, for a change of no known shape."""
    if isinstance(changes, str | dict):
        raise ValueError("changes must be a list of proposed changes")
    # Every entry is checked before an id is drawn, so a refused script leaves the id sequence as it was.
    checked = [proposed_change(ws, entry, str, f"changes[{index}]") for index, entry in enumerate(changes)]
    suggestion.scripted_changes = [
        change if change.id else replace(change, id=ws.ids.uuid()) for change in checked
    ]
