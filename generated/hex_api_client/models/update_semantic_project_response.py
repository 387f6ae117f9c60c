from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.semantic_objects_updated import SemanticObjectsUpdated


T = TypeVar("T", bound="UpdateSemanticProjectResponse")


@_attrs_define
class UpdateSemanticProjectResponse:
    """What an UpdateSemanticProject changed.

    Example:
        {'updated': {'views': [], 'datasets': [{'status': 'Certified', 'name': 'orders'}]}}

    Attributes:
        updated (SemanticObjectsUpdated): The updated datasets and views. Example: {'views': [], 'datasets': [{'status':
            'Certified', 'name': 'orders'}]}.
    """

    updated: SemanticObjectsUpdated

    def to_dict(self) -> dict[str, Any]:
        updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_objects_updated import SemanticObjectsUpdated

        d = dict(src_dict)
        updated = SemanticObjectsUpdated.from_dict(d.pop("updated"))

        update_semantic_project_response = cls(
            updated=updated,
        )

        return update_semantic_project_response
