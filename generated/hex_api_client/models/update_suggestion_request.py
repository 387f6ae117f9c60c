from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.suggestion_status import SuggestionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSuggestionRequest")


@_attrs_define
class UpdateSuggestionRequest:
    """A suggestion's new status, and why it was dismissed.

    Example:
        {'status': 'DISMISSED', 'rejectionReason': 'Already covered by the revenue guide.'}

    Attributes:
        status (SuggestionStatus): Where a suggestion stands. Example: OPEN.
        rejection_reason (None | str | Unset):
    """

    status: SuggestionStatus
    rejection_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = SuggestionStatus(d.pop("status"))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejectionReason", UNSET))

        update_suggestion_request = cls(
            status=status,
            rejection_reason=rejection_reason,
        )

        return update_suggestion_request
