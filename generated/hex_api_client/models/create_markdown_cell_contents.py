from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        markdown_cell = self.markdown_cell.to_dict()

        field_dict: dict[str, Any] = {}

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

        return create_markdown_cell_contents
