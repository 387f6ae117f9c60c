from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewRedshiftConnection")


@_attrs_define
class NewRedshiftConnection:
    """Everything a new Redshift connection needs, secrets included.

    Example:
        {'username': 'hex_reader', 'database': 'analytics', 'port': 5439, 'host':
            'cluster.example.redshift.amazonaws.com', 'password': 'correct-horse-battery-staple'}

    Attributes:
        username (str):
        database (str):
        port (float):
        host (str):
        password (str):
        ssl_root_cert (None | str | Unset):
    """

    username: str
    database: str
    port: float
    host: str
    password: str
    ssl_root_cert: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        database = self.database

        port = self.port

        host = self.host

        password = self.password

        ssl_root_cert: None | str | Unset
        if isinstance(self.ssl_root_cert, Unset):
            ssl_root_cert = UNSET
        else:
            ssl_root_cert = self.ssl_root_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "database": database,
                "port": port,
                "host": host,
                "password": password,
            }
        )
        if ssl_root_cert is not UNSET:
            field_dict["sslRootCert"] = ssl_root_cert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        database = d.pop("database")

        port = d.pop("port")

        host = d.pop("host")

        password = d.pop("password")

        def _parse_ssl_root_cert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_root_cert = _parse_ssl_root_cert(d.pop("sslRootCert", UNSET))

        new_redshift_connection = cls(
            username=username,
            database=database,
            port=port,
            host=host,
            password=password,
            ssl_root_cert=ssl_root_cert,
        )

        new_redshift_connection.additional_properties = d
        return new_redshift_connection

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
