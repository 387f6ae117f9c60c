from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ThreadResource")


@_attrs_define
class ThreadResource:
    """A workspace resource the thread worked with.

    Example:
        {'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'resourceType': 'PROJECT', 'name': 'Revenue dashboard'}

    Attributes:
        id (str):
        resource_type (str): PROJECT or DATA_CONNECTION.
        name (str):
    """

    id: str
    resource_type: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_type = self.resource_type

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "resourceType": resource_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        resource_type = d.pop("resourceType")

        name = d.pop("name")

        thread_resource = cls(
            id=id,
            resource_type=resource_type,
            name=name,
        )

        return thread_resource
