from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.thread_message_block import ThreadMessageBlock


T = TypeVar("T", bound="ThreadMessageList")


@_attrs_define
class ThreadMessageList:
    """One page of a thread's message blocks, oldest first.

    Example:
        {'content': [{'type': 'text', 'text': 'user: Which regions grew fastest last quarter?', 'createdAt':
            '2025-03-18T08:38:03.873Z'}], 'pagination': {'after': None, 'before': None}}

    Attributes:
        content (list[ThreadMessageBlock]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    content: list[ThreadMessageBlock]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.thread_message_block import ThreadMessageBlock

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = ThreadMessageBlock.from_dict(content_item_data)

            content.append(content_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        thread_message_list = cls(
            content=content,
            pagination=pagination,
        )

        return thread_message_list
