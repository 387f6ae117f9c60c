from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksConnectionSettings")


@_attrs_define
class DatabricksConnectionSettings:
    """The non-secret settings of a Databricks connection.

    Example:
        {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default;transportMode=http'}

    Attributes:
        jdbc_url (str | Unset):
    """

    jdbc_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jdbc_url = self.jdbc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jdbc_url is not UNSET:
            field_dict["jdbcUrl"] = jdbc_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jdbc_url = d.pop("jdbcUrl", UNSET)

        databricks_connection_settings = cls(
            jdbc_url=jdbc_url,
        )

        databricks_connection_settings.additional_properties = d
        return databricks_connection_settings

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
