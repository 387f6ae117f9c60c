from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.export_version_name import ExportVersionName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportProjectRequest")


@_attrs_define
class ExportProjectRequest:
    """Which project, and which of its versions, to export.

    Example:
        {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'version': 'latest'}

    Attributes:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        version (ExportVersionName | int | Unset): The version to export: `draft` (the default), `latest`, or a
            published version's number. Default: ExportVersionName.DRAFT.
    """

    project_id: UUID
    version: ExportVersionName | int | Unset = ExportVersionName.DRAFT

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        version: int | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ExportVersionName):
            version = self.version.value
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        def _parse_version(data: object) -> ExportVersionName | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_0 = ExportVersionName(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportVersionName | int | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        export_project_request = cls(
            project_id=project_id,
            version=version,
        )

        return export_project_request
