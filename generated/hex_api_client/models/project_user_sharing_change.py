from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_user_sharing_upsert import ProjectUserSharingUpsert


T = TypeVar("T", bound="ProjectUserSharingChange")


@_attrs_define
class ProjectUserSharingChange:
    """A change to the project's user sharing.

    Example:
        {'upsert': {'users': [{'user': {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'access': 'CAN_EDIT'}]}}

    Attributes:
        upsert (ProjectUserSharingUpsert): The users whose access to set. Example: {'users': [{'user': {'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'access': 'CAN_EDIT'}]}.
    """

    upsert: ProjectUserSharingUpsert
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upsert = self.upsert.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upsert": upsert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_user_sharing_upsert import ProjectUserSharingUpsert

        d = dict(src_dict)
        upsert = ProjectUserSharingUpsert.from_dict(d.pop("upsert"))

        project_user_sharing_change = cls(
            upsert=upsert,
        )

        project_user_sharing_change.additional_properties = d
        return project_user_sharing_change

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
