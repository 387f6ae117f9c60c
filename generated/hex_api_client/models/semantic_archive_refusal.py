from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.semantic_problem import SemanticProblem


T = TypeVar("T", bound="SemanticArchiveRefusal")


@_attrs_define
class SemanticArchiveRefusal:
    """A refused ingest.

    Example:
        {'reason': 'Invalid semantic project archive', 'details': 'file: is not a zip archive', 'traceId':
            '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        reason (str):
        details (str | Unset):
        trace_id (str | Unset): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
        problems (list[SemanticProblem] | Unset):
    """

    reason: str
    details: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    problems: list[SemanticProblem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        details = self.details

        trace_id = self.trace_id

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_problem import SemanticProblem

        d = dict(src_dict)
        reason = d.pop("reason")

        details = d.pop("details", UNSET)

        trace_id = d.pop("traceId", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[SemanticProblem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = SemanticProblem.from_dict(problems_item_data)

                problems.append(problems_item)

        semantic_archive_refusal = cls(
            reason=reason,
            details=details,
            trace_id=trace_id,
            problems=problems,
        )

        semantic_archive_refusal.additional_properties = d
        return semantic_archive_refusal

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
