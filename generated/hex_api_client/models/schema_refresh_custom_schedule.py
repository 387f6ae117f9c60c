from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemaRefreshCustomSchedule")


@_attrs_define
class SchemaRefreshCustomSchedule:
    """A schema refresh schedule given as a cron expression.

    Example:
        {'timezoneString': '+00:00', 'cron': '0 */6 * * *'}

    Attributes:
        timezone_string (str): The timezone the cron expression is evaluated in, as an ISO 8601 offset.
        cron (str): A cron expression.
    """

    timezone_string: str
    cron: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone_string = self.timezone_string

        cron = self.cron

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezoneString": timezone_string,
                "cron": cron,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timezone_string = d.pop("timezoneString")

        cron = d.pop("cron")

        schema_refresh_custom_schedule = cls(
            timezone_string=timezone_string,
            cron=cron,
        )

        schema_refresh_custom_schedule.additional_properties = d
        return schema_refresh_custom_schedule

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
