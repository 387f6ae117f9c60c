from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel

if TYPE_CHECKING:
    from ..models.project_shared_group import ProjectSharedGroup


T = TypeVar("T", bound="ProjectGroupShare")


@_attrs_define
class ProjectGroupShare:
    """The access one group has been given on the project.

    Example:
        {'group': {'name': 'Analytics'}, 'access': 'CAN_EDIT'}

    Attributes:
        group (ProjectSharedGroup): A group, identified by name. Example: {'name': 'Analytics'}.
        access (AccessLevel): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex UI calls
            "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing and is how
            an existing grant is removed. Example: CAN_VIEW.
    """

    group: ProjectSharedGroup
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
        from ..models.project_shared_group import ProjectSharedGroup

        d = dict(src_dict)
        group = ProjectSharedGroup.from_dict(d.pop("group"))

        access = AccessLevel(d.pop("access"))

        project_group_share = cls(
            group=group,
            access=access,
        )

        project_group_share.additional_properties = d
        return project_group_share

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
