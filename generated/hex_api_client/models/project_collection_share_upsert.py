from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel

if TYPE_CHECKING:
    from ..models.sharing_collection_ref import SharingCollectionRef


T = TypeVar("T", bound="ProjectCollectionShareUpsert")


@_attrs_define
class ProjectCollectionShareUpsert:
    """A collection to put the project in, with the access its members get; `NONE` takes the project out of the collection.

    Example:
        {'collection': {'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}, 'access': 'APP_ONLY'}

    Attributes:
        collection (SharingCollectionRef): A collection, identified by id. Example: {'id':
            '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'}.
        access (AccessLevel): A level of access to a project, lowest to highest. `APP_ONLY` is what the Hex UI calls
            "Can view app", `CAN_VIEW` is "Can explore", then "Can edit" and "Full access". `NONE` grants nothing and is how
            an existing grant is removed. Example: CAN_VIEW.
    """

    collection: SharingCollectionRef
    access: AccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection.to_dict()

        access = self.access.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sharing_collection_ref import SharingCollectionRef

        d = dict(src_dict)
        collection = SharingCollectionRef.from_dict(d.pop("collection"))

        access = AccessLevel(d.pop("access"))

        project_collection_share_upsert = cls(
            collection=collection,
            access=access,
        )

        project_collection_share_upsert.additional_properties = d
        return project_collection_share_upsert

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
