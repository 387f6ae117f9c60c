from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_cell_source import CodeCellSource
    from ..models.markdown_cell_source import MarkdownCellSource
    from ..models.update_sql_cell_source import UpdateSqlCellSource


T = TypeVar("T", bound="UpdateCellContents")


@_attrs_define
class UpdateCellContents:
    """The new source of a cell: at most one entry, the one that matches the cell's type (`codeCell` for CODE, `sqlCell`
    for SQL, `markdownCell` for MARKDOWN cells); other cell types have no editable source. The cell's type is the
    server's state, so a mismatch is a 400 that no schema can foresee.

        Example:
            {'sqlCell': {'source': 'select * from orders where amount > 0'}}

        Attributes:
            code_cell (CodeCellSource | Unset): The source of a code cell. Example: {'source': 'df =
                orders.groupby("region").sum()'}.
            sql_cell (UpdateSqlCellSource | Unset): New source for a SQL cell, and optionally a new result dataframe name.
                Example: {'source': 'select * from orders where amount > 0', 'outputDataframe': 'paid_orders'}.
            markdown_cell (MarkdownCellSource | Unset): The source of a markdown cell. Example: {'source': '# Weekly
                revenue'}.
    """

    code_cell: CodeCellSource | Unset = UNSET
    sql_cell: UpdateSqlCellSource | Unset = UNSET
    markdown_cell: MarkdownCellSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_cell: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_cell, Unset):
            code_cell = self.code_cell.to_dict()

        sql_cell: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_cell, Unset):
            sql_cell = self.sql_cell.to_dict()

        markdown_cell: dict[str, Any] | Unset = UNSET
        if not isinstance(self.markdown_cell, Unset):
            markdown_cell = self.markdown_cell.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_cell is not UNSET:
            field_dict["codeCell"] = code_cell
        if sql_cell is not UNSET:
            field_dict["sqlCell"] = sql_cell
        if markdown_cell is not UNSET:
            field_dict["markdownCell"] = markdown_cell

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_cell_source import CodeCellSource
        from ..models.markdown_cell_source import MarkdownCellSource
        from ..models.update_sql_cell_source import UpdateSqlCellSource

        d = dict(src_dict)
        _code_cell = d.pop("codeCell", UNSET)
        code_cell: CodeCellSource | Unset
        if isinstance(_code_cell, Unset):
            code_cell = UNSET
        else:
            code_cell = CodeCellSource.from_dict(_code_cell)

        _sql_cell = d.pop("sqlCell", UNSET)
        sql_cell: UpdateSqlCellSource | Unset
        if isinstance(_sql_cell, Unset):
            sql_cell = UNSET
        else:
            sql_cell = UpdateSqlCellSource.from_dict(_sql_cell)

        _markdown_cell = d.pop("markdownCell", UNSET)
        markdown_cell: MarkdownCellSource | Unset
        if isinstance(_markdown_cell, Unset):
            markdown_cell = UNSET
        else:
            markdown_cell = MarkdownCellSource.from_dict(_markdown_cell)

        update_cell_contents = cls(
            code_cell=code_cell,
            sql_cell=sql_cell,
            markdown_cell=markdown_cell,
        )

        update_cell_contents.additional_properties = d
        return update_cell_contents

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
