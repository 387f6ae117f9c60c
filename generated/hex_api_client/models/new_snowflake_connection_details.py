from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_snowflake_connection import NewSnowflakeConnection


T = TypeVar("T", bound="NewSnowflakeConnectionDetails")


@_attrs_define
class NewSnowflakeConnectionDetails:
    """The settings and secrets of a new Snowflake connection.

    Example:
        {'snowflake': {'username': 'HEX_SERVICE', 'database': 'ANALYTICS', 'warehouse': 'ANALYTICS_WH', 'accountName':
            'acme-xy12345', 'passphrase': 'key-passphrase', 'privateKey': '-----BEGIN PRIVATE KEY-----\\\\nMIIE...\\\\n-----
            END PRIVATE KEY-----'}}

    Attributes:
        snowflake (NewSnowflakeConnection): Everything a new Snowflake connection needs, secrets included. Example:
            {'username': 'HEX_SERVICE', 'database': 'ANALYTICS', 'warehouse': 'ANALYTICS_WH', 'accountName': 'acme-xy12345',
            'passphrase': 'key-passphrase', 'privateKey': '-----BEGIN PRIVATE KEY-----\\\\nMIIE...\\\\n-----END PRIVATE
            KEY-----'}.
    """

    snowflake: NewSnowflakeConnection
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
        from ..models.new_snowflake_connection import NewSnowflakeConnection

        d = dict(src_dict)
        snowflake = NewSnowflakeConnection.from_dict(d.pop("snowflake"))

        new_snowflake_connection_details = cls(
            snowflake=snowflake,
        )

        new_snowflake_connection_details.additional_properties = d
        return new_snowflake_connection_details

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
