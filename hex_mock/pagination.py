"""Keyset cursor pagination: the one implementation behind every `after`/`before` list.

A cursor is the sort key of the item at a page edge, so a page is "the `limit` items whose keys
come after (or before) this key". Unlike offsets, that stays right when items are added or removed
between calls: an item that exists across both calls is neither skipped nor repeated.

Rows arrive sorted ascending by `sort_key` (the store caches such views) and keys are unique (they
end with the record id), so a cursor position is found by bisection whatever the table size; then
the scan moves forward applying `include` until it has `limit` items plus one to know whether more
exist.

Cursor format (opaque to clients): urlsafe base64, unpadded, of compact JSON
`{"v": 1, "k": [...key...], "i": inclusive?}`, then "." and a short checksum that catches edited or
truncated cursors. Datetimes in keys are tagged so they decode to comparable values.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from hex_mock.domain_errors import InvalidCursorError

T = TypeVar("T")

_VERSION = 1
_CHECK_SALT = b"hex-mock cursor v1"


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    after: str | None  # cursor of the next page, None at the end
    before: str | None  # cursor of the previous page, None on the first page


@dataclass(frozen=True)
class _Cursor:
    key: tuple[Any, ...]
    # Inclusive cursors are only minted for the edge of an empty page reached by a stale cursor:
    # "the items up to and including this key", so stepping back still reaches the item it named.
    inclusive: bool = False


def paginate(
    rows: Sequence[T],
    *,
    sort_key: Callable[[T], tuple[Any, ...]],
    limit: int,
    after: str | None,
    before: str | None,
    include: Callable[[T], bool] = lambda _: True,
    descending: bool = False,
    from_end: bool = False,
) -> Page[T]:
    """One page of `rows` (sorted ascending by `sort_key`), walking backwards when `descending`.

    Without a cursor the first page is served, or with `from_end` the last one (a thread's most
    recent messages), whose `before` leads back through the earlier pages.

    `after` and `before` together bound a window (the items after the one and before the other),
    paged forwards from `after`: Hex's answer to both is unknown, so the lenient reading is served.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    view = _View(rows, sort_key, include, descending)
    end = view.size
    before_cursor = None
    if before is not None:
        before_cursor = decode_cursor(before, "before")
        end = view.boundary(before_cursor, tail=False, parameter="before")
    if after is not None:
        cursor = decode_cursor(after, "after")
        start = view.boundary(cursor, tail=True, parameter="after")
        return view.page_after(start, limit, cursor, end=max(start, end))
    if before_cursor is not None or from_end:
        return view.page_before(end, limit, before_cursor)
    return view.page_after(0, limit, None)


class _View(Generic[T]):
    """`rows` in walking order (reversed when descending), addressed by logical index."""

    def __init__(
        self,
        rows: Sequence[T],
        sort_key: Callable[[T], tuple[Any, ...]],
        include: Callable[[T], bool],
        descending: bool,
    ) -> None:
        self.rows = rows
        self.sort_key = sort_key
        self.include = include
        self.descending = descending
        self.size = len(rows)

    def at(self, index: int) -> T:
        return self.rows[self.size - 1 - index] if self.descending else self.rows[index]

    def boundary(self, cursor: _Cursor, *, tail: bool, parameter: str) -> int:
        """The logical index splitting the items before the cursor from the items after it.

        `tail` says which side the cursor's own key belongs to when the cursor is inclusive: an
        `after` cursor's inclusive key starts the tail, a `before` cursor's ends the head.
        """
        key = cursor.key
        key_in_tail = cursor.inclusive if tail else not cursor.inclusive
        try:
            if not self.descending:
                # Ascending: keys > K start at bisect_right(K), keys >= K at bisect_left(K).
                position = bisect_left if key_in_tail else bisect_right
                return position(self.rows, key, key=self.sort_key)
            # Descending walks backwards: the tail is the rows *below* K, which end at
            # bisect_left(K) (bisect_right(K) when K itself belongs to the tail).
            position = bisect_right if key_in_tail else bisect_left
            return self.size - position(self.rows, key, key=self.sort_key)
        except TypeError:
            # The key decoded but does not compare with this list's keys: a cursor from another list.
            raise InvalidCursorError(parameter) from None

    def included(self, indexes: range, wanted: int) -> list[int]:
        """The first `wanted` logical indexes, in `indexes` order, whose rows are included."""
        rows, include = self.rows, self.include
        # Logical index i is row size-1-i when walking backwards: mapping the whole range at once
        # keeps the loop (it runs for every row a page looks at) free of per-row method calls.
        last = self.size - 1
        physical = (
            range(last - indexes.start, last - indexes.stop, -indexes.step) if self.descending else indexes
        )
        found: list[int] = []
        for logical, row_index in zip(indexes, physical, strict=True):
            if include(rows[row_index]):
                found.append(logical)
                if len(found) == wanted:
                    break
        return found

    def first_included(self, indexes: range) -> int | None:
        found = self.included(indexes, 1)
        return found[0] if found else None

    def cursor(self, index: int) -> str:
        return encode_cursor(self.sort_key(self.at(index)))

    def page_after(
        self, start: int, limit: int, came_from: _Cursor | None, *, end: int | None = None
    ) -> Page[T]:
        """The page from `start`; a `before` cursor sent too stops it at `end`."""
        found = self.included(range(start, self.size if end is None else end), limit + 1)
        shown = found[:limit]
        after = self.cursor(shown[-1]) if len(found) > limit else None
        if came_from is None:
            before = None
        elif shown:
            has_previous = self.first_included(range(shown[0] - 1, -1, -1)) is not None
            before = self.cursor(shown[0]) if has_previous else None
        else:
            has_previous = self.first_included(range(start - 1, -1, -1)) is not None
            before = _flip(came_from) if has_previous else None
        return Page(items=[self.at(i) for i in shown], after=after, before=before)

    def page_before(self, end: int, limit: int, came_from: _Cursor | None) -> Page[T]:
        found = self.included(range(end - 1, -1, -1), limit + 1)
        shown = sorted(found[:limit])
        before = self.cursor(shown[0]) if len(found) > limit else None
        if shown:
            has_next = self.first_included(range(shown[-1] + 1, self.size)) is not None
            after = self.cursor(shown[-1]) if has_next else None
        else:
            has_next = self.first_included(range(end, self.size)) is not None
            after = _flip(came_from) if came_from is not None and has_next else None
        return Page(items=[self.at(i) for i in shown], after=after, before=before)


def _flip(cursor: _Cursor) -> str:
    """The cursor for the other side of the same boundary (used at an empty page's edges)."""
    return _encode(_Cursor(cursor.key, not cursor.inclusive))


# --- Cursor encoding ----------------------------------------------------------------------------------


def encode_cursor(key: tuple[Any, ...]) -> str:
    return _encode(_Cursor(tuple(key)))


def _encode(cursor: _Cursor) -> str:
    payload: dict[str, Any] = {"v": _VERSION, "k": [_to_json(part) for part in cursor.key]}
    if cursor.inclusive:
        payload["i"] = True
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return _b64(raw) + "." + _b64(_checksum(raw))


def decode_cursor(text: str, parameter: str) -> _Cursor:
    """The cursor a client sent as `parameter`, or InvalidCursorError naming the parameter."""
    body, dot, check = text.partition(".")
    try:
        raw = _unb64(body)
        if not dot or not hmac.compare_digest(_unb64(check), _checksum(raw)):
            raise ValueError("checksum mismatch")
        payload = json.loads(raw)
        if (
            not isinstance(payload, dict)
            or payload.get("v") != _VERSION
            or not isinstance(payload.get("k"), list)
        ):
            raise ValueError("not a cursor")
        key = tuple(_from_json(part) for part in payload["k"])
        inclusive = payload.get("i", False)
        if not isinstance(inclusive, bool):
            raise ValueError("not a cursor")
    except (ValueError, TypeError, binascii.Error, RecursionError):
        raise InvalidCursorError(parameter) from None
    return _Cursor(key, inclusive)


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(_CHECK_SALT + raw).digest()[:6]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not text or not text.isascii():
        raise ValueError("empty")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, tuple):
        return {"t": [_to_json(part) for part in value]}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot put {type(value).__name__} in a cursor")


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"dt"} and isinstance(value["dt"], str):
            return datetime.fromisoformat(value["dt"])
        if set(value) == {"t"} and isinstance(value["t"], list):
            return tuple(_from_json(part) for part in value["t"])
        raise ValueError("not a cursor")
    if isinstance(value, list):
        raise ValueError("not a cursor")
    return value
