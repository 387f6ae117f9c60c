from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectCollectionSharingError")


@_attrs_define
class ProjectCollectionSharingError:
    """Collections the project could not be added to or removed from, and why.

    Example:
        {'collectionIds': ['2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f'], 'reason': 'Collection not found'}

    Attributes:
        collection_ids (list[UUID]):
        reason (str):
    """

    collection_ids: list[UUID]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        collection_ids = []
        for collection_ids_item_data in self.collection_ids:
            collection_ids_item = str(collection_ids_item_data)
            collection_ids.append(collection_ids_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collectionIds": collection_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_ids = []
        _collection_ids = d.pop("collectionIds")
        for collection_ids_item_data in _collection_ids:
            collection_ids_item = UUID(collection_ids_item_data)

            collection_ids.append(collection_ids_item)

        reason = d.pop("reason")

        project_collection_sharing_error = cls(
            collection_ids=collection_ids,
            reason=reason,
        )

        return project_collection_sharing_error
