from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_org_and_public_sharing_change import (
        ProjectOrgAndPublicSharingChange,
    )


T = TypeVar("T", bound="EditProjectSharingOrgAndPublicRequest")


@_attrs_define
class EditProjectSharingOrgAndPublicRequest:
    """The body of EditProjectSharingOrgAndPublic.

    Example:
        {'sharing': {'workspace': 'CAN_VIEW'}}

    Attributes:
        sharing (ProjectOrgAndPublicSharingChange): The new workspace-wide and public-web access; omitted keys are left
            unchanged. Example: {'workspace': 'CAN_VIEW', 'publicWeb': 'APP_ONLY'}.
    """

    sharing: ProjectOrgAndPublicSharingChange
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
        from ..models.project_org_and_public_sharing_change import (
            ProjectOrgAndPublicSharingChange,
        )

        d = dict(src_dict)
        sharing = ProjectOrgAndPublicSharingChange.from_dict(d.pop("sharing"))

        edit_project_sharing_org_and_public_request = cls(
            sharing=sharing,
        )

        edit_project_sharing_org_and_public_request.additional_properties = d
        return edit_project_sharing_org_and_public_request

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
