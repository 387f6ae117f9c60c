"""Signed embedding: the single-use links CreatePresignedUrl hands out, and opening one.

A link names its project by a seeded token, works once, and only until it expires on the
workspace's clock. Hex waits at most five minutes; a longer `expiresIn` is cut to that.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from hex_mock.store import EmbedLink, Project, Workspace

PATH_PREFIX = "/embedded/"
TOKEN_PREFIX = "hxe_"
DEFAULT_EXPIRES_IN_MS = 15_000
MAX_EXPIRES_IN_MS = 300_000


def issue_link(
    ws: Workspace,
    project: Project,
    *,
    expires_in_ms: float,
    test_mode: bool,
    options: Mapping[str, Any],
) -> EmbedLink:
    """File a new link to the project's app that expires `expires_in_ms` (at most 5 minutes) from now."""
    now = ws.clock.now()
    link = EmbedLink(
        token=ws.ids.token(TOKEN_PREFIX),
        project_id=project.id,
        created_at=now,
        expires_at=now + timedelta(milliseconds=min(expires_in_ms, MAX_EXPIRES_IN_MS)),
        test_mode=test_mode,
        options=dict(options),
    )
    return ws.embed_links.put(link.token, link)


class Refusal(enum.Enum):
    UNKNOWN = "This embedding link is not valid"
    USED = "This embedding link has already been used"
    EXPIRED = "This embedding link has expired"
    NOT_EMBEDDABLE = "This project no longer allows signed embedding"


@dataclass(frozen=True)
class Opened:
    link: EmbedLink
    project: Project


def open_link(ws: Workspace, token: str) -> Opened | Refusal:
    """Use up the link, or say why it cannot be opened (a refused link stays as it was)."""
    link = ws.embed_links.get(token)
    if link is None:
        return Refusal.UNKNOWN
    if link.opened_at is not None:
        return Refusal.USED
    now = ws.clock.now()
    if now >= link.expires_at:
        return Refusal.EXPIRED
    project = ws.projects.get(link.project_id)
    if project is None or not project.embedding_enabled or project.trashed_at is not None:
        return Refusal.NOT_EMBEDDABLE
    link.opened_at = now
    return Opened(link, project)
