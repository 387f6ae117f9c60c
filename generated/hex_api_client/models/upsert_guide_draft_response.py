from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.guide_draft_warning import GuideDraftWarning
    from ..models.guide_file import GuideFile


T = TypeVar("T", bound="UpsertGuideDraftResponse")


@_attrs_define
class UpsertGuideDraftResponse:
    """The guide files that were written, and warnings about files that were not.

    Example:
        {'files': [{'id': '4b3a2918-0f7e-4d6c-9b5a-483726150f9e', 'filePath': 'guides/revenue.md'}], 'warnings': [],
            'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        files (list[GuideFile]):
        warnings (list[GuideDraftWarning]):
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    files: list[GuideFile]
    warnings: list[GuideDraftWarning]
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "files": files,
                "warnings": warnings,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guide_draft_warning import GuideDraftWarning
        from ..models.guide_file import GuideFile

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = GuideFile.from_dict(files_item_data)

            files.append(files_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = GuideDraftWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        trace_id = d.pop("traceId")

        upsert_guide_draft_response = cls(
            files=files,
            warnings=warnings,
            trace_id=trace_id,
        )

        return upsert_guide_draft_response
