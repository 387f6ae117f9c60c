from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.group_members import GroupMembers


T = TypeVar("T", bound="CreateGroupResponse")


@_attrs_define
class CreateGroupResponse:
    """A group that was just created, with its members.

    Example:
        {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190', 'name': 'Data team', 'members': {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}

    Attributes:
        id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        name (str): A non-empty display name. Example: Data team.
        members (GroupMembers): A list of at most 100 users, by id. Example: {'users': [{'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}.
    """

    id: UUID
    name: str
    members: GroupMembers

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        members = self.members.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_members import GroupMembers

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        members = GroupMembers.from_dict(d.pop("members"))

        create_group_response = cls(
            id=id,
            name=name,
            members=members,
        )

        return create_group_response
