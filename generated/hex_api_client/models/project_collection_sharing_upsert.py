from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_collection_share_upsert import ProjectCollectionShareUpsert


T = TypeVar("T", bound="ProjectCollectionSharingUpsert")


@_attrs_define
class ProjectCollectionSharingUpsert:
    """The collections whose access to set.

    Example:
        {'collections': [{'collection': {'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}]}

    Attributes:
        collections (list[ProjectCollectionShareUpsert]):
    """

    collections: list[ProjectCollectionShareUpsert]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collections": collections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_collection_share_upsert import (
            ProjectCollectionShareUpsert,
        )

        d = dict(src_dict)
        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:
            collections_item = ProjectCollectionShareUpsert.from_dict(
                collections_item_data
            )

            collections.append(collections_item)

        project_collection_sharing_upsert = cls(
            collections=collections,
        )

        project_collection_sharing_upsert.additional_properties = d
        return project_collection_sharing_upsert

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
