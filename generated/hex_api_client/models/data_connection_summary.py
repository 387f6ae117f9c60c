from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.data_connection_type import DataConnectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataConnectionSummary")


@_attrs_define
class DataConnectionSummary:
    """The reduced form of a data connection, as some list items come back.

    Example:
        {'id': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'name': 'Analytics warehouse', 'type': 'snowflake',
            'description': 'Production Snowflake account.'}

    Attributes:
        id (UUID): The id of a data connection. Example: c8f815c8-88c2-4dea-981f-69f544d6165d.
        name (str): A non-empty display name. Example: Data team.
        type_ (DataConnectionType): The kind of warehouse or database a connection points at. Example: snowflake.
        description (str | Unset):
    """

    id: UUID
    name: str
    type_: DataConnectionType
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        type_ = DataConnectionType(d.pop("type"))

        description = d.pop("description", UNSET)

        data_connection_summary = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
        )

        return data_connection_summary
