from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_notification_recipient import RunNotificationRecipient


T = TypeVar("T", bound="ProjectRun")


@_attrs_define
class ProjectRun:
    """A run that was just started, and where to follow it.

    Example:
        {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'runId': '0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'runUrl':
            'https://app.hex.tech/acme/app/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93/latest?runId=0f3c2b9e-8d71-4a55-b1e4-
            6a2f9c7d8e10', 'runStatusUrl': 'https://app.hex.tech/api/v1/projects/5b0a6f2e-3c1d-4e8a-9f7b-
            2d6c1a0e4b93/runs/0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f',
            'projectVersion': 7}

    Attributes:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        run_url (str): The address of a page in the Hex UI that shows the run's progress. Example: https://app.hex.tech/
            acme/app/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93/latest?runId=0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        run_status_url (str): The API address that returns the run's status (GetRunStatus). Example: https://app.hex.tec
            h/api/v1/projects/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93/runs/0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
        project_version (int): A saved version of a project. Versions are numbered from 1 and go up by one with each
            saved version. Example: 7.
        notifications (list[RunNotificationRecipient] | Unset):
    """

    project_id: UUID
    run_id: UUID
    run_url: str
    run_status_url: str
    trace_id: str
    project_version: int
    notifications: list[RunNotificationRecipient] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        run_id = str(self.run_id)

        run_url = self.run_url

        run_status_url = self.run_status_url

        trace_id = self.trace_id

        project_version = self.project_version

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
                "runId": run_id,
                "runUrl": run_url,
                "runStatusUrl": run_status_url,
                "traceId": trace_id,
                "projectVersion": project_version,
            }
        )
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_notification_recipient import RunNotificationRecipient

        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        run_id = UUID(d.pop("runId"))

        run_url = d.pop("runUrl")

        run_status_url = d.pop("runStatusUrl")

        trace_id = d.pop("traceId")

        project_version = d.pop("projectVersion")

        _notifications = d.pop("notifications", UNSET)
        notifications: list[RunNotificationRecipient] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = RunNotificationRecipient.from_dict(
                    notifications_item_data
                )

                notifications.append(notifications_item)

        project_run = cls(
            project_id=project_id,
            run_id=run_id,
            run_url=run_url,
            run_status_url=run_status_url,
            trace_id=trace_id,
            project_version=project_version,
            notifications=notifications,
        )

        return project_run
