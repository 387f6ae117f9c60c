from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cell import Cell
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CellList")


@_attrs_define
class CellList:
    """One page of cells.

    Example:
        {'values': [{'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            'cellType': 'MARKDOWN', 'label': 'Overview', 'dataConnectionId': None, 'contents': {'codeCell': None, 'sqlCell':
            None, 'markdownCell': {'source': '# Overview'}}, 'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'}],
            'pagination': {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': 'eyJrIjpbIjIwMjUtMDMtMTciXX0'}}

    Attributes:
        values (list[Cell]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[Cell]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cell import Cell
        from ..models.pagination import Pagination

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Cell.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        cell_list = cls(
            values=values,
            pagination=pagination,
        )

        cell_list.additional_properties = d
        return cell_list

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
