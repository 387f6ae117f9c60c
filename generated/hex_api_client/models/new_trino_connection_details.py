from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_trino_connection import NewTrinoConnection


T = TypeVar("T", bound="NewTrinoConnectionDetails")


@_attrs_define
class NewTrinoConnectionDetails:
    """The settings and secrets of a new Trino connection.

    Example:
        {'trino': {'username': 'hex', 'port': 443, 'hostname': 'trino.example.com', 'password': 'correct-horse-battery-
            staple'}}

    Attributes:
        trino (NewTrinoConnection): Everything a new Trino connection needs, secrets included. Example: {'username':
            'hex', 'port': 443, 'hostname': 'trino.example.com', 'password': 'correct-horse-battery-staple'}.
    """

    trino: NewTrinoConnection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trino = self.trino.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trino": trino,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_trino_connection import NewTrinoConnection

        d = dict(src_dict)
        trino = NewTrinoConnection.from_dict(d.pop("trino"))

        new_trino_connection_details = cls(
            trino=trino,
        )

        new_trino_connection_details.additional_properties = d
        return new_trino_connection_details

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
