from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StatusUpdate")


@_attrs_define
class StatusUpdate:
    """A proposed new status and the current one.

    Example:
        {'newStatusName': 'Certified', 'currentStatusName': None}

    Attributes:
        new_status_name (None | str):
        current_status_name (None | str):
    """

    new_status_name: None | str
    current_status_name: None | str

    def to_dict(self) -> dict[str, Any]:
        new_status_name: None | str
        new_status_name = self.new_status_name

        current_status_name: None | str
        current_status_name = self.current_status_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "newStatusName": new_status_name,
                "currentStatusName": current_status_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_new_status_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        new_status_name = _parse_new_status_name(d.pop("newStatusName"))

        def _parse_current_status_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_status_name = _parse_current_status_name(d.pop("currentStatusName"))

        status_update = cls(
            new_status_name=new_status_name,
            current_status_name=current_status_name,
        )

        return status_update
