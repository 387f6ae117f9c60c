from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_members import GroupMembers


T = TypeVar("T", bound="CreateGroupRequest")


@_attrs_define
class CreateGroupRequest:
    """A new group and, optionally, its first members.

    Example:
        {'name': 'Data team', 'members': {'users': [{'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}

    Attributes:
        name (str): A non-empty display name. Example: Data team.
        members (GroupMembers | Unset): A list of at most 100 users, by id. Example: {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}.
    """

    name: str
    members: GroupMembers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        members: dict[str, Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_members import GroupMembers

        d = dict(src_dict)
        name = d.pop("name")

        _members = d.pop("members", UNSET)
        members: GroupMembers | Unset
        if isinstance(_members, Unset):
            members = UNSET
        else:
            members = GroupMembers.from_dict(_members)

        create_group_request = cls(
            name=name,
            members=members,
        )

        create_group_request.additional_properties = d
        return create_group_request

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
