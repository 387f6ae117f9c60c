from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_group_share_upsert import ProjectGroupShareUpsert


T = TypeVar("T", bound="ProjectGroupSharingUpsert")


@_attrs_define
class ProjectGroupSharingUpsert:
    """The groups whose access to set.

    Example:
        {'groups': [{'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}, 'access': 'CAN_VIEW'}]}

    Attributes:
        groups (list[ProjectGroupShareUpsert]):
    """

    groups: list[ProjectGroupShareUpsert]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_group_share_upsert import ProjectGroupShareUpsert

        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ProjectGroupShareUpsert.from_dict(groups_item_data)

            groups.append(groups_item)

        project_group_sharing_upsert = cls(
            groups=groups,
        )

        project_group_sharing_upsert.additional_properties = d
        return project_group_sharing_upsert

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
