from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.thread_feedback_type import ThreadFeedbackType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadFeedback")


@_attrs_define
class ThreadFeedback:
    """A reader's feedback on the thread.

    Example:
        {'id': '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9', 'userFeedback': 'Exactly what I needed.', 'type': 'THUMBS',
            'selectedReason': None, 'userLiked': True}

    Attributes:
        id (str):
        user_feedback (str):
        type_ (ThreadFeedbackType): How the feedback was given. Example: THUMBS.
        user_liked (bool):
        selected_reason (None | str | Unset):
    """

    id: str
    user_feedback: str
    type_: ThreadFeedbackType
    user_liked: bool
    selected_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_feedback = self.user_feedback

        type_ = self.type_.value

        user_liked = self.user_liked

        selected_reason: None | str | Unset
        if isinstance(self.selected_reason, Unset):
            selected_reason = UNSET
        else:
            selected_reason = self.selected_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "userFeedback": user_feedback,
                "type": type_,
                "userLiked": user_liked,
            }
        )
        if selected_reason is not UNSET:
            field_dict["selectedReason"] = selected_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        user_feedback = d.pop("userFeedback")

        type_ = ThreadFeedbackType(d.pop("type"))

        user_liked = d.pop("userLiked")

        def _parse_selected_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_reason = _parse_selected_reason(d.pop("selectedReason", UNSET))

        thread_feedback = cls(
            id=id,
            user_feedback=user_feedback,
            type_=type_,
            user_liked=user_liked,
            selected_reason=selected_reason,
        )

        return thread_feedback
