from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.thread_task_block_type import ThreadTaskBlockType

T = TypeVar("T", bound="ThreadTaskBlock")


@_attrs_define
class ThreadTaskBlock:
    """A task the agent carried out.

    Example:
        {'type': 'task', 'title': 'Query the orders table'}

    Attributes:
        type_ (ThreadTaskBlockType):
        title (str):
    """

    type_: ThreadTaskBlockType
    title: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadTaskBlockType(d.pop("type"))

        title = d.pop("title")

        thread_task_block = cls(
            type_=type_,
            title=title,
        )

        return thread_task_block
