from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.semantic_object_update import SemanticObjectUpdate


T = TypeVar("T", bound="UpdateSemanticProjectRequest")


@_attrs_define
class UpdateSemanticProjectRequest:
    """Status updates, applied all together or not at all.

    Example:
        {'updates': [{'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}]}

    Attributes:
        updates (list[SemanticObjectUpdate]):
    """

    updates: list[SemanticObjectUpdate]

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_object_update import SemanticObjectUpdate

        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = SemanticObjectUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        update_semantic_project_request = cls(
            updates=updates,
        )

        return update_semantic_project_request
