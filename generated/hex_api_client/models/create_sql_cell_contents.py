from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_sql_cell_source import CreateSqlCellSource


T = TypeVar("T", bound="CreateSqlCellContents")


@_attrs_define
class CreateSqlCellContents:
    """The contents of a new SQL cell.

    Example:
        {'sqlCell': {'source': 'select * from orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}

    Attributes:
        sql_cell (CreateSqlCellSource): The source of a new SQL cell. `dataConnectionId` and `isDataframeSql: true` are
            mutually exclusive. Example: {'source': 'select * from orders', 'dataConnectionId':
            'c8f815c8-88c2-4dea-981f-69f544d6165d', 'outputDataframe': 'orders'}.
    """

    sql_cell: CreateSqlCellSource

    def to_dict(self) -> dict[str, Any]:
        sql_cell = self.sql_cell.to_dict()

        field_dict: dict[str, Any] = {}

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

        return create_sql_cell_contents
