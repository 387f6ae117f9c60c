from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.compute_profile import ComputeProfile


T = TypeVar("T", bound="BatchUpdateComputeProfileRequest")


@_attrs_define
class BatchUpdateComputeProfileRequest:
    """The projects to change (at most 25; a project named twice counts once) and the compute profile they get.

    Example:
        {'projectIds': ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11', 'size':
            'medium'}}

    Attributes:
        project_ids (list[UUID]):
        compute_profile (ComputeProfile): A project's kernel image and machine size (Hex publishes neither list of
            names). Example: {'image': 'python-3.11', 'size': 'medium'}.
    """

    project_ids: list[UUID]
    compute_profile: ComputeProfile

    def to_dict(self) -> dict[str, Any]:
        project_ids = []
        for project_ids_item_data in self.project_ids:
            project_ids_item = str(project_ids_item_data)
            project_ids.append(project_ids_item)

        compute_profile = self.compute_profile.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectIds": project_ids,
                "computeProfile": compute_profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compute_profile import ComputeProfile

        d = dict(src_dict)
        project_ids = []
        _project_ids = d.pop("projectIds")
        for project_ids_item_data in _project_ids:
            project_ids_item = UUID(project_ids_item_data)

            project_ids.append(project_ids_item)

        compute_profile = ComputeProfile.from_dict(d.pop("computeProfile"))

        batch_update_compute_profile_request = cls(
            project_ids=project_ids,
            compute_profile=compute_profile,
        )

        return batch_update_compute_profile_request
