from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.schema_object_update import SchemaObjectUpdate


T = TypeVar("T", bound="UpdateDataConnectionSchemaRequest")


@_attrs_define
class UpdateDataConnectionSchemaRequest:
    """Status updates, applied all together or not at all.

    Example:
        {'updates': [{'type': 'TABLE', 'name': 'analytics.public.orders', 'status': 'Certified'}, {'type': 'SCHEMA',
            'name': 'analytics.staging', 'status': None}]}

    Attributes:
        updates (list[SchemaObjectUpdate]):
    """

    updates: list[SchemaObjectUpdate]

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
        from ..models.schema_object_update import SchemaObjectUpdate

        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = SchemaObjectUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        update_data_connection_schema_request = cls(
            updates=updates,
        )

        return update_data_connection_schema_request
