from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trino_session_property import TrinoSessionProperty


T = TypeVar("T", bound="NewTrinoConnection")


@_attrs_define
class NewTrinoConnection:
    """Everything a new Trino connection needs, secrets included.

    Example:
        {'username': 'hex', 'port': 443, 'hostname': 'trino.example.com', 'password': 'correct-horse-battery-staple'}

    Attributes:
        username (str):
        port (float):
        hostname (str):
        session_properties (list[TrinoSessionProperty] | Unset):
        schema (str | Unset):
        catalog (str | Unset):
        password (str | Unset):
    """

    username: str
    port: float
    hostname: str
    session_properties: list[TrinoSessionProperty] | Unset = UNSET
    schema: str | Unset = UNSET
    catalog: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        port = self.port

        hostname = self.hostname

        session_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.session_properties, Unset):
            session_properties = []
            for session_properties_item_data in self.session_properties:
                session_properties_item = session_properties_item_data.to_dict()
                session_properties.append(session_properties_item)

        schema = self.schema

        catalog = self.catalog

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "port": port,
                "hostname": hostname,
            }
        )
        if session_properties is not UNSET:
            field_dict["sessionProperties"] = session_properties
        if schema is not UNSET:
            field_dict["schema"] = schema
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trino_session_property import TrinoSessionProperty

        d = dict(src_dict)
        username = d.pop("username")

        port = d.pop("port")

        hostname = d.pop("hostname")

        _session_properties = d.pop("sessionProperties", UNSET)
        session_properties: list[TrinoSessionProperty] | Unset = UNSET
        if _session_properties is not UNSET:
            session_properties = []
            for session_properties_item_data in _session_properties:
                session_properties_item = TrinoSessionProperty.from_dict(
                    session_properties_item_data
                )

                session_properties.append(session_properties_item)

        schema = d.pop("schema", UNSET)

        catalog = d.pop("catalog", UNSET)

        password = d.pop("password", UNSET)

        new_trino_connection = cls(
            username=username,
            port=port,
            hostname=hostname,
            session_properties=session_properties,
            schema=schema,
            catalog=catalog,
            password=password,
        )

        new_trino_connection.additional_properties = d
        return new_trino_connection

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
