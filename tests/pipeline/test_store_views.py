"""Table's cached views and indexes stay what a fresh sort or build would give after every kind of
change, assigning a record's field included; with tracking on, the table knows what changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hex_mock.store import Table, Tracked


@dataclass(slots=True)
class Row(Tracked):
    id: str
    rank: int
    tags: tuple[str, ...] = ()
    note: str = ""


def key(row: Row) -> tuple[int, str]:
    return (row.rank, row.id)


def rank_only(row: Row) -> int:
    return row.rank  # not unique: ties keep insertion order, as sorted() would


def by_tag(rows: Iterable[Row]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for row in rows:
        add_tags(index, row)
    return index


def add_tags(index: dict[str, set[str]], row: Row) -> None:
    for tag in row.tags:
        index.setdefault(tag, set()).add(row.id)


def fresh(table: Table[Row]) -> list[Row]:
    return sorted(table, key=key)


def filled(ranks: Iterable[int]) -> Table[Row]:
    table: Table[Row] = Table()
    for index, rank in enumerate(ranks):
        table.put(f"r{index}", Row(f"r{index}", rank))
    return table


def test_adding_keeps_the_view_sorted_and_stable() -> None:
    table = filled([5, 1, 3])
    view = table.sorted_by("rank", rank_only)
    for index, rank in enumerate([3, 0, 9, 3, 1], start=3):
        table.put(f"r{index}", Row(f"r{index}", rank))
        assert table.sorted_by("rank", rank_only) is view  # kept, not rebuilt
        assert view == sorted(table, key=rank_only)
        assert table.sort_keys("rank", rank_only) == [rank_only(row) for row in view]
    assert [row.id for row in view] == ["r4", "r1", "r7", "r2", "r3", "r6", "r0", "r5"]


def test_assigning_a_field_moves_the_record_within_the_view() -> None:
    table = filled([4, 2, 7, 2, 9])
    view = table.sorted_by("rank", key)
    for row_id, rank in [("r2", -1), ("r0", 100), ("r3", 2), ("r1", 50), ("r4", 4)]:
        row = table.get(row_id)
        assert row is not None
        row.rank = rank
        assert table.sorted_by("rank", key) is view
        assert view == fresh(table)
        assert table.sort_keys("rank", key) == [key(row) for row in view]


def test_replacing_and_removing_keep_the_view_right() -> None:
    table = filled(range(5))
    view = table.sorted_by("rank", key)
    table.put("r0", Row("r0", 10))
    table.remove("r3")
    assert table.sorted_by("rank", key) is view
    assert view == fresh(table)
    assert [row.rank for row in view] == [1, 2, 4, 10]


def test_a_record_that_left_the_table_no_longer_moves_it() -> None:
    table = filled([1, 2])
    view = table.sorted_by("rank", key)
    gone = table.remove("r0")
    assert gone is not None
    gone.rank = 99
    assert view == fresh(table) == [table.get("r1")]


def test_index_follows_adds_and_is_rebuilt_after_other_writes() -> None:
    table: Table[Row] = Table()
    table.put("a", Row("a", 0, ("x",)))
    index = table.index("tags", by_tag, add_tags, frozenset({"tags"}))
    assert index == {"x": {"a"}}
    table.put("b", Row("b", 0, ("x", "y")))
    assert table.index("tags", by_tag, add_tags, frozenset({"tags"})) is index
    assert index == by_tag(table)
    row = table.get("a")
    assert row is not None
    row.note = "a field the index does not read"
    assert table.index("tags", by_tag, add_tags, frozenset({"tags"})) is index
    row.tags = ("z",)
    assert table.index("tags", by_tag, add_tags, frozenset({"tags"})) == {"x": {"b"}, "y": {"b"}, "z": {"a"}}
    table.remove("b")
    assert table.index("tags", by_tag, add_tags) == {"z": {"a"}}
    table.put("a", Row("a", 0, ()))
    assert table.index("tags", by_tag, add_tags) == {}


def test_an_index_without_declared_fields_is_rebuilt_after_any_change() -> None:
    table: Table[Row] = Table()
    table.put("a", Row("a", 0, ("x",)))
    index = table.index("tags", by_tag, add_tags)
    row = table.get("a")
    assert row is not None
    row.note = "anything"
    assert table.index("tags", by_tag, add_tags) is not index


def test_tracking_reports_each_change_once() -> None:
    table = filled([1, 2, 3])
    assert table.take_changes() == ([], [])  # tracking is off until asked for
    table.tracking = True
    row = table.get("r0")
    assert row is not None
    row.rank = 5
    row.note = "twice"
    table.put("r9", Row("r9", 9))
    table.remove("r1")
    changed, removed = table.take_changes()
    assert sorted(row.id for row in changed) == ["r0", "r9"]
    assert removed == ["r1"]
    assert table.take_changes() == ([], [])
    # Added then removed before a commit: only the removal is reported.
    table.put("r8", Row("r8", 8))
    table.remove("r8")
    assert table.take_changes() == ([], ["r8"])


def test_changes_a_failed_commit_took_are_marked_again() -> None:
    table = filled([1, 2])
    table.tracking = True
    row = table.get("r0")
    assert row is not None
    row.rank = 7
    table.remove("r1")
    changed, removed = table.take_changes()
    table.restore_changes(changed, removed)
    assert table.take_changes() == ([row], ["r1"])
