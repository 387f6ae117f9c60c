from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuideDraftWarning")


@_attrs_define
class GuideDraftWarning:
    """A problem with one file of an upsert that did not fail the request.

    Example:
        {'message': 'A guide with this path is synced from another source; pass forceWrite to overwrite it.',
            'filePath': 'guides/revenue.md'}

    Attributes:
        message (str):
        file_path (str):
    """

    message: str
    file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        file_path = d.pop("filePath")

        guide_draft_warning = cls(
            message=message,
            file_path=file_path,
        )

        guide_draft_warning.additional_properties = d
        return guide_draft_warning

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
