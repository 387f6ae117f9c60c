from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.topic import Topic


T = TypeVar("T", bound="TopicList")


@_attrs_define
class TopicList:
    """One page of topics, sorted by name.

    Example:
        {'topics': [{'id': '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'name': 'Revenue'}], 'pagination': {'after': None,
            'before': None}}

    Attributes:
        topics (list[Topic]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    topics: list[Topic]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "topics": topics,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.topic import Topic

        d = dict(src_dict)
        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = Topic.from_dict(topics_item_data)

            topics.append(topics_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        topic_list = cls(
            topics=topics,
            pagination=pagination,
        )

        return topic_list
