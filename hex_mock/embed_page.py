"""The page a signed embedding URL shows: a small HTML stand-in for the embedded app.

Hex serves the embedded app itself; the mock serves a page that names the project and echoes the
viewer settings the link was signed with, so a test can check what its iframe would receive. The
link is used up by the first request; later ones, and any after it expires, get an error page.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from hex_mock.embedding import Opened, Refusal, open_link
from hex_mock.store import Workspace

REFUSAL_STATUS = {
    Refusal.UNKNOWN: 404,
    Refusal.USED: 410,
    Refusal.EXPIRED: 410,
    Refusal.NOT_EMBEDDABLE: 403,
}


def _page(title: str, body: str) -> bytes:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body>{body}</body></html>"
    ).encode()


def _settings(options: dict[str, Any]) -> str:
    rows = "".join(
        f"<dt>{escape(name)}</dt><dd><code>{escape(json.dumps(value, sort_keys=True))}</code></dd>"
        for name, value in sorted(options.items())
    )
    return f"<dl>{rows}</dl>" if rows else ""


def embed_page(ws: Workspace, token: str) -> tuple[int, bytes]:
    """(status, HTML) for a request of the link with this token; opening it uses it up."""
    outcome = open_link(ws, token)
    if isinstance(outcome, Refusal):
        return REFUSAL_STATUS[outcome], _page("Hex", f"<p>{escape(outcome.value)}</p>")
    return 200, _opened_page(outcome)


def _opened_page(opened: Opened) -> bytes:
    project, link = opened.project, opened.link
    mode = (
        "<p>Test mode: the app does not run.</p>"
        if link.test_mode
        else f"<p>Published version {project.published_version}.</p>"
    )
    body = (
        f'<main data-project-id="{escape(project.id)}"><h1>{escape(project.title)}</h1>'
        f"{mode}{_settings(dict(link.options))}</main>"
    )
    return _page(project.title, body)
