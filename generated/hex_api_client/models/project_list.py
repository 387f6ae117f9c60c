from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.project import Project


T = TypeVar("T", bound="ProjectList")


@_attrs_define
class ProjectList:
    """One page of projects.

    Example:
        {'values': [{'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'title': 'Weekly revenue', 'description': None,
            'type': 'PROJECT', 'creator': {'email': 'ana@example.com'}, 'owner': {'email': 'ana@example.com'}, 'status':
            None, 'categories': [], 'reviews': {'required': False}, 'analytics': {'appViews': {'allTime': 0,
            'lastSevenDays': 0, 'lastFourteenDays': 0, 'lastThirtyDays': 0}, 'lastViewedAt': None,
            'publishedResultsUpdatedAt': None}, 'lastEditedAt': '2025-03-18T08:38:03.873Z', 'lastPublishedAt': None,
            'createdAt': '2025-03-18T08:38:03.873Z', 'archivedAt': None, 'trashedAt': None, 'schedules': []}], 'pagination':
            {'after': None, 'before': None}}

    Attributes:
        values (list[Project]):
        pagination (Pagination): Cursors for the neighbouring pages; `null` where there is no such page. Example:
            {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}.
    """

    values: list[Project]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
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
        from ..models.pagination import Pagination
        from ..models.project import Project

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Project.from_dict(values_item_data)

            values.append(values_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        project_list = cls(
            values=values,
            pagination=pagination,
        )

        return project_list
