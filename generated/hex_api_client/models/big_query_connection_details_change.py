from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.big_query_connection_details_change_bigquery import (
        BigQueryConnectionDetailsChangeBigquery,
    )


T = TypeVar("T", bound="BigQueryConnectionDetailsChange")


@_attrs_define
class BigQueryConnectionDetailsChange:
    """Changes to a BigQuery connection's settings and secrets; fields left out keep their values.

    Example:
        {'bigquery': {'serviceAccountJsonConfig': '{"type": "service_account", "project_id": "analytics-prod"}'}}

    Attributes:
        bigquery (BigQueryConnectionDetailsChangeBigquery):
    """

    bigquery: BigQueryConnectionDetailsChangeBigquery
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bigquery = self.bigquery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bigquery": bigquery,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.big_query_connection_details_change_bigquery import (
            BigQueryConnectionDetailsChangeBigquery,
        )

        d = dict(src_dict)
        bigquery = BigQueryConnectionDetailsChangeBigquery.from_dict(d.pop("bigquery"))

        big_query_connection_details_change = cls(
            bigquery=bigquery,
        )

        big_query_connection_details_change.additional_properties = d
        return big_query_connection_details_change

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
