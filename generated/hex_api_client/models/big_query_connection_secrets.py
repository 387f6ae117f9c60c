from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BigQueryConnectionSecrets")


@_attrs_define
class BigQueryConnectionSecrets:
    """The secrets of a BigQuery connection. Write-only, never returned.

    Example:
        {'serviceAccountJsonConfig': '{"type": "service_account", "project_id": "analytics-prod"}'}

    Attributes:
        service_account_json_config (str | Unset):
    """

    service_account_json_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account_json_config = self.service_account_json_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_account_json_config is not UNSET:
            field_dict["serviceAccountJsonConfig"] = service_account_json_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_account_json_config = d.pop("serviceAccountJsonConfig", UNSET)

        big_query_connection_secrets = cls(
            service_account_json_config=service_account_json_config,
        )

        big_query_connection_secrets.additional_properties = d
        return big_query_connection_secrets

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
