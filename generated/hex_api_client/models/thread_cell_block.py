from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.thread_cell_block_type import ThreadCellBlockType

T = TypeVar("T", bound="ThreadCellBlock")


@_attrs_define
class ThreadCellBlock:
    """A notebook cell the agent made or used.

    Example:
        {'type': 'cell', 'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'staticId':
            '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'label': 'Revenue by region'}

    Attributes:
        type_ (ThreadCellBlockType):
        id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        label (None | str):
    """

    type_: ThreadCellBlockType
    id: UUID
    static_id: UUID
    label: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = str(self.id)

        static_id = str(self.static_id)

        label: None | str
        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "staticId": static_id,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ThreadCellBlockType(d.pop("type"))

        id = UUID(d.pop("id"))

        static_id = UUID(d.pop("staticId"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        thread_cell_block = cls(
            type_=type_,
            id=id,
            static_id=static_id,
            label=label,
        )

        return thread_cell_block
