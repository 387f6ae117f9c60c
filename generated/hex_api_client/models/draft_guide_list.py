from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guide_file import GuideFile
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DraftGuideList")


@_attrs_define
class DraftGuideList:
    """One page of guide files that have a draft.

    Example:
        {'values': [{'id': '4b3a2918-0f7e-4d6c-9b5a-483726150f9e', 'filePath': 'guides/revenue.md'}], 'pagination':
            {'after': 'eyJrIjpbImd1aWRlcy9yZXZlbnVlLm1kIl19', 'before': 'eyJrIjpbImd1aWRlcy9hLm1kIl19'}}

    Attributes:
        values (list[GuideFile]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[GuideFile]
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
        from ..models.guide_file import GuideFile
        from ..models.pagination import Pagination

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = GuideFile.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        draft_guide_list = cls(
            values=values,
            pagination=pagination,
        )

        draft_guide_list.additional_properties = d
        return draft_guide_list

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
