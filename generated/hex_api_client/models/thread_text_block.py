from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.thread_text_block_type import ThreadTextBlockType

T = TypeVar("T", bound="ThreadTextBlock")


@_attrs_define
class ThreadTextBlock:
    """Text the agent wrote.

    Example:
        {'type': 'text', 'text': 'The West region grew fastest.'}

    Attributes:
        type_ (ThreadTextBlockType):
        text (str):
    """

    type_: ThreadTextBlockType
    text: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadTextBlockType(d.pop("type"))

        text = d.pop("text")

        thread_text_block = cls(
            type_=type_,
            text=text,
        )

        return thread_text_block
