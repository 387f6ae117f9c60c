from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSqlCellSource")


@_attrs_define
class CreateSqlCellSource:
    """The source of a new SQL cell. `dataConnectionId` and `isDataframeSql: true` are mutually exclusive.

    Example:
        {'source': 'select * from orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d',
            'outputDataframe': 'orders'}

    Attributes:
        source (str): The SQL query.
        data_connection_id (UUID | Unset): The id of a data connection. Example: c8f815c8-88c2-4dea-981f-69f544d6165d.
        is_dataframe_sql (bool | Unset): True to make a dataframe SQL cell, which queries the results of other cells in
            the project instead of a data connection.
        output_dataframe (str | Unset): The name of a dataframe: a Python identifier (ASCII letters, digits and `_`, not
            starting with a digit) that is not a Python keyword, since the result lands in a Python variable. Example:
            orders.
    """

    source: str
    data_connection_id: UUID | Unset = UNSET
    is_dataframe_sql: bool | Unset = UNSET
    output_dataframe: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        data_connection_id: str | Unset = UNSET
        if not isinstance(self.data_connection_id, Unset):
            data_connection_id = str(self.data_connection_id)

        is_dataframe_sql = self.is_dataframe_sql

        output_dataframe = self.output_dataframe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if data_connection_id is not UNSET:
            field_dict["dataConnectionId"] = data_connection_id
        if is_dataframe_sql is not UNSET:
            field_dict["isDataframeSql"] = is_dataframe_sql
        if output_dataframe is not UNSET:
            field_dict["outputDataframe"] = output_dataframe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        _data_connection_id = d.pop("dataConnectionId", UNSET)
        data_connection_id: UUID | Unset
        if isinstance(_data_connection_id, Unset):
            data_connection_id = UNSET
        else:
            data_connection_id = UUID(_data_connection_id)

        is_dataframe_sql = d.pop("isDataframeSql", UNSET)

        output_dataframe = d.pop("outputDataframe", UNSET)

        create_sql_cell_source = cls(
            source=source,
            data_connection_id=data_connection_id,
            is_dataframe_sql=is_dataframe_sql,
            output_dataframe=output_dataframe,
        )

        create_sql_cell_source.additional_properties = d
        return create_sql_cell_source

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
