from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ComputeProfileBatchError")


@_attrs_define
class ComputeProfileBatchError:
    """Projects whose compute profile was not changed, and why.

    Example:
        {'projectIds': ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'reason': 'Project not found'}

    Attributes:
        project_ids (list[UUID]):
        reason (str):
    """

    project_ids: list[UUID]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        project_ids = []
        for project_ids_item_data in self.project_ids:
            project_ids_item = str(project_ids_item_data)
            project_ids.append(project_ids_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectIds": project_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_ids = []
        _project_ids = d.pop("projectIds")
        for project_ids_item_data in _project_ids:
            project_ids_item = UUID(project_ids_item_data)

            project_ids.append(project_ids_item)

        reason = d.pop("reason")

        compute_profile_batch_error = cls(
            project_ids=project_ids,
            reason=reason,
        )

        return compute_profile_batch_error
