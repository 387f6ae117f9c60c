from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.suggestion import Suggestion


T = TypeVar("T", bound="UpdateSuggestionResponse")


@_attrs_define
class UpdateSuggestionResponse:
    """The suggestion as updated.

    Example:
        {'suggestion': {'id': '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', 'title': 'Define an active customer', 'summary':
            'Several threads doubted which customers count as active.', 'status': 'DISMISSED', 'createdDate':
            '2025-03-18T08:38:03.873Z', 'lastSourceAddedDate': None}, 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        suggestion (Suggestion): A context suggestion, as listed. Example: {'id':
            '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', 'title': 'Define an active customer', 'summary': 'Several threads
            doubted which customers count as active.', 'status': 'OPEN', 'createdDate': '2025-03-18T08:38:03.873Z',
            'lastSourceAddedDate': '2025-03-19T10:02:11.000Z'}.
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    suggestion: Suggestion
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        suggestion = self.suggestion.to_dict()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "suggestion": suggestion,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suggestion import Suggestion

        d = dict(src_dict)
        suggestion = Suggestion.from_dict(d.pop("suggestion"))

        trace_id = d.pop("traceId")

        update_suggestion_response = cls(
            suggestion=suggestion,
            trace_id=trace_id,
        )

        return update_suggestion_response
