from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SchemaObjectStatus")


@_attrs_define
class SchemaObjectStatus:
    """An object's name and its status after the update.

    Example:
        {'status': 'Certified', 'name': 'analytics.public.orders'}

    Attributes:
        status (None | str):
        name (str):
    """

    status: None | str
    name: str

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        name = d.pop("name")

        schema_object_status = cls(
            status=status,
            name=name,
        )

        return schema_object_status
