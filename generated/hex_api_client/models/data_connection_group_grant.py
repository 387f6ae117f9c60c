from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connection_sharing_access_level import (
    DataConnectionSharingAccessLevel,
)

if TYPE_CHECKING:
    from ..models.data_connection_group_reference import DataConnectionGroupReference


T = TypeVar("T", bound="DataConnectionGroupGrant")


@_attrs_define
class DataConnectionGroupGrant:
    """The access to give one group (`NONE` takes it away).

    Example:
        {'access': 'QUERY', 'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}

    Attributes:
        access (DataConnectionSharingAccessLevel): A principal's access to a connection: none, query access, or access
            to view results only. Example: QUERY.
        group (DataConnectionGroupReference): The group a grant is for. Example: {'id':
            '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}.
    """

    access: DataConnectionSharingAccessLevel
    group: DataConnectionGroupReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access.value

        group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_connection_group_reference import (
            DataConnectionGroupReference,
        )

        d = dict(src_dict)
        access = DataConnectionSharingAccessLevel(d.pop("access"))

        group = DataConnectionGroupReference.from_dict(d.pop("group"))

        data_connection_group_grant = cls(
            access=access,
            group=group,
        )

        data_connection_group_grant.additional_properties = d
        return data_connection_group_grant

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
