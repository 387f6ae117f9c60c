from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CellAfterLocation")


@_attrs_define
class CellAfterLocation:
    """Put the new cell directly after a cell of the same project.

    Example:
        {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}

    Attributes:
        insert_after_cell_id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
    """

    insert_after_cell_id: UUID

    def to_dict(self) -> dict[str, Any]:
        insert_after_cell_id = str(self.insert_after_cell_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "insertAfterCellId": insert_after_cell_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        insert_after_cell_id = UUID(d.pop("insertAfterCellId"))

        cell_after_location = cls(
            insert_after_cell_id=insert_after_cell_id,
        )

        return cell_after_location
