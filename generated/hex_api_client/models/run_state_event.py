from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RunStateEvent")


@_attrs_define
class RunStateEvent:
    """One entry of a run's internal state history, returned with expanded stats. Hex does not document the vocabulary of
    `type` and `value`.

        Example:
            {'type': 'STATUS', 'value': 'RUNNING', 'timestamp': '2025-03-25T10:00:00.000Z'}

        Attributes:
            type_ (str):
            value (str):
            timestamp (str):
    """

    type_: str
    value: str
    timestamp: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = d.pop("value")

        timestamp = d.pop("timestamp")

        run_state_event = cls(
            type_=type_,
            value=value,
            timestamp=timestamp,
        )

        return run_state_event
