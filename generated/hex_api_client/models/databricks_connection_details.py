from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.databricks_connection_settings import DatabricksConnectionSettings


T = TypeVar("T", bound="DatabricksConnectionDetails")


@_attrs_define
class DatabricksConnectionDetails:
    """Settings of a Databricks connection.

    Example:
        {'databricks': {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default;transportMode=http'}}

    Attributes:
        databricks (DatabricksConnectionSettings): The non-secret settings of a Databricks connection. Example:
            {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default;transportMode=http'}.
    """

    databricks: DatabricksConnectionSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        databricks = self.databricks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databricks": databricks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.databricks_connection_settings import DatabricksConnectionSettings

        d = dict(src_dict)
        databricks = DatabricksConnectionSettings.from_dict(d.pop("databricks"))

        databricks_connection_details = cls(
            databricks=databricks,
        )

        databricks_connection_details.additional_properties = d
        return databricks_connection_details

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
