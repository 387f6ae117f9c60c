from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SqlCellSource")


@_attrs_define
class SqlCellSource:
    """The source of a SQL cell and the dataframe its result lands in.

    Example:
        {'source': 'select * from orders', 'outputDataframe': 'orders'}

    Attributes:
        source (str): The cell's SQL query.
        output_dataframe (str): The name of the dataframe that holds the query's result.
    """

    source: str
    output_dataframe: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        output_dataframe = self.output_dataframe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "outputDataframe": output_dataframe,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        output_dataframe = d.pop("outputDataframe")

        sql_cell_source = cls(
            source=source,
            output_dataframe=output_dataframe,
        )

        sql_cell_source.additional_properties = d
        return sql_cell_source

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
