from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.suggestion import Suggestion


T = TypeVar("T", bound="SuggestionList")


@_attrs_define
class SuggestionList:
    """One page of context suggestions.

    Example:
        {'values': [{'id': '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', 'title': 'Define an active customer', 'summary':
            'Several threads doubted which customers count as active.', 'status': 'OPEN', 'createdDate':
            '2025-03-18T08:38:03.873Z', 'lastSourceAddedDate': None}], 'pagination': {'after': None, 'before': None},
            'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        values (list[Suggestion]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    values: list[Suggestion]
    pagination: Pagination
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        pagination = self.pagination.to_dict()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "values": values,
                "pagination": pagination,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.suggestion import Suggestion

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Suggestion.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        trace_id = d.pop("traceId")

        suggestion_list = cls(
            values=values,
            pagination=pagination,
            trace_id=trace_id,
        )

        return suggestion_list
