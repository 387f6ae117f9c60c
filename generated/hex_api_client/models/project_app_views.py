from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectAppViews")


@_attrs_define
class ProjectAppViews:
    """How often the published app was viewed, over several windows.

    Example:
        {'allTime': 12, 'lastSevenDays': 2, 'lastFourteenDays': 3, 'lastThirtyDays': 5}

    Attributes:
        all_time (int):
        last_seven_days (int):
        last_fourteen_days (int):
        last_thirty_days (int):
    """

    all_time: int
    last_seven_days: int
    last_fourteen_days: int
    last_thirty_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_time = self.all_time

        last_seven_days = self.last_seven_days

        last_fourteen_days = self.last_fourteen_days

        last_thirty_days = self.last_thirty_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allTime": all_time,
                "lastSevenDays": last_seven_days,
                "lastFourteenDays": last_fourteen_days,
                "lastThirtyDays": last_thirty_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        all_time = d.pop("allTime")

        last_seven_days = d.pop("lastSevenDays")

        last_fourteen_days = d.pop("lastFourteenDays")

        last_thirty_days = d.pop("lastThirtyDays")

        project_app_views = cls(
            all_time=all_time,
            last_seven_days=last_seven_days,
            last_fourteen_days=last_fourteen_days,
            last_thirty_days=last_thirty_days,
        )

        project_app_views.additional_properties = d
        return project_app_views

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
