from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteCellResponse")


@_attrs_define
class DeleteCellResponse:
    """Confirms which cell was deleted.

    Example:
        {'cellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}

    Attributes:
        cell_id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
    """

    cell_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_id = str(self.cell_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cellId": cell_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cell_id = UUID(d.pop("cellId"))

        delete_cell_response = cls(
            cell_id=cell_id,
        )

        delete_cell_response.additional_properties = d
        return delete_cell_response

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
