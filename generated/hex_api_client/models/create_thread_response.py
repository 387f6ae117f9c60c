from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateThreadResponse")


@_attrs_define
class CreateThreadResponse:
    """The thread that was started.

    Example:
        {'threadId': '6d5c4b3a-2918-4f7e-8d6c-5b4a39281706', 'url':
            'https://app.hex.tech/00000000-0000-4000-8000-000000000000/threads/6d5c4b3a-2918-4f7e-8d6c-5b4a39281706',
            'createdAt': '2025-03-18T08:38:03.873Z', 'projectId': None}

    Attributes:
        thread_id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        url (str): The thread in Hex's interface.
        created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
        project_id (None | UUID): The project the agent works in, for project-backed threads.
    """

    thread_id: UUID
    url: str
    created_at: datetime.datetime
    project_id: None | UUID

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        url = self.url

        created_at = self.created_at.isoformat()

        project_id: None | str
        if isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "url": url,
                "createdAt": created_at,
                "projectId": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = UUID(d.pop("threadId"))

        url = d.pop("url")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_project_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_id_type_1 = UUID(data)

                return project_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        project_id = _parse_project_id(d.pop("projectId"))

        create_thread_response = cls(
            thread_id=thread_id,
            url=url,
            created_at=created_at,
            project_id=project_id,
        )

        return create_thread_response
