from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSqlCellSource")


@_attrs_define
class UpdateSqlCellSource:
    """New source for a SQL cell, and optionally a new result dataframe name.

    Example:
        {'source': 'select * from orders where amount > 0', 'outputDataframe': 'paid_orders'}

    Attributes:
        source (str): The new SQL query.
        output_dataframe (str | Unset): The name of a dataframe: a Python identifier (ASCII letters, digits and `_`, not
            starting with a digit) that is not a Python keyword, since the result lands in a Python variable. Example:
            orders.
    """

    source: str
    output_dataframe: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        output_dataframe = self.output_dataframe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if output_dataframe is not UNSET:
            field_dict["outputDataframe"] = output_dataframe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        output_dataframe = d.pop("outputDataframe", UNSET)

        update_sql_cell_source = cls(
            source=source,
            output_dataframe=output_dataframe,
        )

        update_sql_cell_source.additional_properties = d
        return update_sql_cell_source

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
