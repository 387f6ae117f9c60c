from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_cell = self.code_cell.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        create_code_cell_contents.additional_properties = d
        return create_code_cell_contents

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
