from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.athena_connection_details_change_athena import (
        AthenaConnectionDetailsChangeAthena,
    )


T = TypeVar("T", bound="AthenaConnectionDetailsChange")


@_attrs_define
class AthenaConnectionDetailsChange:
    """Changes to an Athena connection's settings and secrets; fields left out keep their values.

    Example:
        {'athena': {'secretAccessKey': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}

    Attributes:
        athena (AthenaConnectionDetailsChangeAthena):
    """

    athena: AthenaConnectionDetailsChangeAthena
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
        from ..models.athena_connection_details_change_athena import (
            AthenaConnectionDetailsChangeAthena,
        )

        d = dict(src_dict)
        athena = AthenaConnectionDetailsChangeAthena.from_dict(d.pop("athena"))

        athena_connection_details_change = cls(
            athena=athena,
        )

        athena_connection_details_change.additional_properties = d
        return athena_connection_details_change

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
