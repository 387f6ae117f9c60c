from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.postgres_connection_details_change_postgres import (
        PostgresConnectionDetailsChangePostgres,
    )


T = TypeVar("T", bound="PostgresConnectionDetailsChange")


@_attrs_define
class PostgresConnectionDetailsChange:
    """Changes to a Postgres connection's settings and secrets; fields left out keep their values.

    Example:
        {'postgres': {'password': 'correct-horse-battery-staple'}}

    Attributes:
        postgres (PostgresConnectionDetailsChangePostgres):
    """

    postgres: PostgresConnectionDetailsChangePostgres
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        postgres = self.postgres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postgres": postgres,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.postgres_connection_details_change_postgres import (
            PostgresConnectionDetailsChangePostgres,
        )

        d = dict(src_dict)
        postgres = PostgresConnectionDetailsChangePostgres.from_dict(d.pop("postgres"))

        postgres_connection_details_change = cls(
            postgres=postgres,
        )

        postgres_connection_details_change.additional_properties = d
        return postgres_connection_details_change

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
