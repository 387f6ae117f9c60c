from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.data_connection import DataConnection
    from ..models.data_connection_summary import DataConnectionSummary
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DataConnectionList")


@_attrs_define
class DataConnectionList:
    """One page of data connections, each in the full or the reduced form.

    Example:
        {'values': [{'id': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'name': 'Analytics warehouse', 'type': 'snowflake'}],
            'pagination': {'after': 'eyJrIjpbIkFuYWx5dGljcyJdfQ', 'before': 'eyJrIjpbIkFhIl19'}}

    Attributes:
        values (list[DataConnection | DataConnectionSummary]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[DataConnection | DataConnectionSummary]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_connection import DataConnection

        values = []
        for values_item_data in self.values:
            values_item: dict[str, Any]
            if isinstance(values_item_data, DataConnection):
                values_item = values_item_data.to_dict()
            else:
                values_item = values_item_data.to_dict()

            values.append(values_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "values": values,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_connection import DataConnection
        from ..models.data_connection_summary import DataConnectionSummary
        from ..models.pagination import Pagination

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(
                data: object,
            ) -> DataConnection | DataConnectionSummary:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    values_item_type_0 = DataConnection.from_dict(data)

                    return values_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                values_item_type_1 = DataConnectionSummary.from_dict(data)

                return values_item_type_1

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        data_connection_list = cls(
            values=values,
            pagination=pagination,
        )

        return data_connection_list
