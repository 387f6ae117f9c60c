from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project
    from ..models.project_org_and_public_sharing_error import (
        ProjectOrgAndPublicSharingError,
    )


T = TypeVar("T", bound="EditProjectSharingOrgAndPublicResponse")


@_attrs_define
class EditProjectSharingOrgAndPublicResponse:
    """The project after the change (with `sharing`) and the changes that were refused, if any.

    Example:
        {'project': {'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'title': 'Weekly revenue', 'description': None,
            'type': 'PROJECT', 'creator': {'email': 'ana@example.com'}, 'owner': {'email': 'ana@example.com'}, 'status':
            None, 'categories': [], 'reviews': {'required': False}, 'analytics': {'appViews': {'allTime': 0,
            'lastSevenDays': 0, 'lastFourteenDays': 0, 'lastThirtyDays': 0}, 'lastViewedAt': None,
            'publishedResultsUpdatedAt': None}, 'lastEditedAt': '2025-03-18T08:38:03.873Z', 'lastPublishedAt': None,
            'createdAt': '2025-03-18T08:38:03.873Z', 'archivedAt': None, 'trashedAt': None, 'schedules': [], 'sharing':
            {'users': [{'user': {'email': 'ana@example.com'}, 'access': 'FULL_ACCESS'}], 'collections': [], 'groups': [],
            'workspace': {'access': 'CAN_VIEW'}, 'publicWeb': {'access': 'NONE'}, 'support': {'access': 'NONE'}}}, 'errors':
            [{'type': 'publicWeb', 'reason': 'Public sharing is disabled for this workspace'}]}

    Attributes:
        project (Project): A Hex project (or component) and its metadata. Every key except `sharing` is always present,
            with `null` where there is no value. Example: {'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'title': 'Weekly
            revenue', 'description': None, 'type': 'PROJECT', 'creator': {'email': 'ana@example.com'}, 'owner': {'email':
            'ana@example.com'}, 'status': {'name': 'In development'}, 'categories': [{'name': 'Dashboard', 'description':
            None}], 'reviews': {'required': False}, 'analytics': {'appViews': {'allTime': 12, 'lastSevenDays': 2,
            'lastFourteenDays': 3, 'lastThirtyDays': 5}, 'lastViewedAt': '2025-03-17T14:55:34.717Z',
            'publishedResultsUpdatedAt': '2025-03-18T12:11:34.907Z'}, 'lastEditedAt': '2025-03-18T08:38:03.873Z',
            'lastPublishedAt': '2025-03-13T23:26:27.466Z', 'createdAt': '2024-12-03T09:54:58.471Z', 'archivedAt': None,
            'trashedAt': None, 'schedules': []}.
        errors (list[ProjectOrgAndPublicSharingError] | Unset):
    """

    project: Project
    errors: list[ProjectOrgAndPublicSharingError] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project import Project
        from ..models.project_org_and_public_sharing_error import (
            ProjectOrgAndPublicSharingError,
        )

        d = dict(src_dict)
        project = Project.from_dict(d.pop("project"))

        _errors = d.pop("errors", UNSET)
        errors: list[ProjectOrgAndPublicSharingError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProjectOrgAndPublicSharingError.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        edit_project_sharing_org_and_public_response = cls(
            project=project,
            errors=errors,
        )

        return edit_project_sharing_org_and_public_response
