from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.code_cell_source import CodeCellSource


T = TypeVar("T", bound="CreateCodeCellContents")


@_attrs_define
class CreateCodeCellContents:
    """The contents of a new code cell.

    Example:
        {'codeCell': {'source': 'print("hello")'}}

    Attributes:
        code_cell (CodeCellSource): The source of a code cell. Example: {'source': 'df =
            orders.groupby("region").sum()'}.
    """

    code_cell: CodeCellSource

    def to_dict(self) -> dict[str, Any]:
        code_cell = self.code_cell.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "codeCell": code_cell,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_cell_source import CodeCellSource

        d = dict(src_dict)
        code_cell = CodeCellSource.from_dict(d.pop("codeCell"))

        create_code_cell_contents = cls(
            code_cell=code_cell,
        )

        return create_code_cell_contents
