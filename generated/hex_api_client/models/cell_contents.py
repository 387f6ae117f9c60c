from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.code_cell_source import CodeCellSource
    from ..models.markdown_cell_source import MarkdownCellSource
    from ..models.sql_cell_source import SqlCellSource


T = TypeVar("T", bound="CellContents")


@_attrs_define
class CellContents:
    """A cell's source. All three keys are always present: the one matching the cell's type is set and the others are
    `null`; for cell types other than code, SQL and markdown all three are `null`.

        Example:
            {'codeCell': None, 'sqlCell': {'source': 'select * from orders', 'outputDataframe': 'orders'}, 'markdownCell':
                None}

        Attributes:
            code_cell (CodeCellSource | None):
            sql_cell (None | SqlCellSource):
            markdown_cell (MarkdownCellSource | None):
    """

    code_cell: CodeCellSource | None
    sql_cell: None | SqlCellSource
    markdown_cell: MarkdownCellSource | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_cell_source import CodeCellSource
        from ..models.markdown_cell_source import MarkdownCellSource
        from ..models.sql_cell_source import SqlCellSource

        code_cell: dict[str, Any] | None
        if isinstance(self.code_cell, CodeCellSource):
            code_cell = self.code_cell.to_dict()
        else:
            code_cell = self.code_cell

        sql_cell: dict[str, Any] | None
        if isinstance(self.sql_cell, SqlCellSource):
            sql_cell = self.sql_cell.to_dict()
        else:
            sql_cell = self.sql_cell

        markdown_cell: dict[str, Any] | None
        if isinstance(self.markdown_cell, MarkdownCellSource):
            markdown_cell = self.markdown_cell.to_dict()
        else:
            markdown_cell = self.markdown_cell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codeCell": code_cell,
                "sqlCell": sql_cell,
                "markdownCell": markdown_cell,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_cell_source import CodeCellSource
        from ..models.markdown_cell_source import MarkdownCellSource
        from ..models.sql_cell_source import SqlCellSource

        d = dict(src_dict)

        def _parse_code_cell(data: object) -> CodeCellSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_cell_type_1 = CodeCellSource.from_dict(data)

                return code_cell_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeCellSource | None, data)

        code_cell = _parse_code_cell(d.pop("codeCell"))

        def _parse_sql_cell(data: object) -> None | SqlCellSource:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sql_cell_type_1 = SqlCellSource.from_dict(data)

                return sql_cell_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SqlCellSource, data)

        sql_cell = _parse_sql_cell(d.pop("sqlCell"))

        def _parse_markdown_cell(data: object) -> MarkdownCellSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                markdown_cell_type_1 = MarkdownCellSource.from_dict(data)

                return markdown_cell_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarkdownCellSource | None, data)

        markdown_cell = _parse_markdown_cell(d.pop("markdownCell"))

        cell_contents = cls(
            code_cell=code_cell,
            sql_cell=sql_cell,
            markdown_cell=markdown_cell,
        )

        cell_contents.additional_properties = d
        return cell_contents

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
