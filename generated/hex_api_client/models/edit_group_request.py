from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_group_members import EditGroupMembers


T = TypeVar("T", bound="EditGroupRequest")


@_attrs_define
class EditGroupRequest:
    """The changes to make to a group; omitted fields stay as they are.

    Example:
        {'name': 'Analytics team', 'members': {'add': {'users': [{'id': '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}}}

    Attributes:
        name (str | Unset): A non-empty display name. Example: Data team.
        members (EditGroupMembers | Unset): Users to add to and remove from a group. A user cannot be both added and
            removed in one edit (see the operation's `x-hex-constraints`). Example: {'add': {'users': [{'id':
            '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}, 'remove': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.
    """

    name: str | Unset = UNSET
    members: EditGroupMembers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        members: dict[str, Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edit_group_members import EditGroupMembers

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _members = d.pop("members", UNSET)
        members: EditGroupMembers | Unset
        if isinstance(_members, Unset):
            members = UNSET
        else:
            members = EditGroupMembers.from_dict(_members)

        edit_group_request = cls(
            name=name,
            members=members,
        )

        edit_group_request.additional_properties = d
        return edit_group_request

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
