"""Status updates on named objects, applied all together or not at all.

UpdateDataConnectionSchema (databases, schemas, tables) and UpdateSemanticProject (datasets, views)
share Hex's rules: every update is checked first; if any is refused, nothing changes and the error's
`details` list every refused update with its reason (a 404 when each one names nothing, else a 400).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hex_mock.errors import HexError

# (level, name as sent) -> (the stored name the update targets, None) or (None, why it is refused).
Resolver = Callable[[str, str], tuple[str | None, str | None]]


def apply_status_updates(
    current: Mapping[str, Mapping[str, str]],
    updates: Iterable[Mapping[str, Any]],
    resolve: Resolver,
    known_statuses: Mapping[str, Any],
    response_keys: Mapping[str, str],
    trace_id: str,
) -> tuple[dict[str, dict[str, str]], dict[str, list[dict[str, Any]]]]:
    """The statuses by level after `updates` (each `{type, name, status}`), and the response's
    `updated` (level's response key -> `[{status, name}]`); HexError if any update is refused."""
    problems: list[dict[str, str]] = []
    applied: list[tuple[str, str, str | None]] = []
    for update in updates:
        level, name, status = update["type"], update["name"], update["status"]
        target, reason = resolve(level, name)
        if target is not None and status is not None and status not in known_statuses:
            target, reason = None, "invalid_status"
        if target is None:
            problem = {"name": name, "type": level, "reason": reason or "not_found"}
            if reason == "invalid_status":
                problem["value"] = status
            problems.append(problem)
        else:
            applied.append((level, target, status))
    if problems:
        missing_only = all(problem["reason"] == "not_found" for problem in problems)
        status_code, message = (
            (404, "Some objects were not found") if missing_only else (400, "Some updates were refused")
        )
        raise HexError(
            status_code, message, body={"reason": message, "traceId": trace_id, "details": problems}
        )
    statuses = {level: dict(current.get(level, {})) for level in response_keys}
    updated: dict[str, list[dict[str, Any]]] = {key: [] for key in response_keys.values()}
    for level, target, status in applied:
        if status is None:
            statuses[level].pop(target, None)
        else:
            statuses[level][target] = status
        updated[response_keys[level]].append({"status": status, "name": target})
    return {level: names for level, names in statuses.items() if names}, updated
