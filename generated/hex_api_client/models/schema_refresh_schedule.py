from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.data_connection_schedule_cadence import DataConnectionScheduleCadence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_refresh_custom_schedule import SchemaRefreshCustomSchedule
    from ..models.schema_refresh_daily_schedule import SchemaRefreshDailySchedule
    from ..models.schema_refresh_monthly_schedule import SchemaRefreshMonthlySchedule
    from ..models.schema_refresh_weekly_schedule import SchemaRefreshWeeklySchedule


T = TypeVar("T", bound="SchemaRefreshSchedule")


@_attrs_define
class SchemaRefreshSchedule:
    """When Hex refreshes the connection's schema browser. The entry matching `cadence` holds the timing; there is no
    separate entry for hourly refreshes.

        Example:
            {'cadence': 'DAILY', 'enabled': True, 'daily': {'timezoneString': '+00:00', 'minute': 0, 'hour': 6}}

        Attributes:
            cadence (DataConnectionScheduleCadence): How often a schedule fires. Example: DAILY.
            enabled (bool):
            daily (None | SchemaRefreshDailySchedule | Unset):
            weekly (None | SchemaRefreshWeeklySchedule | Unset):
            monthly (None | SchemaRefreshMonthlySchedule | Unset):
            custom (None | SchemaRefreshCustomSchedule | Unset):
    """

    cadence: DataConnectionScheduleCadence
    enabled: bool
    daily: None | SchemaRefreshDailySchedule | Unset = UNSET
    weekly: None | SchemaRefreshWeeklySchedule | Unset = UNSET
    monthly: None | SchemaRefreshMonthlySchedule | Unset = UNSET
    custom: None | SchemaRefreshCustomSchedule | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.schema_refresh_custom_schedule import SchemaRefreshCustomSchedule
        from ..models.schema_refresh_daily_schedule import SchemaRefreshDailySchedule
        from ..models.schema_refresh_monthly_schedule import (
            SchemaRefreshMonthlySchedule,
        )
        from ..models.schema_refresh_weekly_schedule import SchemaRefreshWeeklySchedule

        cadence = self.cadence.value

        enabled = self.enabled

        daily: dict[str, Any] | None | Unset
        if isinstance(self.daily, Unset):
            daily = UNSET
        elif isinstance(self.daily, SchemaRefreshDailySchedule):
            daily = self.daily.to_dict()
        else:
            daily = self.daily

        weekly: dict[str, Any] | None | Unset
        if isinstance(self.weekly, Unset):
            weekly = UNSET
        elif isinstance(self.weekly, SchemaRefreshWeeklySchedule):
            weekly = self.weekly.to_dict()
        else:
            weekly = self.weekly

        monthly: dict[str, Any] | None | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        elif isinstance(self.monthly, SchemaRefreshMonthlySchedule):
            monthly = self.monthly.to_dict()
        else:
            monthly = self.monthly

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, SchemaRefreshCustomSchedule):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cadence": cadence,
                "enabled": enabled,
            }
        )
        if daily is not UNSET:
            field_dict["daily"] = daily
        if weekly is not UNSET:
            field_dict["weekly"] = weekly
        if monthly is not UNSET:
            field_dict["monthly"] = monthly
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_refresh_custom_schedule import SchemaRefreshCustomSchedule
        from ..models.schema_refresh_daily_schedule import SchemaRefreshDailySchedule
        from ..models.schema_refresh_monthly_schedule import (
            SchemaRefreshMonthlySchedule,
        )
        from ..models.schema_refresh_weekly_schedule import SchemaRefreshWeeklySchedule

        d = dict(src_dict)
        cadence = DataConnectionScheduleCadence(d.pop("cadence"))

        enabled = d.pop("enabled")

        def _parse_daily(data: object) -> None | SchemaRefreshDailySchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_type_1 = SchemaRefreshDailySchedule.from_dict(data)

                return daily_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaRefreshDailySchedule | Unset, data)

        daily = _parse_daily(d.pop("daily", UNSET))

        def _parse_weekly(data: object) -> None | SchemaRefreshWeeklySchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weekly_type_1 = SchemaRefreshWeeklySchedule.from_dict(data)

                return weekly_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaRefreshWeeklySchedule | Unset, data)

        weekly = _parse_weekly(d.pop("weekly", UNSET))

        def _parse_monthly(data: object) -> None | SchemaRefreshMonthlySchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_type_1 = SchemaRefreshMonthlySchedule.from_dict(data)

                return monthly_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaRefreshMonthlySchedule | Unset, data)

        monthly = _parse_monthly(d.pop("monthly", UNSET))

        def _parse_custom(data: object) -> None | SchemaRefreshCustomSchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_1 = SchemaRefreshCustomSchedule.from_dict(data)

                return custom_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaRefreshCustomSchedule | Unset, data)

        custom = _parse_custom(d.pop("custom", UNSET))

        schema_refresh_schedule = cls(
            cadence=cadence,
            enabled=enabled,
            daily=daily,
            weekly=weekly,
            monthly=monthly,
            custom=custom,
        )

        return schema_refresh_schedule
