from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_group_sharing_change import ProjectGroupSharingChange


T = TypeVar("T", bound="EditProjectSharingGroupsRequest")


@_attrs_define
class EditProjectSharingGroupsRequest:
    """The body of EditProjectSharingGroups.

    Example:
        {'sharing': {'upsert': {'groups': [{'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}, 'access':
            'CAN_VIEW'}]}}}

    Attributes:
        sharing (ProjectGroupSharingChange): A change to the project's group sharing. Example: {'upsert': {'groups':
            [{'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}, 'access': 'CAN_VIEW'}]}}.
    """

    sharing: ProjectGroupSharingChange
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
        from ..models.project_group_sharing_change import ProjectGroupSharingChange

        d = dict(src_dict)
        sharing = ProjectGroupSharingChange.from_dict(d.pop("sharing"))

        edit_project_sharing_groups_request = cls(
            sharing=sharing,
        )

        edit_project_sharing_groups_request.additional_properties = d
        return edit_project_sharing_groups_request

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
