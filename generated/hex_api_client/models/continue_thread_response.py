from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContinueThreadResponse")


@_attrs_define
class ContinueThreadResponse:
    """The thread the follow-up went to.

    Example:
        {'threadId': '6d5c4b3a-2918-4f7e-8d6c-5b4a39281706', 'url':
            'https://app.hex.tech/00000000-0000-4000-8000-000000000000/threads/6d5c4b3a-2918-4f7e-8d6c-5b4a39281706'}

    Attributes:
        thread_id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        url (str): The thread in Hex's interface.
    """

    thread_id: UUID
    url: str

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = UUID(d.pop("threadId"))

        url = d.pop("url")

        continue_thread_response = cls(
            thread_id=thread_id,
            url=url,
        )

        return continue_thread_response
