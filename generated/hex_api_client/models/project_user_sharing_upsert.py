from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_user_share_upsert import ProjectUserShareUpsert


T = TypeVar("T", bound="ProjectUserSharingUpsert")


@_attrs_define
class ProjectUserSharingUpsert:
    """The users whose access to set.

    Example:
        {'users': [{'user': {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'access': 'CAN_EDIT'}]}

    Attributes:
        users (list[ProjectUserShareUpsert]):
    """

    users: list[ProjectUserShareUpsert]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_user_share_upsert import ProjectUserShareUpsert

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = ProjectUserShareUpsert.from_dict(users_item_data)

            users.append(users_item)

        project_user_sharing_upsert = cls(
            users=users,
        )

        project_user_sharing_upsert.additional_properties = d
        return project_user_sharing_upsert

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
