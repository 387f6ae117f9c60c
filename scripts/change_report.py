"""A list of changes as Markdown a maintainer can paste into a change request (grouped by what they
break, `breaking.classify`, one table row per change), or as JSON for other tools."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from scripts.breaking import LEVELS, Impact, classify
from scripts.openapi_diff import ABSENT, Change, describe
from scripts.reports import render


def cell(value: Any) -> str:
    text = "" if value is ABSENT else value if isinstance(value, str) else json.dumps(value, default=str)
    return f"`{text}`".replace("|", "\\|") if text else ""


def judged(
    changes: Iterable[Change], judge: Callable[[Change], Impact] = classify
) -> list[tuple[Change, Impact]]:
    return [(change, judge(change)) for change in changes]


def markdown(title: str, preamble: Iterable[str], rows: list[tuple[Change, Impact]]) -> str:
    """The changes grouped by what they break (scripts/templates/changes.md.j2)."""
    return render(
        "changes.md.j2",
        title=title,
        preamble=list(preamble),
        rows=rows,
        levels=LEVELS,
        describe=describe,
        cell=cell,
    )


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
