from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trino_session_property import TrinoSessionProperty


T = TypeVar("T", bound="TrinoConnectionDetailsChangeTrino")


@_attrs_define
class TrinoConnectionDetailsChangeTrino:
    """
    Attributes:
        session_properties (list[TrinoSessionProperty] | Unset):
        username (str | Unset):
        schema (str | Unset):
        catalog (str | Unset):
        port (float | Unset):
        hostname (str | Unset):
        password (str | Unset):
    """

    session_properties: list[TrinoSessionProperty] | Unset = UNSET
    username: str | Unset = UNSET
    schema: str | Unset = UNSET
    catalog: str | Unset = UNSET
    port: float | Unset = UNSET
    hostname: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.session_properties, Unset):
            session_properties = []
            for session_properties_item_data in self.session_properties:
                session_properties_item = session_properties_item_data.to_dict()
                session_properties.append(session_properties_item)

        username = self.username

        schema = self.schema

        catalog = self.catalog

        port = self.port

        hostname = self.hostname

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_properties is not UNSET:
            field_dict["sessionProperties"] = session_properties
        if username is not UNSET:
            field_dict["username"] = username
        if schema is not UNSET:
            field_dict["schema"] = schema
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if port is not UNSET:
            field_dict["port"] = port
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trino_session_property import TrinoSessionProperty

        d = dict(src_dict)
        _session_properties = d.pop("sessionProperties", UNSET)
        session_properties: list[TrinoSessionProperty] | Unset = UNSET
        if _session_properties is not UNSET:
            session_properties = []
            for session_properties_item_data in _session_properties:
                session_properties_item = TrinoSessionProperty.from_dict(
                    session_properties_item_data
                )

                session_properties.append(session_properties_item)

        username = d.pop("username", UNSET)

        schema = d.pop("schema", UNSET)

        catalog = d.pop("catalog", UNSET)

        port = d.pop("port", UNSET)

        hostname = d.pop("hostname", UNSET)

        password = d.pop("password", UNSET)

        trino_connection_details_change_trino = cls(
            session_properties=session_properties,
            username=username,
            schema=schema,
            catalog=catalog,
            port=port,
            hostname=hostname,
            password=password,
        )

        trino_connection_details_change_trino.additional_properties = d
        return trino_connection_details_change_trino

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
