"""The Markdown reports' prose (BENCHMARKS.md, RELIABILITY.md) and `make bench`'s wrk script live in
scripts/templates/; the scripts compute the figures and render them there with these number formats."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)
NUMBER_FORMATS: dict[str, Any] = {
    "n": lambda value: f"{value:,.0f}",  # 12,345
    "ms": lambda value: f"{value:.2f}",
    "g": lambda value: f"{value:g}",
    "pct": lambda value: f"{value:.0%}",
}


def render(template: str, **context: Any) -> str:
    """`template` rendered with `context`, the number formats and `now`, when the report was written."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return TEMPLATES.get_template(template).render(**NUMBER_FORMATS, now=now, **context)
