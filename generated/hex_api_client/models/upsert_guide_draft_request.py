from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_draft_file import GuideDraftFile


T = TypeVar("T", bound="UpsertGuideDraftRequest")


@_attrs_define
class UpsertGuideDraftRequest:
    """Draft contents for one or more guide files.

    Example:
        {'files': [{'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked when an invoice is
            paid.\\n'}], 'forceWrite': False}

    Attributes:
        files (list[GuideDraftFile]):
        force_write (bool | Unset): Overwrite a guide of the same path even when it is synced from a different source
            (for example one authored in Hex). Default: False.
    """

    files: list[GuideDraftFile]
    force_write: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        force_write = self.force_write

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "files": files,
            }
        )
        if force_write is not UNSET:
            field_dict["forceWrite"] = force_write

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guide_draft_file import GuideDraftFile

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = GuideDraftFile.from_dict(files_item_data)

            files.append(files_item)

        force_write = d.pop("forceWrite", UNSET)

        upsert_guide_draft_request = cls(
            files=files,
            force_write=force_write,
        )

        return upsert_guide_draft_request
