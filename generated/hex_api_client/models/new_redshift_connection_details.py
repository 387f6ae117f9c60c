from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_redshift_connection import NewRedshiftConnection


T = TypeVar("T", bound="NewRedshiftConnectionDetails")


@_attrs_define
class NewRedshiftConnectionDetails:
    """The settings and secrets of a new Redshift connection.

    Example:
        {'redshift': {'username': 'hex_reader', 'database': 'analytics', 'port': 5439, 'host':
            'cluster.example.redshift.amazonaws.com', 'password': 'correct-horse-battery-staple'}}

    Attributes:
        redshift (NewRedshiftConnection): Everything a new Redshift connection needs, secrets included. Example:
            {'username': 'hex_reader', 'database': 'analytics', 'port': 5439, 'host':
            'cluster.example.redshift.amazonaws.com', 'password': 'correct-horse-battery-staple'}.
    """

    redshift: NewRedshiftConnection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redshift = self.redshift.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redshift": redshift,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_redshift_connection import NewRedshiftConnection

        d = dict(src_dict)
        redshift = NewRedshiftConnection.from_dict(d.pop("redshift"))

        new_redshift_connection_details = cls(
            redshift=redshift,
        )

        new_redshift_connection_details.additional_properties = d
        return new_redshift_connection_details

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
