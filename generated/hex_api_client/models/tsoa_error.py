from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TsoaError")


@_attrs_define
class TsoaError:
    """The error body of operations on Hex's original API framework.

    Example:
        {'reason': 'Not found', 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        reason (str): A human-readable summary.
        details (str | Unset): More detail, such as the offending field.
        trace_id (str | Unset): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    reason: str
    details: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        details = self.details

        trace_id = self.trace_id

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        details = d.pop("details", UNSET)

        trace_id = d.pop("traceId", UNSET)

        tsoa_error = cls(
            reason=reason,
            details=details,
            trace_id=trace_id,
        )

        tsoa_error.additional_properties = d
        return tsoa_error

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
