from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedshiftConnectionDetailsChangeRedshift")


@_attrs_define
class RedshiftConnectionDetailsChangeRedshift:
    """
    Attributes:
        username (str | Unset):
        database (str | Unset):
        port (float | Unset):
        host (str | Unset):
        ssl_root_cert (None | str | Unset):
        password (str | Unset):
    """

    username: str | Unset = UNSET
    database: str | Unset = UNSET
    port: float | Unset = UNSET
    host: str | Unset = UNSET
    ssl_root_cert: None | str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        database = self.database

        port = self.port

        host = self.host

        ssl_root_cert: None | str | Unset
        if isinstance(self.ssl_root_cert, Unset):
            ssl_root_cert = UNSET
        else:
            ssl_root_cert = self.ssl_root_cert

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if database is not UNSET:
            field_dict["database"] = database
        if port is not UNSET:
            field_dict["port"] = port
        if host is not UNSET:
            field_dict["host"] = host
        if ssl_root_cert is not UNSET:
            field_dict["sslRootCert"] = ssl_root_cert
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        database = d.pop("database", UNSET)

        port = d.pop("port", UNSET)

        host = d.pop("host", UNSET)

        def _parse_ssl_root_cert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_root_cert = _parse_ssl_root_cert(d.pop("sslRootCert", UNSET))

        password = d.pop("password", UNSET)

        redshift_connection_details_change_redshift = cls(
            username=username,
            database=database,
            port=port,
            host=host,
            ssl_root_cert=ssl_root_cert,
            password=password,
        )

        redshift_connection_details_change_redshift.additional_properties = d
        return redshift_connection_details_change_redshift

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
