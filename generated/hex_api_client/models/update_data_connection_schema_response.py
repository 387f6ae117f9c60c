from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.schema_objects_updated import SchemaObjectsUpdated


T = TypeVar("T", bound="UpdateDataConnectionSchemaResponse")


@_attrs_define
class UpdateDataConnectionSchemaResponse:
    """What an UpdateDataConnectionSchema changed.

    Example:
        {'updated': {'tables': [{'status': 'Certified', 'name': 'analytics.public.orders'}], 'schemas': [], 'databases':
            []}}

    Attributes:
        updated (SchemaObjectsUpdated): The updated objects, by level. Example: {'tables': [{'status': 'Certified',
            'name': 'analytics.public.orders'}], 'schemas': [], 'databases': []}.
    """

    updated: SchemaObjectsUpdated

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
        from ..models.schema_objects_updated import SchemaObjectsUpdated

        d = dict(src_dict)
        updated = SchemaObjectsUpdated.from_dict(d.pop("updated"))

        update_data_connection_schema_response = cls(
            updated=updated,
        )

        return update_data_connection_schema_response
