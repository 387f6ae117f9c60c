from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.thread_message_block_type import ThreadMessageBlockType

T = TypeVar("T", bound="ThreadMessageBlock")


@_attrs_define
class ThreadMessageBlock:
    """One rendered message block.

    Example:
        {'type': 'text', 'text': 'user: Which regions grew fastest last quarter?', 'createdAt':
            '2025-03-18T08:38:03.873Z'}

    Attributes:
        type_ (ThreadMessageBlockType):
        text (str): The block, prefixed with its author's role (or its JSON record, with `full`).
        created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
    """

    type_: ThreadMessageBlockType
    text: str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadMessageBlockType(d.pop("type"))

        text = d.pop("text")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        thread_message_block = cls(
            type_=type_,
            text=text,
            created_at=created_at,
        )

        return thread_message_block
