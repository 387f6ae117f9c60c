from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.pagination import Pagination


T = TypeVar("T", bound="GroupList")


@_attrs_define
class GroupList:
    """One page of groups.

    Example:
        {'values': [{'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190', 'name': 'Data team', 'createdAt':
            '2024-12-03T09:54:58.471Z'}], 'pagination': {'after': 'eyJrIjpbIkRhdGEgdGVhbSJdfQ', 'before':
            'eyJrIjpbIkFuYWx5dGljcyJdfQ'}}

    Attributes:
        values (list[Group]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[Group]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "values": values,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group import Group
        from ..models.pagination import Pagination

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Group.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        group_list = cls(
            values=values,
            pagination=pagination,
        )

        return group_list
