from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.markdown_cell_source import MarkdownCellSource


T = TypeVar("T", bound="CreateMarkdownCellContents")


@_attrs_define
class CreateMarkdownCellContents:
    """The contents of a new markdown cell.

    Example:
        {'markdownCell': {'source': '## Notes'}}

    Attributes:
        markdown_cell (MarkdownCellSource): The source of a markdown cell. Example: {'source': '# Weekly revenue'}.
    """

    markdown_cell: MarkdownCellSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markdown_cell = self.markdown_cell.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "markdownCell": markdown_cell,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.markdown_cell_source import MarkdownCellSource

        d = dict(src_dict)
        markdown_cell = MarkdownCellSource.from_dict(d.pop("markdownCell"))

        create_markdown_cell_contents = cls(
            markdown_cell=markdown_cell,
        )

        create_markdown_cell_contents.additional_properties = d
        return create_markdown_cell_contents

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
