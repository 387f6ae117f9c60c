from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_entity_filter import SchemaEntityFilter


T = TypeVar("T", bound="DataConnectionSchemaFilters")


@_attrs_define
class DataConnectionSchemaFilters:
    """The connection's schema-browser filters, per level.

    Example:
        {'schemas': {'exclude': {'values': ['information_schema'], 'matchType': 'EXACT'}}}

    Attributes:
        tables (SchemaEntityFilter | Unset): Which databases, schemas or tables to include in or exclude from the schema
            browser. Example: {'exclude': {'values': ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}}.
        schemas (SchemaEntityFilter | Unset): Which databases, schemas or tables to include in or exclude from the
            schema browser. Example: {'exclude': {'values': ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}}.
        databases (SchemaEntityFilter | Unset): Which databases, schemas or tables to include in or exclude from the
            schema browser. Example: {'exclude': {'values': ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}}.
    """

    tables: SchemaEntityFilter | Unset = UNSET
    schemas: SchemaEntityFilter | Unset = UNSET
    databases: SchemaEntityFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = self.tables.to_dict()

        schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas.to_dict()

        databases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = self.databases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tables is not UNSET:
            field_dict["tables"] = tables
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if databases is not UNSET:
            field_dict["databases"] = databases

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_entity_filter import SchemaEntityFilter

        d = dict(src_dict)
        _tables = d.pop("tables", UNSET)
        tables: SchemaEntityFilter | Unset
        if isinstance(_tables, Unset):
            tables = UNSET
        else:
            tables = SchemaEntityFilter.from_dict(_tables)

        _schemas = d.pop("schemas", UNSET)
        schemas: SchemaEntityFilter | Unset
        if isinstance(_schemas, Unset):
            schemas = UNSET
        else:
            schemas = SchemaEntityFilter.from_dict(_schemas)

        _databases = d.pop("databases", UNSET)
        databases: SchemaEntityFilter | Unset
        if isinstance(_databases, Unset):
            databases = UNSET
        else:
            databases = SchemaEntityFilter.from_dict(_databases)

        data_connection_schema_filters = cls(
            tables=tables,
            schemas=schemas,
            databases=databases,
        )

        data_connection_schema_filters.additional_properties = d
        return data_connection_schema_filters

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
