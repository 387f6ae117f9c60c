from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trino_connection_settings import TrinoConnectionSettings


T = TypeVar("T", bound="TrinoConnectionDetails")


@_attrs_define
class TrinoConnectionDetails:
    """Settings of a Trino connection.

    Example:
        {'trino': {'catalog': 'hive', 'hostname': 'trino.example.com'}}

    Attributes:
        trino (TrinoConnectionSettings): The non-secret settings of a Trino connection. Example: {'sessionProperties':
            [{'key': 'query_max_run_time', 'value': '10m'}], 'username': 'hex', 'schema': 'sales', 'catalog': 'hive',
            'port': 443, 'hostname': 'trino.example.com'}.
    """

    trino: TrinoConnectionSettings
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
        from ..models.trino_connection_settings import TrinoConnectionSettings

        d = dict(src_dict)
        trino = TrinoConnectionSettings.from_dict(d.pop("trino"))

        trino_connection_details = cls(
            trino=trino,
        )

        trino_connection_details.additional_properties = d
        return trino_connection_details

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
