from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collection import Collection
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CollectionList")


@_attrs_define
class CollectionList:
    """One page of collections.

    Example:
        {'values': [{'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f', 'name': 'Finance', 'sharing': {'workspace':
            {'members': 'MEMBER'}}}], 'pagination': {'after': 'eyJrIjpbIkZpbmFuY2UiXX0', 'before':
            'eyJrIjpbIkFuYWx5dGljcyJdfQ'}}

    Attributes:
        values (list[Collection]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[Collection]
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
        from ..models.collection import Collection
        from ..models.pagination import Pagination

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Collection.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        collection_list = cls(
            values=values,
            pagination=pagination,
        )

        return collection_list
