from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel

T = TypeVar("T", bound="ProjectAudienceAccess")


@_attrs_define
class ProjectAudienceAccess:
    """The access a whole audience (the workspace, the public web, Hex support) has on the project.

    Example:
        {'access': 'NONE'}

    Attributes:
        access (AccessLevel): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex UI calls
            "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing and is how
            an existing grant is removed. Example: CAN_VIEW.
    """

    access: AccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access = AccessLevel(d.pop("access"))

        project_audience_access = cls(
            access=access,
        )

        project_audience_access.additional_properties = d
        return project_audience_access

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
