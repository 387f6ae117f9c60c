"""A list of changes as Markdown a maintainer can paste into a change request (grouped by what they
break, `breaking.classify`, one table row per change), or as JSON for other tools."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from scripts.breaking import LEVELS, Impact, classify
from scripts.openapi_diff import ABSENT, Change, describe


def cell(value: Any) -> str:
    text = "" if value is ABSENT else value if isinstance(value, str) else json.dumps(value, default=str)
    return f"`{text}`".replace("|", "\\|") if text else ""


def judged(
    changes: Iterable[Change], judge: Callable[[Change], Impact] = classify
) -> list[tuple[Change, Impact]]:
    return [(change, judge(change)) for change in changes]


def markdown(title: str, preamble: Iterable[str], rows: list[tuple[Change, Impact]]) -> str:
    counts = {level: sum(impact.level == level for _, impact in rows) for level in LEVELS}
    lines = [f"# {title}", "", *preamble, ""]
    summary = ", ".join(f"{counts[level]} {level}" for level in LEVELS if counts[level])
    lines.append(f"{summary}." if summary else "No changes.")
    for level in LEVELS:
        group = [(change, impact) for change, impact in rows if impact.level == level]
        if not group:
            continue
        lines += ["", f"## {level.capitalize()} ({len(group)})", ""]
        lines += ["| Operation | Where | Change | Before | After | Why |", "|---|---|---|---|---|---|"]
        for change, impact in group:
            difference = change.difference
            kind = difference.kind + (f" ({difference.note})" if difference.note else "")
            lines.append(
                f"| {change.operation_id} | {describe(difference.location)} | {kind} "
                f"| {cell(difference.before)} | {cell(difference.after)} | {impact.why} |"
            )
    return "\n".join(lines) + "\n"


def as_json(rows: list[tuple[Change, Impact]]) -> str:
    return json.dumps(
        [
            {
                "operationId": change.operation_id,
                "where": describe(change.difference.location),
                **change.difference.as_json(),
                "impact": impact.level,
                "why": impact.why,
            }
            for change, impact in rows
        ],
        indent=2,
        default=str,
    )
