"""Keyset cursor pagination: complete, ordered walks both ways, stable under inserts and deletes."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from hex_mock.domain_errors import InvalidCursorError
from hex_mock.pagination import Page, encode_cursor, paginate
from hex_mock.store import Project, Workspace
from tests.pipeline.conftest import ADMIN_ID

START = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    at: datetime
    id: str


def key(row: Row) -> tuple[Any, ...]:
    return (row.at, row.id)


def rows_from(numbers: set[int]) -> list[Row]:
    # Several rows share a timestamp, so the id really is needed to order them.
    return sorted((Row(START + timedelta(minutes=n // 3), f"{n:05d}") for n in numbers), key=key)


def page(
    rows: list[Row],
    limit: int,
    *,
    after: str | None = None,
    before: str | None = None,
    include: Callable[[Row], bool] = lambda _: True,
    descending: bool = False,
) -> Page[Row]:
    return paginate(
        rows, sort_key=key, limit=limit, after=after, before=before, include=include, descending=descending
    )


def walk_forward(rows: list[Row], limit: int, **options: Any) -> list[Page[Row]]:
    pages = [page(rows, limit, **options)]
    while pages[-1].after is not None:
        pages.append(page(rows, limit, after=pages[-1].after, **options))
    return pages


def walk_backward(rows: list[Row], limit: int, last: Page[Row], **options: Any) -> list[Page[Row]]:
    pages = [last]
    while pages[-1].before is not None:
        pages.append(page(rows, limit, before=pages[-1].before, **options))
    return pages


def ids(pages: list[Page[Row]]) -> list[str]:
    return [row.id for p in pages for row in p.items]


def test_first_page_has_no_before_and_last_page_no_after() -> None:
    rows = rows_from(set(range(7)))
    pages = walk_forward(rows, 3)
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert pages[0].before is None
    assert pages[-1].after is None
    assert all(p.before is not None for p in pages[1:])


def test_exact_multiple_of_the_limit_ends_without_an_empty_page() -> None:
    pages = walk_forward(rows_from(set(range(6))), 3)
    assert [len(p.items) for p in pages] == [3, 3]


def test_empty_list() -> None:
    assert page([], 10) == Page(items=[], after=None, before=None)


def test_descending_walks_the_ascending_rows_backwards() -> None:
    rows = rows_from(set(range(10)))
    pages = walk_forward(rows, 4, descending=True)
    assert ids(pages) == [row.id for row in reversed(rows)]
    back = walk_backward(rows, 4, pages[-1], descending=True)
    assert [row.id for p in reversed(back) for row in p.items] == [row.id for row in reversed(rows)]


def test_include_filters_while_scanning() -> None:
    rows = rows_from(set(range(20)))

    def even(row: Row) -> bool:
        return int(row.id) % 2 == 0

    pages = walk_forward(rows, 3, include=even)
    assert ids(pages) == [row.id for row in rows if even(row)]


@pytest.mark.parametrize("descending", [False, True])
def test_both_cursors_page_through_the_window_between_them(descending: bool) -> None:
    rows = rows_from(set(range(12)))
    walked = ids(walk_forward(rows, 3, descending=descending))
    low, high = page(rows, 2, descending=descending).after, page(rows, 9, descending=descending).after
    window = [page(rows, 2, descending=descending, after=low, before=high)]
    while window[-1].after is not None:
        window.append(page(rows, 2, descending=descending, after=window[-1].after, before=high))
    assert ids(window) == walked[2:8]  # strictly between the 2nd and the 9th item


def test_crossed_cursors_give_an_empty_page() -> None:
    rows = rows_from(set(range(6)))
    low, high = page(rows, 1).after, page(rows, 4).after
    assert page(rows, 3, after=high, before=low).items == []


def tampered(cursor: str) -> str:
    body, _, check = cursor.partition(".")
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw[-3] ^= 1
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode() + "." + check


@pytest.mark.parametrize(
    "make_bad",
    [
        lambda _good: "garbage",
        lambda _good: "",
        lambda good: good[:-2],
        lambda good: good.split(".")[0],
        tampered,
        lambda good: "é" + good,
        lambda _good: encode_cursor((1, 2)),  # a well-formed cursor whose key does not compare
    ],
    ids=["garbage", "empty", "truncated", "no-checksum", "tampered", "non-ascii", "foreign-key"],
)
@pytest.mark.parametrize("parameter", ["after", "before"])
def test_malformed_cursor_is_refused_naming_the_parameter(
    make_bad: Callable[[str], str], parameter: str
) -> None:
    rows = rows_from(set(range(5)))
    good = page(rows, 2).after
    assert good is not None
    cursors = (
        {"after": make_bad(good), "before": None} if parameter == "after" else {"before": make_bad(good)}
    )
    with pytest.raises(InvalidCursorError) as caught:
        page(rows, 2, after=cursors.get("after"), before=cursors.get("before"))
    assert caught.value.issues == (f"{parameter}: is not a valid pagination cursor",)


def test_cursor_position_is_found_by_bisection() -> None:
    rows = rows_from(set(range(100_000)))
    calls = 0

    def counting_key(row: Row) -> tuple[Any, ...]:
        nonlocal calls
        calls += 1
        return key(row)

    cursor = encode_cursor(key(rows[77_777]))
    calls = 0
    result = paginate(rows, sort_key=counting_key, limit=10, after=cursor, before=None)
    assert result.items[0] is rows[77_778]
    assert calls < 40  # ~17 for the bisection, 2 for the page's cursors


def test_stale_cursor_past_the_end_gives_an_empty_page_that_can_step_back() -> None:
    rows = rows_from(set(range(6)))
    last = walk_forward(rows, 3)[-1]
    cursor = encode_cursor(key(last.items[-1]))  # as if a page had ended on the final item
    empty = page(rows, 3, after=cursor)
    assert empty.items == []
    assert empty.after is None
    assert empty.before is not None
    # Stepping back includes the item the stale cursor named.
    assert [row.id for row in page(rows, 3, before=empty.before).items] == ["00003", "00004", "00005"]


def test_before_the_first_item_gives_an_empty_page_that_can_step_forward() -> None:
    rows = rows_from(set(range(6)))
    empty = page(rows, 3, before=encode_cursor(key(rows[0])))
    assert (empty.items, empty.before) == ([], None)
    assert empty.after is not None
    assert [row.id for row in page(rows, 3, after=empty.after).items] == ["00000", "00001", "00002"]


@settings(max_examples=200, deadline=None)
@given(
    numbers=st.sets(st.integers(0, 300), max_size=60),
    limit=st.integers(1, 8),
    modulus=st.integers(1, 4),
    descending=st.booleans(),
)
def test_forward_then_backward_visits_every_item_once_in_order(
    numbers: set[int], limit: int, modulus: int, descending: bool
) -> None:
    rows = rows_from(numbers)

    def include(row: Row) -> bool:
        return int(row.id) % modulus == 0

    expected = [row.id for row in (reversed(rows) if descending else rows) if include(row)]
    forward = walk_forward(rows, limit, include=include, descending=descending)
    assert ids(forward) == expected
    assert all(len(p.items) == limit for p in forward[:-1])
    backward = walk_backward(rows, limit, forward[-1], include=include, descending=descending)
    # Walking back from the last page reaches the first page again, visiting the same pages.
    assert [[row.id for row in p.items] for p in reversed(backward)] == [
        [row.id for row in p.items] for p in forward
    ]
    assert backward[-1].before is None


@settings(max_examples=200, deadline=None)
@given(
    initial=st.sets(st.integers(0, 1000), max_size=40),
    changes=st.lists(
        st.tuples(st.sets(st.integers(0, 1000), max_size=5), st.sets(st.integers(0, 1000), max_size=5)),
        max_size=15,
    ),
    limit=st.integers(1, 6),
    descending=st.booleans(),
    backwards=st.booleans(),
)
def test_items_present_throughout_are_seen_exactly_once_despite_writes(
    initial: set[int],
    changes: list[tuple[set[int], set[int]]],
    limit: int,
    descending: bool,
    backwards: bool,
) -> None:
    live = set(initial)
    stable = set(initial)  # present at the start and never deleted
    seen: list[int] = []
    rows = rows_from(live)
    if backwards:
        # Start from a cursor past the far end and walk towards the start.
        edge = (
            Row(START + timedelta(days=1), "99999") if not descending else Row(START - timedelta(days=1), "")
        )
        current = page(rows, limit, before=encode_cursor(key(edge)), descending=descending)
    else:
        current = page(rows, limit, descending=descending)
    step = 0
    while True:
        batch = [int(row.id) for row in current.items]
        seen.extend(reversed(batch) if backwards else batch)
        cursor = current.before if backwards else current.after
        if cursor is None:
            break
        inserted, deleted = changes[step] if step < len(changes) else (set(), set())
        step += 1
        live = (live | inserted) - deleted
        stable -= deleted
        rows = rows_from(live)
        current = (
            page(rows, limit, before=cursor, descending=descending)
            if backwards
            else page(rows, limit, after=cursor, descending=descending)
        )
    assert len(seen) == len(set(seen)), "an item was repeated"
    assert stable <= set(seen), "an item present throughout was skipped"
    order = [key(rows_from({n})[0]) for n in seen]
    walking_up = descending == backwards
    assert order == sorted(order, reverse=not walking_up)


def test_list_endpoint_pages_through_the_app(client: TestClient, workspace: Workspace) -> None:
    now = workspace.clock.now()
    for index in range(11):
        project_id = f"00000000-0000-4000-8000-{index:012d}"
        created = now + timedelta(seconds=index + 1)
        workspace.projects.put(
            project_id,
            Project(
                id=project_id,
                title=f"P{index}",
                creator_id=ADMIN_ID,
                owner_id=ADMIN_ID,
                created_at=created,
                last_edited_at=created,
            ),
        )
    titles: list[str] = []
    after: str | None = None
    while True:
        params = {"limit": "4", "sortDirection": "ASC", **({"after": after} if after else {})}
        body = client.get("/api/v1/projects", params=params).json()
        titles += [value["title"] for value in body["values"]]
        after = body["pagination"]["after"]
        if after is None:
            break
    assert titles == ["Revenue"] + [f"P{index}" for index in range(11)]
    bad = client.get("/api/v1/projects", params={"after": "nonsense"})
    assert bad.status_code == 400
    assert bad.json()["details"] == "after: is not a valid pagination cursor"
