from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.semantic_object_type import SemanticObjectType
from ..models.semantic_update_problem_reason import SemanticUpdateProblemReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="SemanticUpdateProblem")


@_attrs_define
class SemanticUpdateProblem:
    """One refused update.

    Example:
        {'name': 'orders', 'type': 'DATASET', 'reason': 'invalid_status', 'value': 'Gold'}

    Attributes:
        name (str):
        type_ (SemanticObjectType): The kind of a semantic object. Example: DATASET.
        reason (SemanticUpdateProblemReason): Why an update was refused. Example: not_found.
        value (str | Unset): The refused status.
    """

    name: str
    type_: SemanticObjectType
    reason: SemanticUpdateProblemReason
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        reason = self.reason.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "reason": reason,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = SemanticObjectType(d.pop("type"))

        reason = SemanticUpdateProblemReason(d.pop("reason"))

        value = d.pop("value", UNSET)

        semantic_update_problem = cls(
            name=name,
            type_=type_,
            reason=reason,
            value=value,
        )

        return semantic_update_problem
