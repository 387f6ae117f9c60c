from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.thread_list_item import ThreadListItem


T = TypeVar("T", bound="ThreadList")


@_attrs_define
class ThreadList:
    """One page of threads, most recently created first.

    Example:
        {'threads': [], 'pagination': {'after': None, 'before': None}}

    Attributes:
        threads (list[ThreadListItem]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    threads: list[ThreadListItem]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        threads = []
        for threads_item_data in self.threads:
            threads_item = threads_item_data.to_dict()
            threads.append(threads_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threads": threads,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.thread_list_item import ThreadListItem

        d = dict(src_dict)
        threads = []
        _threads = d.pop("threads")
        for threads_item_data in _threads:
            threads_item = ThreadListItem.from_dict(threads_item_data)

            threads.append(threads_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        thread_list = cls(
            threads=threads,
            pagination=pagination,
        )

        return thread_list
