from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.file_update_type import FileUpdateType

T = TypeVar("T", bound="FileUpdatePayload")


@_attrs_define
class FileUpdatePayload:
    """A proposed edit of a guide file or of the workspace rules, as a text diff.

    Example:
        {'updateType': 'EDIT_ORG_GUIDE_FILE', 'filePath': 'metrics/customers.md', 'diff': '@@ -1 +1,2 @@\\n #
            Customers\\n+An active customer ordered in the last 90 days.\\n'}

    Attributes:
        update_type (FileUpdateType): The file edit a change proposes (Hex may add more). Example: EDIT_ORG_GUIDE_FILE.
        file_path (str):
        diff (str):
    """

    update_type: FileUpdateType
    file_path: str
    diff: str

    def to_dict(self) -> dict[str, Any]:
        update_type = self.update_type.value

        file_path = self.file_path

        diff = self.diff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updateType": update_type,
                "filePath": file_path,
                "diff": diff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_type = FileUpdateType(d.pop("updateType"))

        file_path = d.pop("filePath")

        diff = d.pop("diff")

        file_update_payload = cls(
            update_type=update_type,
            file_path=file_path,
            diff=diff,
        )

        return file_update_payload
