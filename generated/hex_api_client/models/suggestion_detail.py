from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.suggestion_status import SuggestionStatus

if TYPE_CHECKING:
    from ..models.proposed_change import ProposedChange
    from ..models.suggestion_source import SuggestionSource


T = TypeVar("T", bound="SuggestionDetail")


@_attrs_define
class SuggestionDetail:
    """A context suggestion with its sources and proposed changes.

    Example:
        {'id': '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', 'title': 'Define an active customer', 'summary': 'Several threads
            doubted which customers count as active.', 'status': 'OPEN', 'createdDate': '2025-03-18T08:38:03.873Z',
            'lastSourceAddedDate': '2025-03-19T10:02:11.000Z', 'sources': [{'warning': {'summary': 'No guide defines an
            active customer.', 'warningType': 'missing_context'}, 'agentChatThread': None}], 'proposedChanges': [{'id':
            '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', 'updateType': 'FILE_UPDATE', 'status': 'NEEDS_REVIEW', 'payload':
            {'updateType': 'EDIT_ORG_GUIDE_FILE', 'filePath': 'metrics/customers.md', 'diff': '@@ -1 +1,2 @@\\n #
            Customers\\n+An active customer ordered in the last 90 days.\\n'}}]}

    Attributes:
        id (UUID): The id of a context suggestion. Example: 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a.
        title (str):
        summary (str):
        status (SuggestionStatus): Where a suggestion stands. Example: OPEN.
        created_date (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example:
            2025-03-18T08:38:03.873Z.
        last_source_added_date (datetime.datetime | None):
        sources (list[SuggestionSource]):
        proposed_changes (list[ProposedChange]):
    """

    id: UUID
    title: str
    summary: str
    status: SuggestionStatus
    created_date: datetime.datetime
    last_source_added_date: datetime.datetime | None
    sources: list[SuggestionSource]
    proposed_changes: list[ProposedChange]

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

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        proposed_changes = []
        for proposed_changes_item_data in self.proposed_changes:
            proposed_changes_item = proposed_changes_item_data.to_dict()
            proposed_changes.append(proposed_changes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "summary": summary,
                "status": status,
                "createdDate": created_date,
                "lastSourceAddedDate": last_source_added_date,
                "sources": sources,
                "proposedChanges": proposed_changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proposed_change import ProposedChange
        from ..models.suggestion_source import SuggestionSource

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

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SuggestionSource.from_dict(sources_item_data)

            sources.append(sources_item)

        proposed_changes = []
        _proposed_changes = d.pop("proposedChanges")
        for proposed_changes_item_data in _proposed_changes:
            proposed_changes_item = ProposedChange.from_dict(proposed_changes_item_data)

            proposed_changes.append(proposed_changes_item)

        suggestion_detail = cls(
            id=id,
            title=title,
            summary=summary,
            status=status,
            created_date=created_date,
            last_source_added_date=last_source_added_date,
            sources=sources,
            proposed_changes=proposed_changes,
        )

        return suggestion_detail
