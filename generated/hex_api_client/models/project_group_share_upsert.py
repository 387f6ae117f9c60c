from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel

if TYPE_CHECKING:
    from ..models.sharing_group_ref import SharingGroupRef


T = TypeVar("T", bound="ProjectGroupShareUpsert")


@_attrs_define
class ProjectGroupShareUpsert:
    """The access to give one group; `NONE` removes the group's access.

    Example:
        {'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}, 'access': 'CAN_VIEW'}

    Attributes:
        group (SharingGroupRef): A group, identified by id. Example: {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}.
        access (AccessLevel): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex UI calls
            "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing and is how
            an existing grant is removed. Example: CAN_VIEW.
    """

    group: SharingGroupRef
    access: AccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        access = self.access.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sharing_group_ref import SharingGroupRef

        d = dict(src_dict)
        group = SharingGroupRef.from_dict(d.pop("group"))

        access = AccessLevel(d.pop("access"))

        project_group_share_upsert = cls(
            group=group,
            access=access,
        )

        project_group_share_upsert.additional_properties = d
        return project_group_share_upsert

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
