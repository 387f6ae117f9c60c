from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="GroupMembers")


@_attrs_define
class GroupMembers:
    """A list of at most 100 users, by id.

    Example:
        {'users': [{'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}

    Attributes:
        users (list[GroupMember] | Unset):
    """

    users: list[GroupMember] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_member import GroupMember

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[GroupMember] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = GroupMember.from_dict(users_item_data)

                users.append(users_item)

        group_members = cls(
            users=users,
        )

        return group_members
