from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.click_house_connection_settings import ClickHouseConnectionSettings


T = TypeVar("T", bound="ClickHouseConnectionDetails")


@_attrs_define
class ClickHouseConnectionDetails:
    """Settings of a ClickHouse connection.

    Example:
        {'clickhouse': {'hostname': 'clickhouse.example.com'}}

    Attributes:
        clickhouse (ClickHouseConnectionSettings): The non-secret settings of a ClickHouse connection. Example:
            {'username': 'hex', 'port': 8443, 'hostname': 'clickhouse.example.com'}.
    """

    clickhouse: ClickHouseConnectionSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clickhouse = self.clickhouse.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clickhouse": clickhouse,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.click_house_connection_settings import (
            ClickHouseConnectionSettings,
        )

        d = dict(src_dict)
        clickhouse = ClickHouseConnectionSettings.from_dict(d.pop("clickhouse"))

        click_house_connection_details = cls(
            clickhouse=clickhouse,
        )

        click_house_connection_details.additional_properties = d
        return click_house_connection_details

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
