from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.suggestion_thread_user import SuggestionThreadUser


T = TypeVar("T", bound="SuggestionThread")


@_attrs_define
class SuggestionThread:
    """The agent thread a source came from.

    Example:
        {'id': 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', 'title': 'Why did churn rise in November?', 'intent': None,
            'user': {'id': '6a1f0c3e-2b7d-4e59-9a18-3c5d7e9f1b20', 'name': 'Ana Admin'}}

    Attributes:
        id (str):
        title (None | str):
        intent (None | str):
        user (None | SuggestionThreadUser):
    """

    id: str
    title: None | str
    intent: None | str
    user: None | SuggestionThreadUser

    def to_dict(self) -> dict[str, Any]:
        from ..models.suggestion_thread_user import SuggestionThreadUser

        id = self.id

        title: None | str
        title = self.title

        intent: None | str
        intent = self.intent

        user: dict[str, Any] | None
        if isinstance(self.user, SuggestionThreadUser):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "intent": intent,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suggestion_thread_user import SuggestionThreadUser

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_intent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intent = _parse_intent(d.pop("intent"))

        def _parse_user(data: object) -> None | SuggestionThreadUser:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = SuggestionThreadUser.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionThreadUser, data)

        user = _parse_user(d.pop("user"))

        suggestion_thread = cls(
            id=id,
            title=title,
            intent=intent,
            user=user,
        )

        return suggestion_thread
