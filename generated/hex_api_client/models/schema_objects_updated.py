from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.schema_object_status import SchemaObjectStatus


T = TypeVar("T", bound="SchemaObjectsUpdated")


@_attrs_define
class SchemaObjectsUpdated:
    """The updated objects, by level.

    Example:
        {'tables': [{'status': 'Certified', 'name': 'analytics.public.orders'}], 'schemas': [], 'databases': []}

    Attributes:
        tables (list[SchemaObjectStatus]):
        schemas (list[SchemaObjectStatus]):
        databases (list[SchemaObjectStatus]):
    """

    tables: list[SchemaObjectStatus]
    schemas: list[SchemaObjectStatus]
    databases: list[SchemaObjectStatus]

    def to_dict(self) -> dict[str, Any]:
        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        schemas = []
        for schemas_item_data in self.schemas:
            schemas_item = schemas_item_data.to_dict()
            schemas.append(schemas_item)

        databases = []
        for databases_item_data in self.databases:
            databases_item = databases_item_data.to_dict()
            databases.append(databases_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tables": tables,
                "schemas": schemas,
                "databases": databases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_object_status import SchemaObjectStatus

        d = dict(src_dict)
        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = SchemaObjectStatus.from_dict(tables_item_data)

            tables.append(tables_item)

        schemas = []
        _schemas = d.pop("schemas")
        for schemas_item_data in _schemas:
            schemas_item = SchemaObjectStatus.from_dict(schemas_item_data)

            schemas.append(schemas_item)

        databases = []
        _databases = d.pop("databases")
        for databases_item_data in _databases:
            databases_item = SchemaObjectStatus.from_dict(databases_item_data)

            databases.append(databases_item)

        schema_objects_updated = cls(
            tables=tables,
            schemas=schemas,
            databases=databases,
        )

        return schema_objects_updated
