from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.schema_object_type import SchemaObjectType

T = TypeVar("T", bound="SchemaObjectUpdate")


@_attrs_define
class SchemaObjectUpdate:
    """A status to set (or clear, with null) on one database, schema or table.

    Example:
        {'type': 'TABLE', 'name': 'analytics.public.orders', 'status': 'Certified'}

    Attributes:
        type_ (SchemaObjectType): The level of a catalog object. Example: TABLE.
        name (str): A plain name for a DATABASE, the qualified name for a SCHEMA or TABLE.
        status (None | str): The name of one of the workspace's statuses, or null to clear the status.
    """

    type_: SchemaObjectType
    name: str
    status: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        status: None | str
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SchemaObjectType(d.pop("type"))

        name = d.pop("name")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        schema_object_update = cls(
            type_=type_,
            name=name,
            status=status,
        )

        return schema_object_update
