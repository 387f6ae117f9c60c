from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.databricks_connection_details_change_databricks import (
        DatabricksConnectionDetailsChangeDatabricks,
    )


T = TypeVar("T", bound="DatabricksConnectionDetailsChange")


@_attrs_define
class DatabricksConnectionDetailsChange:
    """Changes to a Databricks connection's settings and secrets; fields left out keep their values.

    Example:
        {'databricks': {'accessToken': 'dapi0123456789abcdef'}}

    Attributes:
        databricks (DatabricksConnectionDetailsChangeDatabricks):
    """

    databricks: DatabricksConnectionDetailsChangeDatabricks
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
        from ..models.databricks_connection_details_change_databricks import (
            DatabricksConnectionDetailsChangeDatabricks,
        )

        d = dict(src_dict)
        databricks = DatabricksConnectionDetailsChangeDatabricks.from_dict(
            d.pop("databricks")
        )

        databricks_connection_details_change = cls(
            databricks=databricks,
        )

        databricks_connection_details_change.additional_properties = d
        return databricks_connection_details_change

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
