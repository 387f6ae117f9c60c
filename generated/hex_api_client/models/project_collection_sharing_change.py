from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_collection_sharing_upsert import (
        ProjectCollectionSharingUpsert,
    )


T = TypeVar("T", bound="ProjectCollectionSharingChange")


@_attrs_define
class ProjectCollectionSharingChange:
    """A change to the collections the project belongs to.

    Example:
        {'upsert': {'collections': [{'collection': {'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access':
            'APP_ONLY'}]}}

    Attributes:
        upsert (ProjectCollectionSharingUpsert): The collections whose access to set. Example: {'collections':
            [{'collection': {'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}.
    """

    upsert: ProjectCollectionSharingUpsert
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
        from ..models.project_collection_sharing_upsert import (
            ProjectCollectionSharingUpsert,
        )

        d = dict(src_dict)
        upsert = ProjectCollectionSharingUpsert.from_dict(d.pop("upsert"))

        project_collection_sharing_change = cls(
            upsert=upsert,
        )

        project_collection_sharing_change.additional_properties = d
        return project_collection_sharing_change

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
