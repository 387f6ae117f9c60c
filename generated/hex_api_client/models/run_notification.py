from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.run_notification_type import RunNotificationType
from ..models.screenshot_format import ScreenshotFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunNotification")


@_attrs_define
class RunNotification:
    """A notification to deliver once the run finishes.

    Example:
        {'type': 'ALL', 'includeSuccessScreenshot': True, 'screenshotFormat': 'png', 'slackChannelIds': ['C0000000'],
            'userIds': ['1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b']}

    Attributes:
        type_ (RunNotificationType): Which run outcomes a notification is sent for. Example: FAILURE.
        include_success_screenshot (bool): Attach a screenshot of the app when the run succeeds.
        screenshot_format (ScreenshotFormat | Unset): The file format of a screenshot attached to a notification.
            Example: png.
        slack_channel_ids (list[str] | Unset): Slack channel ids (as shown in the channel's settings in Slack) to post
            to. The Hex bot must be a member of any private channel.
        user_ids (list[UUID] | Unset): Hex users to notify.
        group_ids (list[UUID] | Unset): Hex groups to notify.
        subject (str | Unset): A subject line for the notification.
        body (str | Unset): A message to include in the notification.
    """

    type_: RunNotificationType
    include_success_screenshot: bool
    screenshot_format: ScreenshotFormat | Unset = UNSET
    slack_channel_ids: list[str] | Unset = UNSET
    user_ids: list[UUID] | Unset = UNSET
    group_ids: list[UUID] | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        include_success_screenshot = self.include_success_screenshot

        screenshot_format: str | Unset = UNSET
        if not isinstance(self.screenshot_format, Unset):
            screenshot_format = self.screenshot_format.value

        slack_channel_ids: list[str] | Unset = UNSET
        if not isinstance(self.slack_channel_ids, Unset):
            slack_channel_ids = self.slack_channel_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = []
            for group_ids_item_data in self.group_ids:
                group_ids_item = str(group_ids_item_data)
                group_ids.append(group_ids_item)

        subject = self.subject

        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "includeSuccessScreenshot": include_success_screenshot,
            }
        )
        if screenshot_format is not UNSET:
            field_dict["screenshotFormat"] = screenshot_format
        if slack_channel_ids is not UNSET:
            field_dict["slackChannelIds"] = slack_channel_ids
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RunNotificationType(d.pop("type"))

        include_success_screenshot = d.pop("includeSuccessScreenshot")

        _screenshot_format = d.pop("screenshotFormat", UNSET)
        screenshot_format: ScreenshotFormat | Unset
        if isinstance(_screenshot_format, Unset):
            screenshot_format = UNSET
        else:
            screenshot_format = ScreenshotFormat(_screenshot_format)

        slack_channel_ids = cast(list[str], d.pop("slackChannelIds", UNSET))

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

        _group_ids = d.pop("groupIds", UNSET)
        group_ids: list[UUID] | Unset = UNSET
        if _group_ids is not UNSET:
            group_ids = []
            for group_ids_item_data in _group_ids:
                group_ids_item = UUID(group_ids_item_data)

                group_ids.append(group_ids_item)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        run_notification = cls(
            type_=type_,
            include_success_screenshot=include_success_screenshot,
            screenshot_format=screenshot_format,
            slack_channel_ids=slack_channel_ids,
            user_ids=user_ids,
            group_ids=group_ids,
            subject=subject,
            body=body,
        )

        return run_notification
