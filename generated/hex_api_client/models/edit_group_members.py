from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_members import GroupMembers


T = TypeVar("T", bound="EditGroupMembers")


@_attrs_define
class EditGroupMembers:
    """Users to add to and remove from a group. A user cannot be both added and removed in one edit (see the operation's
    `x-hex-constraints`).

        Example:
            {'add': {'users': [{'id': '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'}]}, 'remove': {'users': [{'id':
                '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}

        Attributes:
            add (GroupMembers | Unset): A list of at most 100 users, by id. Example: {'users': [{'id':
                '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}.
            remove (GroupMembers | Unset): A list of at most 100 users, by id. Example: {'users': [{'id':
                '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}.
    """

    add: GroupMembers | Unset = UNSET
    remove: GroupMembers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add.to_dict()

        remove: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_members import GroupMembers

        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: GroupMembers | Unset
        if isinstance(_add, Unset):
            add = UNSET
        else:
            add = GroupMembers.from_dict(_add)

        _remove = d.pop("remove", UNSET)
        remove: GroupMembers | Unset
        if isinstance(_remove, Unset):
            remove = UNSET
        else:
            remove = GroupMembers.from_dict(_remove)

        edit_group_members = cls(
            add=add,
            remove=remove,
        )

        edit_group_members.additional_properties = d
        return edit_group_members

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
