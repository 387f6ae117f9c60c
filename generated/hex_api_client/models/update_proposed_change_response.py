from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.proposed_change_result import ProposedChangeResult


T = TypeVar("T", bound="UpdateProposedChangeResponse")


@_attrs_define
class UpdateProposedChangeResponse:
    """The proposed change as updated.

    Example:
        {'suggestionUpdate': {'id': '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', 'status': 'COMPLETED', 'rejectionReason':
            None}, 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        suggestion_update (ProposedChangeResult): A proposed change's status after the update. Example: {'id':
            '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', 'status': 'COMPLETED', 'rejectionReason': None}.
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    suggestion_update: ProposedChangeResult
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        suggestion_update = self.suggestion_update.to_dict()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "suggestionUpdate": suggestion_update,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proposed_change_result import ProposedChangeResult

        d = dict(src_dict)
        suggestion_update = ProposedChangeResult.from_dict(d.pop("suggestionUpdate"))

        trace_id = d.pop("traceId")

        update_proposed_change_response = cls(
            suggestion_update=suggestion_update,
            trace_id=trace_id,
        )

        return update_proposed_change_response
