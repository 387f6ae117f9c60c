from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.semantic_update_problem import SemanticUpdateProblem


T = TypeVar("T", bound="SemanticUpdateRefusal")


@_attrs_define
class SemanticUpdateRefusal:
    """A refused UpdateSemanticProject, with every refused update.

    Example:
        {'reason': 'Some objects were not found', 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f', 'details':
            [{'name': 'ordres', 'type': 'DATASET', 'reason': 'not_found'}]}

    Attributes:
        reason (str):
        trace_id (str | Unset): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
        details (list[SemanticUpdateProblem] | Unset):
    """

    reason: str
    trace_id: str | Unset = UNSET
    details: list[SemanticUpdateProblem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        trace_id = self.trace_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_update_problem import SemanticUpdateProblem

        d = dict(src_dict)
        reason = d.pop("reason")

        trace_id = d.pop("traceId", UNSET)

        _details = d.pop("details", UNSET)
        details: list[SemanticUpdateProblem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = SemanticUpdateProblem.from_dict(details_item_data)

                details.append(details_item)

        semantic_update_refusal = cls(
            reason=reason,
            trace_id=trace_id,
            details=details,
        )

        semantic_update_refusal.additional_properties = d
        return semantic_update_refusal

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
