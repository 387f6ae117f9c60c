from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_databricks_connection import NewDatabricksConnection


T = TypeVar("T", bound="NewDatabricksConnectionDetails")


@_attrs_define
class NewDatabricksConnectionDetails:
    """The settings and secrets of a new Databricks connection.

    Example:
        {'databricks': {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default', 'accessToken':
            'dapi0123456789abcdef'}}

    Attributes:
        databricks (NewDatabricksConnection): Everything a new Databricks connection needs, secrets included. Example:
            {'jdbcUrl': 'jdbc:databricks://dbc-1234.cloud.databricks.com:443/default', 'accessToken':
            'dapi0123456789abcdef'}.
    """

    databricks: NewDatabricksConnection
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
        from ..models.new_databricks_connection import NewDatabricksConnection

        d = dict(src_dict)
        databricks = NewDatabricksConnection.from_dict(d.pop("databricks"))

        new_databricks_connection_details = cls(
            databricks=databricks,
        )

        new_databricks_connection_details.additional_properties = d
        return new_databricks_connection_details

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
