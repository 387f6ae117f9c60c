from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CurrentDescriptions")


@_attrs_define
class CurrentDescriptions:
    """The descriptions the object has now, by where they come from.

    Example:
        {'hexDescription': None, 'warehouseComment': 'Orders table', 'dbtDescription': None}

    Attributes:
        hex_description (None | str):
        warehouse_comment (None | str):
        dbt_description (None | str):
    """

    hex_description: None | str
    warehouse_comment: None | str
    dbt_description: None | str

    def to_dict(self) -> dict[str, Any]:
        hex_description: None | str
        hex_description = self.hex_description

        warehouse_comment: None | str
        warehouse_comment = self.warehouse_comment

        dbt_description: None | str
        dbt_description = self.dbt_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hexDescription": hex_description,
                "warehouseComment": warehouse_comment,
                "dbtDescription": dbt_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_hex_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hex_description = _parse_hex_description(d.pop("hexDescription"))

        def _parse_warehouse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warehouse_comment = _parse_warehouse_comment(d.pop("warehouseComment"))

        def _parse_dbt_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dbt_description = _parse_dbt_description(d.pop("dbtDescription"))

        current_descriptions = cls(
            hex_description=hex_description,
            warehouse_comment=warehouse_comment,
            dbt_description=dbt_description,
        )

        return current_descriptions
