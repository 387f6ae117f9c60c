from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SuggestionWarning")


@_attrs_define
class SuggestionWarning:
    """A warning the agent raised in a thread (`warningType` is free text, such as `user_doubt`, `missing_context`,
    `data_limitation` or `other`).

        Example:
            {'summary': 'No guide defines an active customer.', 'warningType': 'missing_context'}

        Attributes:
            summary (str):
            warning_type (str):
    """

    summary: str
    warning_type: str

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        warning_type = self.warning_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "summary": summary,
                "warningType": warning_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        summary = d.pop("summary")

        warning_type = d.pop("warningType")

        suggestion_warning = cls(
            summary=summary,
            warning_type=warning_type,
        )

        return suggestion_warning
