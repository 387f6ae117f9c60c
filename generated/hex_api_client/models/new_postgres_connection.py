from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewPostgresConnection")


@_attrs_define
class NewPostgresConnection:
    """Everything a new Postgres connection needs, secrets included.

    Example:
        {'username': 'hex_reader', 'database': 'analytics', 'port': 5432, 'hostname': 'db.example.com', 'password':
            'correct-horse-battery-staple'}

    Attributes:
        username (str):
        database (str):
        port (float):
        hostname (str):
        password (str):
    """

    username: str
    database: str
    port: float
    hostname: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        database = self.database

        port = self.port

        hostname = self.hostname

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "database": database,
                "port": port,
                "hostname": hostname,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        database = d.pop("database")

        port = d.pop("port")

        hostname = d.pop("hostname")

        password = d.pop("password")

        new_postgres_connection = cls(
            username=username,
            database=database,
            port=port,
            hostname=hostname,
            password=password,
        )

        new_postgres_connection.additional_properties = d
        return new_postgres_connection

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
