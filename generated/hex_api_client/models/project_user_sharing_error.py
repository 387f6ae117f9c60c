from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectUserSharingError")


@_attrs_define
class ProjectUserSharingError:
    """Users whose access could not be changed, and why.

    Example:
        {'userIds': ['1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'], 'reason': 'User is deactivated'}

    Attributes:
        user_ids (list[UUID]):
        reason (str):
    """

    user_ids: list[UUID]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userIds": user_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_ids = []
        _user_ids = d.pop("userIds")
        for user_ids_item_data in _user_ids:
            user_ids_item = UUID(user_ids_item_data)

            user_ids.append(user_ids_item)

        reason = d.pop("reason")

        project_user_sharing_error = cls(
            user_ids=user_ids,
            reason=reason,
        )

        return project_user_sharing_error
