from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostgresConnectionDetailsChangePostgres")


@_attrs_define
class PostgresConnectionDetailsChangePostgres:
    """
    Attributes:
        username (str | Unset):
        database (str | Unset):
        port (float | Unset):
        hostname (str | Unset):
        password (str | Unset):
    """

    username: str | Unset = UNSET
    database: str | Unset = UNSET
    port: float | Unset = UNSET
    hostname: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        database = self.database

        port = self.port

        hostname = self.hostname

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
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        database = d.pop("database", UNSET)

        port = d.pop("port", UNSET)

        hostname = d.pop("hostname", UNSET)

        password = d.pop("password", UNSET)

        postgres_connection_details_change_postgres = cls(
            username=username,
            database=database,
            port=port,
            hostname=hostname,
            password=password,
        )

        postgres_connection_details_change_postgres.additional_properties = d
        return postgres_connection_details_change_postgres

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
