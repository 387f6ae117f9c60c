from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proposed_change_status import ProposedChangeStatus

T = TypeVar("T", bound="ProposedChangeResult")


@_attrs_define
class ProposedChangeResult:
    """A proposed change's status after the update.

    Example:
        {'id': '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', 'status': 'COMPLETED', 'rejectionReason': None}

    Attributes:
        id (str):
        status (ProposedChangeStatus): Where a proposed change stands: to be reviewed, gone stale (the context it was
            written against changed), or closed. Example: NEEDS_REVIEW.
        rejection_reason (None | str):
    """

    id: str
    status: ProposedChangeStatus
    rejection_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "rejectionReason": rejection_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        status = ProposedChangeStatus(d.pop("status"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejectionReason"))

        proposed_change_result = cls(
            id=id,
            status=status,
            rejection_reason=rejection_reason,
        )

        proposed_change_result.additional_properties = d
        return proposed_change_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
