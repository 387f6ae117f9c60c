from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.project_run_status import ProjectRunStatus
from ..models.run_trigger import RunTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_notification_recipient import RunNotificationRecipient
    from ..models.run_state_event import RunStateEvent


T = TypeVar("T", bound="RunStatus")


@_attrs_define
class RunStatus:
    """The state of one run. `startTime` is `null` until the run starts; `endTime` and `elapsedTime` are `null` until it
    finishes. `stateEvents` and `flagConfigOverride` only appear when expanded stats were requested.

        Example:
            {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'projectVersion': '7', 'runId':
                '0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'runUrl': 'https://app.hex.tech/acme/app/5b0a6f2e-3c1d-4e8a-9f7b-
                2d6c1a0e4b93/latest?runId=0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'status': 'COMPLETED', 'runTrigger': 'API',
                'startTime': '2025-03-25T10:00:00.000Z', 'endTime': '2025-03-25T10:00:16.952Z', 'elapsedTime': 16952, 'traceId':
                '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

        Attributes:
            project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
                5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
            project_version (str): The project version a run ran, as a string: published versions are numbered from "1"; a
                run of the notebook's draft reports "draft". (RunProject's reply has the number.) Example: 7.
            run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
            run_url (str): The address of a page in the Hex UI that shows the run's progress. Example: https://app.hex.tech/
                acme/app/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93/latest?runId=0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
            status (ProjectRunStatus): Where a run stands. `PENDING` and `RUNNING` are in progress; `COMPLETED` is success;
                `ERRORED`, `KILLED` (cancelled) and `UNABLE_TO_ALLOCATE_KERNEL` are failures. Example: COMPLETED.
            run_trigger (RunTrigger): What started a run, the API, a schedule, or a publish / app refresh. Example: API.
            start_time (datetime.datetime | None): When the run started (UTC).
            end_time (datetime.datetime | None): When the run finished (UTC).
            elapsed_time (float | None): How long the run took, in milliseconds.
            trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
                5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
            flag_config_override (str | Unset): The `flag-config-override` header the run was started with.
            notifications (list[RunNotificationRecipient] | Unset):
            state_events (list[RunStateEvent] | Unset):
    """

    project_id: UUID
    project_version: str
    run_id: UUID
    run_url: str
    status: ProjectRunStatus
    run_trigger: RunTrigger
    start_time: datetime.datetime | None
    end_time: datetime.datetime | None
    elapsed_time: float | None
    trace_id: str
    flag_config_override: str | Unset = UNSET
    notifications: list[RunNotificationRecipient] | Unset = UNSET
    state_events: list[RunStateEvent] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        project_version = self.project_version

        run_id = str(self.run_id)

        run_url = self.run_url

        status = self.status.value

        run_trigger = self.run_trigger.value

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        elapsed_time: float | None
        elapsed_time = self.elapsed_time

        trace_id = self.trace_id

        flag_config_override = self.flag_config_override

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        state_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.state_events, Unset):
            state_events = []
            for state_events_item_data in self.state_events:
                state_events_item = state_events_item_data.to_dict()
                state_events.append(state_events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
                "projectVersion": project_version,
                "runId": run_id,
                "runUrl": run_url,
                "status": status,
                "runTrigger": run_trigger,
                "startTime": start_time,
                "endTime": end_time,
                "elapsedTime": elapsed_time,
                "traceId": trace_id,
            }
        )
        if flag_config_override is not UNSET:
            field_dict["flagConfigOverride"] = flag_config_override
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if state_events is not UNSET:
            field_dict["stateEvents"] = state_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_notification_recipient import RunNotificationRecipient
        from ..models.run_state_event import RunStateEvent

        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        project_version = d.pop("projectVersion")

        run_id = UUID(d.pop("runId"))

        run_url = d.pop("runUrl")

        status = ProjectRunStatus(d.pop("status"))

        run_trigger = RunTrigger(d.pop("runTrigger"))

        def _parse_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_1 = datetime.datetime.fromisoformat(data)

                return start_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_time = _parse_start_time(d.pop("startTime"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_1 = datetime.datetime.fromisoformat(data)

                return end_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("endTime"))

        def _parse_elapsed_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        elapsed_time = _parse_elapsed_time(d.pop("elapsedTime"))

        trace_id = d.pop("traceId")

        flag_config_override = d.pop("flagConfigOverride", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: list[RunNotificationRecipient] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = RunNotificationRecipient.from_dict(
                    notifications_item_data
                )

                notifications.append(notifications_item)

        _state_events = d.pop("stateEvents", UNSET)
        state_events: list[RunStateEvent] | Unset = UNSET
        if _state_events is not UNSET:
            state_events = []
            for state_events_item_data in _state_events:
                state_events_item = RunStateEvent.from_dict(state_events_item_data)

                state_events.append(state_events_item)

        run_status = cls(
            project_id=project_id,
            project_version=project_version,
            run_id=run_id,
            run_url=run_url,
            status=status,
            run_trigger=run_trigger,
            start_time=start_time,
            end_time=end_time,
            elapsed_time=elapsed_time,
            trace_id=trace_id,
            flag_config_override=flag_config_override,
            notifications=notifications,
            state_events=state_events,
        )

        return run_status
