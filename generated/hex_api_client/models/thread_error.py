from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.thread_error_type import ThreadErrorType

T = TypeVar("T", bound="ThreadError")


@_attrs_define
class ThreadError:
    """Why the agent failed.

    Example:
        {'type': 'AGENT_ERROR', 'message': 'The agent could not finish this request.'}

    Attributes:
        type_ (ThreadErrorType): Why the agent failed. Example: AGENT_ERROR.
        message (str):
    """

    type_: ThreadErrorType
    message: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadErrorType(d.pop("type"))

        message = d.pop("message")

        thread_error = cls(
            type_=type_,
            message=message,
        )

        return thread_error
