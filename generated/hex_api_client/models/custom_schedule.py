from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomSchedule")


@_attrs_define
class CustomSchedule:
    """Runs whenever the cron expression matches.

    Example:
        {'timezone': '+00:00', 'cron': '0 */4 * * 1-5'}

    Attributes:
        timezone (str): An ISO 8601 UTC offset such as `+05:30` or `-08:00`. Example: +05:30.
        cron (str): A five-field cron expression.
    """

    timezone: str
    cron: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        cron = self.cron

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "cron": cron,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timezone = d.pop("timezone")

        cron = d.pop("cron")

        custom_schedule = cls(
            timezone=timezone,
            cron=cron,
        )

        custom_schedule.additional_properties = d
        return custom_schedule

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
