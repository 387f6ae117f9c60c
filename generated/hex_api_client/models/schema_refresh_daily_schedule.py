from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemaRefreshDailySchedule")


@_attrs_define
class SchemaRefreshDailySchedule:
    """A daily schema refresh time.

    Example:
        {'timezoneString': '+00:00', 'minute': 0, 'hour': 6}

    Attributes:
        timezone_string (str): The timezone the time is in.
        minute (int):
        hour (int):
    """

    timezone_string: str
    minute: int
    hour: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone_string = self.timezone_string

        minute = self.minute

        hour = self.hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezoneString": timezone_string,
                "minute": minute,
                "hour": hour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timezone_string = d.pop("timezoneString")

        minute = d.pop("minute")

        hour = d.pop("hour")

        schema_refresh_daily_schedule = cls(
            timezone_string=timezone_string,
            minute=minute,
            hour=hour,
        )

        schema_refresh_daily_schedule.additional_properties = d
        return schema_refresh_daily_schedule

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
