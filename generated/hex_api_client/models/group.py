from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group of workspace users (without its members).

    Example:
        {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190', 'name': 'Data team', 'createdAt': '2024-12-03T09:54:58.471Z'}

    Attributes:
        id (UUID): The id of a group. Example: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190.
        name (str): The group's name.
        created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
    """

    id: UUID
    name: str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        group = cls(
            id=id,
            name=name,
            created_at=created_at,
        )

        return group
