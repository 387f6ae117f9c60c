from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.proposed_change_kind import ProposedChangeKind
from ..models.proposed_change_status import ProposedChangeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProposedChangeRequest")


@_attrs_define
class UpdateProposedChangeRequest:
    """A proposed change's kind (which must match the change), new status, and why it was dismissed.

    Example:
        {'updateTarget': 'FILE_UPDATE', 'status': 'COMPLETED', 'rejectionReason': None}

    Attributes:
        update_target (ProposedChangeKind): Whether a proposed change edits a file or warehouse metadata. Example:
            FILE_UPDATE.
        status (ProposedChangeStatus): Where a proposed change stands: to be reviewed, gone stale (the context it was
            written against changed), or closed. Example: NEEDS_REVIEW.
        rejection_reason (None | str | Unset):
    """

    update_target: ProposedChangeKind
    status: ProposedChangeStatus
    rejection_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        update_target = self.update_target.value

        status = self.status.value

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updateTarget": update_target,
                "status": status,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_target = ProposedChangeKind(d.pop("updateTarget"))

        status = ProposedChangeStatus(d.pop("status"))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejectionReason", UNSET))

        update_proposed_change_request = cls(
            update_target=update_target,
            status=status,
            rejection_reason=rejection_reason,
        )

        return update_proposed_change_request
