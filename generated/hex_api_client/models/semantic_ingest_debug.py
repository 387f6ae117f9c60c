from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.semantic_ingest_debug_metricflow_model_schemas import (
        SemanticIngestDebugMetricflowModelSchemas,
    )


T = TypeVar("T", bound="SemanticIngestDebug")


@_attrs_define
class SemanticIngestDebug:
    """Extra information about an ingest.

    Example:
        {'metricflowModelSchemas': {'orders': {'order_id': 'number', 'ordered_at': 'timestamp'}}}

    Attributes:
        metricflow_model_schemas (SemanticIngestDebugMetricflowModelSchemas | Unset): Each dataset's dimensions, by
            name, with their data types.
    """

    metricflow_model_schemas: SemanticIngestDebugMetricflowModelSchemas | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metricflow_model_schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metricflow_model_schemas, Unset):
            metricflow_model_schemas = self.metricflow_model_schemas.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metricflow_model_schemas is not UNSET:
            field_dict["metricflowModelSchemas"] = metricflow_model_schemas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_ingest_debug_metricflow_model_schemas import (
            SemanticIngestDebugMetricflowModelSchemas,
        )

        d = dict(src_dict)
        _metricflow_model_schemas = d.pop("metricflowModelSchemas", UNSET)
        metricflow_model_schemas: SemanticIngestDebugMetricflowModelSchemas | Unset
        if isinstance(_metricflow_model_schemas, Unset):
            metricflow_model_schemas = UNSET
        else:
            metricflow_model_schemas = (
                SemanticIngestDebugMetricflowModelSchemas.from_dict(
                    _metricflow_model_schemas
                )
            )

        semantic_ingest_debug = cls(
            metricflow_model_schemas=metricflow_model_schemas,
        )

        return semantic_ingest_debug
