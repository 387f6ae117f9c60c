from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SuggestionThreadUser")


@_attrs_define
class SuggestionThreadUser:
    """Who started a thread.

    Example:
        {'id': '6a1f0c3e-2b7d-4e59-9a18-3c5d7e9f1b20', 'name': 'Ana Admin'}

    Attributes:
        id (str):
        name (None | str):
    """

    id: str
    name: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
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
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        suggestion_thread_user = cls(
            id=id,
            name=name,
        )

        return suggestion_thread_user
