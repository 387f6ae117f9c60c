from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="QueriedTable")


@_attrs_define
class QueriedTable:
    """A warehouse table the project queries, and the connection it is read through.

    Example:
        {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'dataConnectionName': 'Snowflake (prod)',
            'tableName': 'analytics.public.customers'}

    Attributes:
        data_connection_id (UUID): The id of a data connection. Example: c8f815c8-88c2-4dea-981f-69f544d6165d.
        data_connection_name (str):
        table_name (str): The table's qualified name, such as `analytics.public.customers`.
    """

    data_connection_id: UUID
    data_connection_name: str
    table_name: str

    def to_dict(self) -> dict[str, Any]:
        data_connection_id = str(self.data_connection_id)

        data_connection_name = self.data_connection_name

        table_name = self.table_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataConnectionId": data_connection_id,
                "dataConnectionName": data_connection_name,
                "tableName": table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_connection_id = UUID(d.pop("dataConnectionId"))

        data_connection_name = d.pop("dataConnectionName")

        table_name = d.pop("tableName")

        queried_table = cls(
            data_connection_id=data_connection_id,
            data_connection_name=data_connection_name,
            table_name=table_name,
        )

        return queried_table
