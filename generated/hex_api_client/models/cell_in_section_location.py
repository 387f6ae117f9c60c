from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.child_position import ChildPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="CellInSectionLocation")


@_attrs_define
class CellInSectionLocation:
    """Put the new cell inside a section cell (COLLAPSIBLE, BLOCK or CELL_GROUP) of the same project; see `childPosition`.

    Example:
        {'parentCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'childPosition': 'FIRST'}

    Attributes:
        parent_cell_id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        child_position (ChildPosition | Unset): Where a new cell goes among the children of its parent section: first or
            last. The server places it last when this is omitted. Example: LAST.
    """

    parent_cell_id: UUID
    child_position: ChildPosition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parent_cell_id = str(self.parent_cell_id)

        child_position: str | Unset = UNSET
        if not isinstance(self.child_position, Unset):
            child_position = self.child_position.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parentCellId": parent_cell_id,
            }
        )
        if child_position is not UNSET:
            field_dict["childPosition"] = child_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parent_cell_id = UUID(d.pop("parentCellId"))

        _child_position = d.pop("childPosition", UNSET)
        child_position: ChildPosition | Unset
        if isinstance(_child_position, Unset):
            child_position = UNSET
        else:
            child_position = ChildPosition(_child_position)

        cell_in_section_location = cls(
            parent_cell_id=parent_cell_id,
            child_position=child_position,
        )

        return cell_in_section_location
