"""Renderers and small helpers shared by the resource modules.

One place turns a `User` into the spec's `User` shape (ListUsers, DeactivateUser and Me all send it),
one place shapes a list page, and one place knows what a well-formed id looks like, so the modules
cannot drift apart.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from hex_mock.clock import isoformat
from hex_mock.handlers import Call
from hex_mock.pagination import Page
from hex_mock.png import bar_chart
from hex_mock.store import User

T = TypeVar("T")

# A chart image's size unless the request gives both width and height.
DEFAULT_IMAGE_SIZE = (800, 600)

# The spec's id pattern (any UUID version). Ids that arrive inside free-form strings (ListUsers'
# comma-separated `userIds`) are not checked by the kernel, so handlers check them with this.
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def render_user(user: User) -> dict[str, Any]:
    """The spec's `User`: all five keys always present, `name`/`lastLoginDate` null when unknown."""
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "role": user.role,
        "lastLoginDate": isoformat(user.last_login_at) if user.last_login_at is not None else None,
    }


def page_body(page: Page[T], render: Callable[[T], dict[str, Any]]) -> dict[str, Any]:
    """`{values, pagination: {after, before}}`, the envelope of every cursor-paginated list."""
    return {
        "values": [render(item) for item in page.items],
        "pagination": {"after": page.after, "before": page.before},
    }


def page_args(call: Call) -> dict[str, Any]:
    """The cursor and page-size arguments of `paginate`, read from the call's declared query."""
    return {
        "limit": call.query["limit"],
        "after": call.query.get("after"),
        "before": call.query.get("before"),
    }


def descending(call: Call) -> bool:
    # Ascending unless the spec declares another default (which the call's query then carries).
    return bool(call.query.get("sortDirection", "ASC") == "DESC")


def text_key(text: str | None) -> tuple[int, str, str]:
    """Sort text case-insensitively (ties broken by the exact text); missing text sorts last."""
    if text is None:
        return (1, "", "")
    return (0, text.casefold(), text)


def listed(ids: Iterable[str]) -> str:
    """Ids for an error message: `a, b, c`, in the order given, without repeats."""
    return ", ".join(dict.fromkeys(ids))


def chart_image(call: Call, seed: str) -> str:
    """The base64 PNG a chart-image operation sends, sized and titled as the call's query asks."""
    width, height = DEFAULT_IMAGE_SIZE
    if "width" in call.query and "height" in call.query:
        width, height = call.query["width"], call.query["height"]
    image = bar_chart(width, height, seed, title=bool(call.query.get("includeTitle")))
    return base64.b64encode(image).decode("ascii")
