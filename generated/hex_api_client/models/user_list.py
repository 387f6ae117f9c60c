from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.user import User


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """One page of users.

    Example:
        {'values': [{'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'name': 'Ana Souza', 'email': 'ana@example.com',
            'role': 'EDITOR', 'lastLoginDate': None}], 'pagination': {'after': 'eyJrIjpbIkFuYSBTb3V6YSJdfQ', 'before':
            'eyJrIjpbIkFiZSJdfQ'}}

    Attributes:
        values (list[User]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[User]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.user import User

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = User.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        user_list = cls(
            values=values,
            pagination=pagination,
        )

        user_list.additional_properties = d
        return user_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
