from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compute_profile import ComputeProfile
    from ..models.compute_profile_batch_error import ComputeProfileBatchError


T = TypeVar("T", bound="ComputeProfileBatchResult")


@_attrs_define
class ComputeProfileBatchResult:
    """The projects that now have the compute profile, and those left unchanged (`errors`).

    Example:
        {'projectIds': ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'], 'computeProfile': {'image': 'python-3.11', 'size':
            'medium'}}

    Attributes:
        project_ids (list[UUID]):
        compute_profile (ComputeProfile): A project's kernel image and machine size (Hex publishes neither list of
            names). Example: {'image': 'python-3.11', 'size': 'medium'}.
        errors (list[ComputeProfileBatchError] | Unset):
    """

    project_ids: list[UUID]
    compute_profile: ComputeProfile
    errors: list[ComputeProfileBatchError] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_ids = []
        for project_ids_item_data in self.project_ids:
            project_ids_item = str(project_ids_item_data)
            project_ids.append(project_ids_item)

        compute_profile = self.compute_profile.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectIds": project_ids,
                "computeProfile": compute_profile,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compute_profile import ComputeProfile
        from ..models.compute_profile_batch_error import ComputeProfileBatchError

        d = dict(src_dict)
        project_ids = []
        _project_ids = d.pop("projectIds")
        for project_ids_item_data in _project_ids:
            project_ids_item = UUID(project_ids_item_data)

            project_ids.append(project_ids_item)

        compute_profile = ComputeProfile.from_dict(d.pop("computeProfile"))

        _errors = d.pop("errors", UNSET)
        errors: list[ComputeProfileBatchError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ComputeProfileBatchError.from_dict(errors_item_data)

                errors.append(errors_item)

        compute_profile_batch_result = cls(
            project_ids=project_ids,
            compute_profile=compute_profile,
            errors=errors,
        )

        return compute_profile_batch_result
