from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Topic")


@_attrs_define
class Topic:
    """A topic Hex files threads under.

    Example:
        {'id': '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'name': 'Revenue'}

    Attributes:
        id (UUID): The id of a thread topic. Example: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.
        name (str):
    """

    id: UUID
    name: str

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        topic = cls(
            id=id,
            name=name,
        )

        return topic
