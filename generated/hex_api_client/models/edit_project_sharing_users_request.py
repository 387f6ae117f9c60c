from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_user_sharing_change import ProjectUserSharingChange


T = TypeVar("T", bound="EditProjectSharingUsersRequest")


@_attrs_define
class EditProjectSharingUsersRequest:
    """The body of EditProjectSharingUsers.

    Example:
        {'sharing': {'upsert': {'users': [{'user': {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'access':
            'CAN_EDIT'}]}}}

    Attributes:
        sharing (ProjectUserSharingChange): A change to the project's user sharing. Example: {'upsert': {'users':
            [{'user': {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'access': 'CAN_EDIT'}]}}.
    """

    sharing: ProjectUserSharingChange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sharing": sharing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_user_sharing_change import ProjectUserSharingChange

        d = dict(src_dict)
        sharing = ProjectUserSharingChange.from_dict(d.pop("sharing"))

        edit_project_sharing_users_request = cls(
            sharing=sharing,
        )

        edit_project_sharing_users_request.additional_properties = d
        return edit_project_sharing_users_request

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
