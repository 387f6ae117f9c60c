from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_athena_connection import NewAthenaConnection


T = TypeVar("T", bound="NewAthenaConnectionDetails")


@_attrs_define
class NewAthenaConnectionDetails:
    """The settings and secrets of a new Athena connection.

    Example:
        {'athena': {'accessKeyId': 'AKIAIOSFODNN7EXAMPLE', 's3OutputPath': 's3://query-results/hex/', 'port': 443,
            'hostname': 'athena.us-east-1.amazonaws.com', 'secretAccessKey': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}

    Attributes:
        athena (NewAthenaConnection): Everything a new Athena connection needs, secrets included. Example:
            {'accessKeyId': 'AKIAIOSFODNN7EXAMPLE', 's3OutputPath': 's3://query-results/hex/', 'port': 443, 'hostname':
            'athena.us-east-1.amazonaws.com', 'secretAccessKey': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}.
    """

    athena: NewAthenaConnection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        athena = self.athena.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "athena": athena,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_athena_connection import NewAthenaConnection

        d = dict(src_dict)
        athena = NewAthenaConnection.from_dict(d.pop("athena"))

        new_athena_connection_details = cls(
            athena=athena,
        )

        new_athena_connection_details.additional_properties = d
        return new_athena_connection_details

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
