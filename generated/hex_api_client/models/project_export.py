from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectExport")


@_attrs_define
class ProjectExport:
    """A project in Hex's `*.hex.yaml` project-file format.

    Example:
        {'filename': 'churn-model.hex.yaml', 'content': 'schemaVersion: 3\\nmeta:\\n  projectId:
            6c1b7a3f-4d2e-4f9b-8a8c-3e7d2b1f5ca4\\n  title: Churn model\\ncells: []\\n'}

    Attributes:
        filename (str): A file name for the project file, ending in `.hex.yaml`.
        content (str): The project file itself, as YAML text.
    """

    filename: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        content = d.pop("content")

        project_export = cls(
            filename=filename,
            content=content,
        )

        project_export.additional_properties = d
        return project_export

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
