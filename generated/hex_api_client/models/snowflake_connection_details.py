from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.snowflake_connection_settings import SnowflakeConnectionSettings


T = TypeVar("T", bound="SnowflakeConnectionDetails")


@_attrs_define
class SnowflakeConnectionDetails:
    """Settings of a Snowflake connection.

    Example:
        {'snowflake': {'database': 'ANALYTICS', 'warehouse': 'COMPUTE_WH', 'accountName': 'xy12345.us-east-1'}}

    Attributes:
        snowflake (SnowflakeConnectionSettings): The non-secret settings of a Snowflake connection. Example: {'role':
            'ANALYST', 'username': 'HEX_SERVICE', 'schema': 'PUBLIC', 'database': 'ANALYTICS', 'warehouse': 'COMPUTE_WH',
            'accountName': 'xy12345.us-east-1'}.
    """

    snowflake: SnowflakeConnectionSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snowflake = self.snowflake.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snowflake": snowflake,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snowflake_connection_settings import SnowflakeConnectionSettings

        d = dict(src_dict)
        snowflake = SnowflakeConnectionSettings.from_dict(d.pop("snowflake"))

        snowflake_connection_details = cls(
            snowflake=snowflake,
        )

        snowflake_connection_details.additional_properties = d
        return snowflake_connection_details

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
