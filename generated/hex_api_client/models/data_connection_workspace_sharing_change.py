from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connection_public_access_level import DataConnectionPublicAccessLevel
from ..models.data_connection_sharing_access_level import (
    DataConnectionSharingAccessLevel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataConnectionWorkspaceSharingChange")


@_attrs_define
class DataConnectionWorkspaceSharingChange:
    """The access to give whole audiences; audiences left out keep theirs.

    Example:
        {'members': 'QUERY'}

    Attributes:
        public (DataConnectionPublicAccessLevel | Unset): The access a connection may give the public web (to view
            results at most). Example: NONE.
        guests (DataConnectionSharingAccessLevel | Unset): A principal's access to a connection: none, query access, or
            access to view results only. Example: QUERY.
        members (DataConnectionSharingAccessLevel | Unset): A principal's access to a connection: none, query access, or
            access to view results only. Example: QUERY.
    """

    public: DataConnectionPublicAccessLevel | Unset = UNSET
    guests: DataConnectionSharingAccessLevel | Unset = UNSET
    members: DataConnectionSharingAccessLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public: str | Unset = UNSET
        if not isinstance(self.public, Unset):
            public = self.public.value

        guests: str | Unset = UNSET
        if not isinstance(self.guests, Unset):
            guests = self.guests.value

        members: str | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public is not UNSET:
            field_dict["public"] = public
        if guests is not UNSET:
            field_dict["guests"] = guests
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _public = d.pop("public", UNSET)
        public: DataConnectionPublicAccessLevel | Unset
        if isinstance(_public, Unset):
            public = UNSET
        else:
            public = DataConnectionPublicAccessLevel(_public)

        _guests = d.pop("guests", UNSET)
        guests: DataConnectionSharingAccessLevel | Unset
        if isinstance(_guests, Unset):
            guests = UNSET
        else:
            guests = DataConnectionSharingAccessLevel(_guests)

        _members = d.pop("members", UNSET)
        members: DataConnectionSharingAccessLevel | Unset
        if isinstance(_members, Unset):
            members = UNSET
        else:
            members = DataConnectionSharingAccessLevel(_members)

        data_connection_workspace_sharing_change = cls(
            public=public,
            guests=guests,
            members=members,
        )

        data_connection_workspace_sharing_change.additional_properties = d
        return data_connection_workspace_sharing_change

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
