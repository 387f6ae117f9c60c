from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GuideFile")


@_attrs_define
class GuideFile:
    """A guide file, identified by id and by its path.

    Example:
        {'id': '4b3a2918-0f7e-4d6c-9b5a-483726150f9e', 'filePath': 'guides/revenue.md'}

    Attributes:
        id (UUID): The id of a guide file. Example: 4b3a2918-0f7e-4d6c-9b5a-483726150f9e.
        file_path (str): The guide's path, e.g. `guide.md`.
    """

    id: UUID
    file_path: str

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        file_path = self.file_path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        file_path = d.pop("filePath")

        guide_file = cls(
            id=id,
            file_path=file_path,
        )

        return guide_file
