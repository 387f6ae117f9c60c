from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ThreadWarning")


@_attrs_define
class ThreadWarning:
    """Something the agent flagged about its own answer.

    Example:
        {'id': '0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b', 'type': 'MISSING_CONTEXT', 'summary': 'No guide defines "active
            customer".'}

    Attributes:
        id (str):
        type_ (str): DATA_LIMITATION, USER_DOUBT, MISSING_CONTEXT or OTHER.
        summary (str):
    """

    id: str
    type_: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        summary = d.pop("summary")

        thread_warning = cls(
            id=id,
            type_=type_,
            summary=summary,
        )

        return thread_warning
