from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.schema_object_status import SchemaObjectStatus


T = TypeVar("T", bound="SemanticObjectsUpdated")


@_attrs_define
class SemanticObjectsUpdated:
    """The updated datasets and views.

    Example:
        {'views': [], 'datasets': [{'status': 'Certified', 'name': 'orders'}]}

    Attributes:
        views (list[SchemaObjectStatus]):
        datasets (list[SchemaObjectStatus]):
    """

    views: list[SchemaObjectStatus]
    datasets: list[SchemaObjectStatus]

    def to_dict(self) -> dict[str, Any]:
        views = []
        for views_item_data in self.views:
            views_item = views_item_data.to_dict()
            views.append(views_item)

        datasets = []
        for datasets_item_data in self.datasets:
            datasets_item = datasets_item_data.to_dict()
            datasets.append(datasets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "views": views,
                "datasets": datasets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_object_status import SchemaObjectStatus

        d = dict(src_dict)
        views = []
        _views = d.pop("views")
        for views_item_data in _views:
            views_item = SchemaObjectStatus.from_dict(views_item_data)

            views.append(views_item)

        datasets = []
        _datasets = d.pop("datasets")
        for datasets_item_data in _datasets:
            datasets_item = SchemaObjectStatus.from_dict(datasets_item_data)

            datasets.append(datasets_item)

        semantic_objects_updated = cls(
            views=views,
            datasets=datasets,
        )

        return semantic_objects_updated
