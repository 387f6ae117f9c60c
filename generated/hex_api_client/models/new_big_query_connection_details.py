from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_big_query_connection import NewBigQueryConnection


T = TypeVar("T", bound="NewBigQueryConnectionDetails")


@_attrs_define
class NewBigQueryConnectionDetails:
    """The settings and secrets of a new BigQuery connection.

    Example:
        {'bigquery': {'projectId': 'analytics-prod', 'serviceAccountJsonConfig': '{"type": "service_account",
            "project_id": "analytics-prod"}'}}

    Attributes:
        bigquery (NewBigQueryConnection): Everything a new BigQuery connection needs, secrets included. Example:
            {'projectId': 'analytics-prod', 'serviceAccountJsonConfig': '{"type": "service_account", "project_id":
            "analytics-prod"}'}.
    """

    bigquery: NewBigQueryConnection
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
        from ..models.new_big_query_connection import NewBigQueryConnection

        d = dict(src_dict)
        bigquery = NewBigQueryConnection.from_dict(d.pop("bigquery"))

        new_big_query_connection_details = cls(
            bigquery=bigquery,
        )

        new_big_query_connection_details.additional_properties = d
        return new_big_query_connection_details

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
