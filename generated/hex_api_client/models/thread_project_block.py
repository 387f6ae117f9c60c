from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.thread_project_block_type import ThreadProjectBlockType

T = TypeVar("T", bound="ThreadProjectBlock")


@_attrs_define
class ThreadProjectBlock:
    """A project the agent worked in.

    Example:
        {'type': 'project', 'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'title': 'Revenue dashboard'}

    Attributes:
        type_ (ThreadProjectBlockType):
        id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        title (None | str):
    """

    type_: ThreadProjectBlockType
    id: UUID
    title: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = str(self.id)

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadProjectBlockType(d.pop("type"))

        id = UUID(d.pop("id"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        thread_project_block = cls(
            type_=type_,
            id=id,
            title=title,
        )

        return thread_project_block
