from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectOrgAndPublicSharingChange")


@_attrs_define
class ProjectOrgAndPublicSharingChange:
    """The new workspace-wide and public-web access; omitted keys are left unchanged.

    Example:
        {'workspace': 'CAN_VIEW', 'publicWeb': 'APP_ONLY'}

    Attributes:
        workspace (AccessLevel | Unset): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex
            UI calls "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing
            and is how an existing grant is removed. Example: CAN_VIEW.
        public_web (AccessLevel | Unset): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex
            UI calls "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing
            and is how an existing grant is removed. Example: CAN_VIEW.
    """

    workspace: AccessLevel | Unset = UNSET
    public_web: AccessLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace: str | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.value

        public_web: str | Unset = UNSET
        if not isinstance(self.public_web, Unset):
            public_web = self.public_web.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if public_web is not UNSET:
            field_dict["publicWeb"] = public_web

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _workspace = d.pop("workspace", UNSET)
        workspace: AccessLevel | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = AccessLevel(_workspace)

        _public_web = d.pop("publicWeb", UNSET)
        public_web: AccessLevel | Unset
        if isinstance(_public_web, Unset):
            public_web = UNSET
        else:
            public_web = AccessLevel(_public_web)

        project_org_and_public_sharing_change = cls(
            workspace=workspace,
            public_web=public_web,
        )

        project_org_and_public_sharing_change.additional_properties = d
        return project_org_and_public_sharing_change

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
