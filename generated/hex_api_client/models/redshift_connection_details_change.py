from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.redshift_connection_details_change_redshift import (
        RedshiftConnectionDetailsChangeRedshift,
    )


T = TypeVar("T", bound="RedshiftConnectionDetailsChange")


@_attrs_define
class RedshiftConnectionDetailsChange:
    """Changes to a Redshift connection's settings and secrets; fields left out keep their values.

    Example:
        {'redshift': {'sslRootCert': '-----BEGIN CERTIFICATE-----\\\\nMIIB...\\\\n-----END CERTIFICATE-----'}}

    Attributes:
        redshift (RedshiftConnectionDetailsChangeRedshift):
    """

    redshift: RedshiftConnectionDetailsChangeRedshift
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
        from ..models.redshift_connection_details_change_redshift import (
            RedshiftConnectionDetailsChangeRedshift,
        )

        d = dict(src_dict)
        redshift = RedshiftConnectionDetailsChangeRedshift.from_dict(d.pop("redshift"))

        redshift_connection_details_change = cls(
            redshift=redshift,
        )

        redshift_connection_details_change.additional_properties = d
        return redshift_connection_details_change

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
