"""Table's cached views and indexes: what a fresh sort or build would give, after every kind of write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hex_mock.store import Table


@dataclass
class Row:
    id: str
    rank: int
    tags: tuple[str, ...] = ()


def key(row: Row) -> int:
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


def test_adding_keeps_the_view_sorted_and_stable() -> None:
    table: Table[Row] = Table()
    for index, rank in enumerate([5, 1, 3]):
        table.put(f"r{index}", Row(f"r{index}", rank))
    view = table.sorted_by("rank", key)
    for index, rank in enumerate([3, 0, 9, 3, 1], start=3):
        table.put(f"r{index}", Row(f"r{index}", rank))
        assert table.sorted_by("rank", key) is view  # kept, not rebuilt
        assert view == fresh(table)
        assert table.sort_keys("rank", key) == [key(row) for row in view]
    assert [row.id for row in view] == ["r4", "r1", "r7", "r2", "r3", "r6", "r0", "r5"]


def test_other_writes_rebuild_the_view() -> None:
    table: Table[Row] = Table()
    for index in range(4):
        table.put(f"r{index}", Row(f"r{index}", index))
    view = table.sorted_by("rank", key)
    table.put("r0", Row("r0", 10))  # replacing a record
    assert table.sorted_by("rank", key) is not view
    assert table.sorted_by("rank", key) == fresh(table)
    table.remove("r1")
    assert table.sorted_by("rank", key) == fresh(table)
    row = table.get("r2")
    assert row is not None
    row.rank = -1
    table.touched()
    assert table.sorted_by("rank", key)[0] is row
    assert table.sort_keys("rank", key) == [key(row) for row in fresh(table)]


def test_index_follows_adds_and_is_rebuilt_after_other_writes() -> None:
    table: Table[Row] = Table()
    table.put("a", Row("a", 0, ("x",)))
    index = table.index("tags", by_tag, add_tags)
    assert index == {"x": {"a"}}
    table.put("b", Row("b", 0, ("x", "y")))
    assert table.index("tags", by_tag, add_tags) is index
    assert index == by_tag(table)
    row = table.get("a")
    assert row is not None
    row.tags = ("z",)
    table.touched()
    assert table.index("tags", by_tag, add_tags) == {"x": {"b"}, "y": {"b"}, "z": {"a"}}
    table.remove("b")
    assert table.index("tags", by_tag, add_tags) == {"z": {"a"}}
    table.put("a", Row("a", 0, ()))
    assert table.index("tags", by_tag, add_tags) == {}
