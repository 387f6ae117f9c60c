from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.postgres_connection_settings import PostgresConnectionSettings


T = TypeVar("T", bound="PostgresConnectionDetails")


@_attrs_define
class PostgresConnectionDetails:
    """Settings of a PostgreSQL connection.

    Example:
        {'postgres': {'username': 'hex_reader', 'database': 'analytics', 'port': 5432, 'hostname': 'db.example.com'}}

    Attributes:
        postgres (PostgresConnectionSettings): The non-secret settings of a PostgreSQL connection. Example: {'username':
            'hex_reader', 'database': 'analytics', 'port': 5432, 'hostname': 'db.example.com'}.
    """

    postgres: PostgresConnectionSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        postgres = self.postgres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postgres": postgres,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.postgres_connection_settings import PostgresConnectionSettings

        d = dict(src_dict)
        postgres = PostgresConnectionSettings.from_dict(d.pop("postgres"))

        postgres_connection_details = cls(
            postgres=postgres,
        )

        postgres_connection_details.additional_properties = d
        return postgres_connection_details

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
