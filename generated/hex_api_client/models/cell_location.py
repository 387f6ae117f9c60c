from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.child_position import ChildPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="CellLocation")


@_attrs_define
class CellLocation:
    """Where to put a new cell. Omit it to append the cell at the end of the project. Referenced cells must belong to the
    target project.

        Example:
            {'parentCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'childPosition': 'FIRST'}

        Attributes:
            insert_after_cell_id (UUID | Unset): The version-scoped id of a cell. Example:
                3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
            parent_cell_id (UUID | Unset): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
            child_position (ChildPosition | Unset): Where a new cell goes among the children of its parent section: first or
                last. The server places it last when this is omitted. Example: LAST.
    """

    insert_after_cell_id: UUID | Unset = UNSET
    parent_cell_id: UUID | Unset = UNSET
    child_position: ChildPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insert_after_cell_id: str | Unset = UNSET
        if not isinstance(self.insert_after_cell_id, Unset):
            insert_after_cell_id = str(self.insert_after_cell_id)

        parent_cell_id: str | Unset = UNSET
        if not isinstance(self.parent_cell_id, Unset):
            parent_cell_id = str(self.parent_cell_id)

        child_position: str | Unset = UNSET
        if not isinstance(self.child_position, Unset):
            child_position = self.child_position.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insert_after_cell_id is not UNSET:
            field_dict["insertAfterCellId"] = insert_after_cell_id
        if parent_cell_id is not UNSET:
            field_dict["parentCellId"] = parent_cell_id
        if child_position is not UNSET:
            field_dict["childPosition"] = child_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _insert_after_cell_id = d.pop("insertAfterCellId", UNSET)
        insert_after_cell_id: UUID | Unset
        if isinstance(_insert_after_cell_id, Unset):
            insert_after_cell_id = UNSET
        else:
            insert_after_cell_id = UUID(_insert_after_cell_id)

        _parent_cell_id = d.pop("parentCellId", UNSET)
        parent_cell_id: UUID | Unset
        if isinstance(_parent_cell_id, Unset):
            parent_cell_id = UNSET
        else:
            parent_cell_id = UUID(_parent_cell_id)

        _child_position = d.pop("childPosition", UNSET)
        child_position: ChildPosition | Unset
        if isinstance(_child_position, Unset):
            child_position = UNSET
        else:
            child_position = ChildPosition(_child_position)

        cell_location = cls(
            insert_after_cell_id=insert_after_cell_id,
            parent_cell_id=parent_cell_id,
            child_position=child_position,
        )

        cell_location.additional_properties = d
        return cell_location

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
