from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.notification_recipient_type import NotificationRecipientType
from ..models.run_notification_type import RunNotificationType
from ..models.screenshot_format import ScreenshotFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_recipient import NotificationRecipient


T = TypeVar("T", bound="RunNotificationRecipient")


@_attrs_define
class RunNotificationRecipient:
    """One resolved recipient of a run's notifications, with the settings that apply to it.

    Example:
        {'type': 'ALL', 'recipientType': 'SLACK_CHANNEL', 'includeSuccessScreenshot': True, 'screenshotFormat': ['png'],
            'recipient': {'id': 'C0123456', 'name': 'data-team', 'isPrivate': False}}

    Attributes:
        type_ (RunNotificationType): Which run outcomes a notification is sent for. Example: FAILURE.
        recipient_type (NotificationRecipientType): What kind of recipient a notification is delivered to. Example:
            SLACK_CHANNEL.
        include_success_screenshot (bool):
        recipient (NotificationRecipient): Who a notification goes to. Example: {'id': 'C0123456', 'name': 'data-team',
            'isPrivate': False}.
        subject (str | Unset):
        body (str | Unset):
        screenshot_format (list[ScreenshotFormat] | Unset): The screenshot formats attached (PNG when screenshots are on
            and none was asked for).
    """

    type_: RunNotificationType
    recipient_type: NotificationRecipientType
    include_success_screenshot: bool
    recipient: NotificationRecipient
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    screenshot_format: list[ScreenshotFormat] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        recipient_type = self.recipient_type.value

        include_success_screenshot = self.include_success_screenshot

        recipient = self.recipient.to_dict()

        subject = self.subject

        body = self.body

        screenshot_format: list[str] | Unset = UNSET
        if not isinstance(self.screenshot_format, Unset):
            screenshot_format = []
            for screenshot_format_item_data in self.screenshot_format:
                screenshot_format_item = screenshot_format_item_data.value
                screenshot_format.append(screenshot_format_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "recipientType": recipient_type,
                "includeSuccessScreenshot": include_success_screenshot,
                "recipient": recipient,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if screenshot_format is not UNSET:
            field_dict["screenshotFormat"] = screenshot_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_recipient import NotificationRecipient

        d = dict(src_dict)
        type_ = RunNotificationType(d.pop("type"))

        recipient_type = NotificationRecipientType(d.pop("recipientType"))

        include_success_screenshot = d.pop("includeSuccessScreenshot")

        recipient = NotificationRecipient.from_dict(d.pop("recipient"))

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        _screenshot_format = d.pop("screenshotFormat", UNSET)
        screenshot_format: list[ScreenshotFormat] | Unset = UNSET
        if _screenshot_format is not UNSET:
            screenshot_format = []
            for screenshot_format_item_data in _screenshot_format:
                screenshot_format_item = ScreenshotFormat(screenshot_format_item_data)

                screenshot_format.append(screenshot_format_item)

        run_notification_recipient = cls(
            type_=type_,
            recipient_type=recipient_type,
            include_success_screenshot=include_success_screenshot,
            recipient=recipient,
            subject=subject,
            body=body,
            screenshot_format=screenshot_format,
        )

        return run_notification_recipient
