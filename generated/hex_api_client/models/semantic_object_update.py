from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.semantic_object_type import SemanticObjectType

T = TypeVar("T", bound="SemanticObjectUpdate")


@_attrs_define
class SemanticObjectUpdate:
    """A status to set (or clear, with null) on one dataset or view.

    Example:
        {'type': 'DATASET', 'name': 'orders', 'status': 'Certified'}

    Attributes:
        type_ (SemanticObjectType): The kind of a semantic object. Example: DATASET.
        name (str): The dataset's or view's name.
        status (None | str): The name of one of the workspace's statuses, or null to clear the status.
    """

    type_: SemanticObjectType
    name: str
    status: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        status: None | str
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SemanticObjectType(d.pop("type"))

        name = d.pop("name")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        semantic_object_update = cls(
            type_=type_,
            name=name,
            status=status,
        )

        return semantic_object_update
