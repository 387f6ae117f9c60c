from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connection_day_of_week import DataConnectionDayOfWeek

T = TypeVar("T", bound="SchemaRefreshWeeklySchedule")


@_attrs_define
class SchemaRefreshWeeklySchedule:
    """A weekly schema refresh time.

    Example:
        {'timezoneString': '+05:30', 'minute': 40, 'hour': 17, 'dayOfWeek': 'TUESDAY'}

    Attributes:
        timezone_string (str): The timezone the time is in, as an ISO 8601 offset such as `+08:00`.
        minute (int):
        hour (int):
        day_of_week (DataConnectionDayOfWeek): A day of the week. Example: MONDAY.
    """

    timezone_string: str
    minute: int
    hour: int
    day_of_week: DataConnectionDayOfWeek
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone_string = self.timezone_string

        minute = self.minute

        hour = self.hour

        day_of_week = self.day_of_week.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezoneString": timezone_string,
                "minute": minute,
                "hour": hour,
                "dayOfWeek": day_of_week,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timezone_string = d.pop("timezoneString")

        minute = d.pop("minute")

        hour = d.pop("hour")

        day_of_week = DataConnectionDayOfWeek(d.pop("dayOfWeek"))

        schema_refresh_weekly_schedule = cls(
            timezone_string=timezone_string,
            minute=minute,
            hour=hour,
            day_of_week=day_of_week,
        )

        schema_refresh_weekly_schedule.additional_properties = d
        return schema_refresh_weekly_schedule

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
