from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_sql_cell_source import CreateSqlCellSource


T = TypeVar("T", bound="CreateSqlCellContents")


@_attrs_define
class CreateSqlCellContents:
    """The contents of a new SQL cell.

    Example:
        {'sqlCell': {'source': 'select * from orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}

    Attributes:
        sql_cell (CreateSqlCellSource): The source of a new SQL cell. `dataConnectionId` and `isDataframeSql` are
            mutually exclusive. Example: {'source': 'select * from orders', 'dataConnectionId':
            'c8f815c8-88c2-4dea-981f-69f544d6165d', 'outputDataframe': 'orders'}.
    """

    sql_cell: CreateSqlCellSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sql_cell = self.sql_cell.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sqlCell": sql_cell,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_sql_cell_source import CreateSqlCellSource

        d = dict(src_dict)
        sql_cell = CreateSqlCellSource.from_dict(d.pop("sqlCell"))

        create_sql_cell_contents = cls(
            sql_cell=sql_cell,
        )

        create_sql_cell_contents.additional_properties = d
        return create_sql_cell_contents

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
