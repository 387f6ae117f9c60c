from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectGroupSharingError")


@_attrs_define
class ProjectGroupSharingError:
    """Groups whose access could not be changed, and why.

    Example:
        {'groupIds': ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'], 'reason': 'Group not found'}

    Attributes:
        group_ids (list[UUID]):
        reason (str):
    """

    group_ids: list[UUID]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        group_ids = []
        for group_ids_item_data in self.group_ids:
            group_ids_item = str(group_ids_item_data)
            group_ids.append(group_ids_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groupIds": group_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_ids = []
        _group_ids = d.pop("groupIds")
        for group_ids_item_data in _group_ids:
            group_ids_item = UUID(group_ids_item_data)

            group_ids.append(group_ids_item)

        reason = d.pop("reason")

        project_group_sharing_error = cls(
            group_ids=group_ids,
            reason=reason,
        )

        return project_group_sharing_error
