from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_cell_output_type import TableCellOutputType
from ..models.total_rows_kind import TotalRowsKind

if TYPE_CHECKING:
    from ..models.output_column import OutputColumn
    from ..models.table_cell_output_rows_item import TableCellOutputRowsItem


T = TypeVar("T", bound="TableCellOutput")


@_attrs_define
class TableCellOutput:
    """The first rows of a SQL cell's result. Every value is sent as a string (or `null`), whatever the column's type, so
    that nothing is lost in transport.

        Example:
            {'type': 'table', 'rowLimit': 100, 'rowsReturned': 1, 'totalRows': 1, 'totalRowsKind': 'EXACT', 'truncated':
                False, 'columns': [{'name': 'region', 'type': 'TEXT'}], 'rows': [{'region': 'EMEA'}]}

        Attributes:
            type_ (TableCellOutputType): Always `table`.
            row_limit (int): The most rows a preview returns.
            rows_returned (int): How many rows `rows` holds.
            total_rows (int | None): How many rows the result has (see `totalRowsKind`), or `null` if not known.
            total_rows_kind (TotalRowsKind): Whether `totalRows` is the exact count, a lower bound, or not known. Example:
                EXACT.
            truncated (bool): Whether the result has more rows than `rows` holds.
            columns (list[OutputColumn]):
            rows (list[TableCellOutputRowsItem]): The rows, each keyed by column name.
    """

    type_: TableCellOutputType
    row_limit: int
    rows_returned: int
    total_rows: int | None
    total_rows_kind: TotalRowsKind
    truncated: bool
    columns: list[OutputColumn]
    rows: list[TableCellOutputRowsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        row_limit = self.row_limit

        rows_returned = self.rows_returned

        total_rows: int | None
        total_rows = self.total_rows

        total_rows_kind = self.total_rows_kind.value

        truncated = self.truncated

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "rowLimit": row_limit,
                "rowsReturned": rows_returned,
                "totalRows": total_rows,
                "totalRowsKind": total_rows_kind,
                "truncated": truncated,
                "columns": columns,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_column import OutputColumn
        from ..models.table_cell_output_rows_item import TableCellOutputRowsItem

        d = dict(src_dict)
        type_ = TableCellOutputType(d.pop("type"))

        row_limit = d.pop("rowLimit")

        rows_returned = d.pop("rowsReturned")

        def _parse_total_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_rows = _parse_total_rows(d.pop("totalRows"))

        total_rows_kind = TotalRowsKind(d.pop("totalRowsKind"))

        truncated = d.pop("truncated")

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = OutputColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = TableCellOutputRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        table_cell_output = cls(
            type_=type_,
            row_limit=row_limit,
            rows_returned=rows_returned,
            total_rows=total_rows,
            total_rows_kind=total_rows_kind,
            truncated=truncated,
            columns=columns,
            rows=rows,
        )

        table_cell_output.additional_properties = d
        return table_cell_output

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
