from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewDatabricksConnection")


@_attrs_define
class NewDatabricksConnection:
    """Everything a new Databricks connection needs, secrets included.

    Example:
        {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default', 'accessToken':
            'dapi0123456789abcdef'}

    Attributes:
        jdbc_url (str):
        access_token (str):
    """

    jdbc_url: str
    access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jdbc_url = self.jdbc_url

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jdbcUrl": jdbc_url,
                "accessToken": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jdbc_url = d.pop("jdbcUrl")

        access_token = d.pop("accessToken")

        new_databricks_connection = cls(
            jdbc_url=jdbc_url,
            access_token=access_token,
        )

        new_databricks_connection.additional_properties = d
        return new_databricks_connection

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
