from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.suggestion_status import SuggestionStatus

T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """A context suggestion, as listed.

    Example:
        {'id': '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', 'title': 'Define an active customer', 'summary': 'Several threads
            doubted which customers count as active.', 'status': 'OPEN', 'createdDate': '2025-03-18T08:38:03.873Z',
            'lastSourceAddedDate': '2025-03-19T10:02:11.000Z'}

    Attributes:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        title (str):
        summary (str):
        status (SuggestionStatus): Where a suggestion stands. Example: OPEN.
        created_date (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example:
            2025-03-18T08:38:03.873Z.
        last_source_added_date (datetime.datetime | None):
    """

    id: UUID
    title: str
    summary: str
    status: SuggestionStatus
    created_date: datetime.datetime
    last_source_added_date: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        summary = self.summary

        status = self.status.value

        created_date = self.created_date.isoformat()

        last_source_added_date: None | str
        if isinstance(self.last_source_added_date, datetime.datetime):
            last_source_added_date = self.last_source_added_date.isoformat()
        else:
            last_source_added_date = self.last_source_added_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "summary": summary,
                "status": status,
                "createdDate": created_date,
                "lastSourceAddedDate": last_source_added_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        summary = d.pop("summary")

        status = SuggestionStatus(d.pop("status"))

        created_date = datetime.datetime.fromisoformat(d.pop("createdDate"))

        def _parse_last_source_added_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_source_added_date_type_1 = datetime.datetime.fromisoformat(data)

                return last_source_added_date_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_source_added_date = _parse_last_source_added_date(
            d.pop("lastSourceAddedDate")
        )

        suggestion = cls(
            id=id,
            title=title,
            summary=summary,
            status=status,
            created_date=created_date,
            last_source_added_date=last_source_added_date,
        )

        return suggestion
