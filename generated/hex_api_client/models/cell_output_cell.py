from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cell_type import CellType

T = TypeVar("T", bound="CellOutputCell")


@_attrs_define
class CellOutputCell:
    """The cell an output belongs to.

    Example:
        {'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'cellType':
            'SQL'}

    Attributes:
        id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        cell_type (CellType): The kind of a notebook cell. Example: SQL.
    """

    id: UUID
    static_id: UUID
    cell_type: CellType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        static_id = str(self.static_id)

        cell_type = self.cell_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "staticId": static_id,
                "cellType": cell_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        static_id = UUID(d.pop("staticId"))

        cell_type = CellType(d.pop("cellType"))

        cell_output_cell = cls(
            id=id,
            static_id=static_id,
            cell_type=cell_type,
        )

        cell_output_cell.additional_properties = d
        return cell_output_cell

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
