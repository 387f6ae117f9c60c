from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonthlySchedule")


@_attrs_define
class MonthlySchedule:
    """Runs every month on the given day (1 to 28) and time.

    Example:
        {'timezone': '+01:00', 'minute': 30, 'hour': 8, 'day': 1}

    Attributes:
        timezone (str): An ISO 8601 UTC offset such as `+05:30` or `-08:00`. Example: +05:30.
        minute (int):
        hour (int):
        day (int):
    """

    timezone: str
    minute: int
    hour: int
    day: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        minute = self.minute

        hour = self.hour

        day = self.day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "minute": minute,
                "hour": hour,
                "day": day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timezone = d.pop("timezone")

        minute = d.pop("minute")

        hour = d.pop("hour")

        day = d.pop("day")

        monthly_schedule = cls(
            timezone=timezone,
            minute=minute,
            hour=hour,
            day=day,
        )

        monthly_schedule.additional_properties = d
        return monthly_schedule

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
