from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRecipient")


@_attrs_define
class NotificationRecipient:
    """Who a notification goes to.

    Example:
        {'id': 'C0123456', 'name': 'data-team', 'isPrivate': False}

    Attributes:
        id (str): The user's or group's Hex id, or the Slack channel id.
        name (str): The user's, group's or Slack channel's display name.
        is_private (bool | Unset): For Slack channels, whether the channel is private.
    """

    id: str
    name: str
    is_private: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_private = self.is_private

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        is_private = d.pop("isPrivate", UNSET)

        notification_recipient = cls(
            id=id,
            name=name,
            is_private=is_private,
        )

        return notification_recipient
