from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.schedule_cadence import ScheduleCadence

if TYPE_CHECKING:
    from ..models.custom_schedule import CustomSchedule
    from ..models.daily_schedule import DailySchedule
    from ..models.hourly_schedule import HourlySchedule
    from ..models.monthly_schedule import MonthlySchedule
    from ..models.weekly_schedule import WeeklySchedule


T = TypeVar("T", bound="ProjectSchedule")


@_attrs_define
class ProjectSchedule:
    """A schedule that runs the published project. Every detail key is present; the one matching `cadence` holds the timing
    and the others are `null`.

        Example:
            {'cadence': 'WEEKLY', 'enabled': True, 'hourly': None, 'daily': None, 'weekly': {'timezone': '+05:30', 'minute':
                40, 'hour': 17, 'dayOfWeek': 'TUESDAY'}, 'monthly': None, 'custom': None}

        Attributes:
            cadence (ScheduleCadence): How often a scheduled run repeats; names which detail key of the schedule is filled.
                Example: WEEKLY.
            enabled (bool):
            hourly (HourlySchedule | None):
            daily (DailySchedule | None):
            weekly (None | WeeklySchedule):
            monthly (MonthlySchedule | None):
            custom (CustomSchedule | None):
    """

    cadence: ScheduleCadence
    enabled: bool
    hourly: HourlySchedule | None
    daily: DailySchedule | None
    weekly: None | WeeklySchedule
    monthly: MonthlySchedule | None
    custom: CustomSchedule | None

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_schedule import CustomSchedule
        from ..models.daily_schedule import DailySchedule
        from ..models.hourly_schedule import HourlySchedule
        from ..models.monthly_schedule import MonthlySchedule
        from ..models.weekly_schedule import WeeklySchedule

        cadence = self.cadence.value

        enabled = self.enabled

        hourly: dict[str, Any] | None
        if isinstance(self.hourly, HourlySchedule):
            hourly = self.hourly.to_dict()
        else:
            hourly = self.hourly

        daily: dict[str, Any] | None
        if isinstance(self.daily, DailySchedule):
            daily = self.daily.to_dict()
        else:
            daily = self.daily

        weekly: dict[str, Any] | None
        if isinstance(self.weekly, WeeklySchedule):
            weekly = self.weekly.to_dict()
        else:
            weekly = self.weekly

        monthly: dict[str, Any] | None
        if isinstance(self.monthly, MonthlySchedule):
            monthly = self.monthly.to_dict()
        else:
            monthly = self.monthly

        custom: dict[str, Any] | None
        if isinstance(self.custom, CustomSchedule):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cadence": cadence,
                "enabled": enabled,
                "hourly": hourly,
                "daily": daily,
                "weekly": weekly,
                "monthly": monthly,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_schedule import CustomSchedule
        from ..models.daily_schedule import DailySchedule
        from ..models.hourly_schedule import HourlySchedule
        from ..models.monthly_schedule import MonthlySchedule
        from ..models.weekly_schedule import WeeklySchedule

        d = dict(src_dict)
        cadence = ScheduleCadence(d.pop("cadence"))

        enabled = d.pop("enabled")

        def _parse_hourly(data: object) -> HourlySchedule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_type_1 = HourlySchedule.from_dict(data)

                return hourly_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HourlySchedule | None, data)

        hourly = _parse_hourly(d.pop("hourly"))

        def _parse_daily(data: object) -> DailySchedule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_type_1 = DailySchedule.from_dict(data)

                return daily_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DailySchedule | None, data)

        daily = _parse_daily(d.pop("daily"))

        def _parse_weekly(data: object) -> None | WeeklySchedule:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weekly_type_1 = WeeklySchedule.from_dict(data)

                return weekly_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WeeklySchedule, data)

        weekly = _parse_weekly(d.pop("weekly"))

        def _parse_monthly(data: object) -> MonthlySchedule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_type_1 = MonthlySchedule.from_dict(data)

                return monthly_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonthlySchedule | None, data)

        monthly = _parse_monthly(d.pop("monthly"))

        def _parse_custom(data: object) -> CustomSchedule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_1 = CustomSchedule.from_dict(data)

                return custom_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomSchedule | None, data)

        custom = _parse_custom(d.pop("custom"))

        project_schedule = cls(
            cadence=cadence,
            enabled=enabled,
            hourly=hourly,
            daily=daily,
            weekly=weekly,
            monthly=monthly,
            custom=custom,
        )

        return project_schedule
