from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionGroupAccess")


@_attrs_define
class CollectionGroupAccess:
    """A group's access to a collection.

    Example:
        {'access': 'MEMBER', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}

    Attributes:
        access (str): A principal's access level on a collection. Hex does not publish the possible values, so this is
            an open string, stored and returned as sent. Example: MEMBER.
        id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
    """

    access: str
    id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access = d.pop("access")

        id = UUID(d.pop("id"))

        collection_group_access = cls(
            access=access,
            id=id,
        )

        collection_group_access.additional_properties = d
        return collection_group_access

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
