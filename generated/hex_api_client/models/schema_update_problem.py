from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.schema_object_type import SchemaObjectType
from ..models.schema_update_problem_reason import SchemaUpdateProblemReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaUpdateProblem")


@_attrs_define
class SchemaUpdateProblem:
    """One refused update.

    Example:
        {'name': 'analytics.public.orders', 'type': 'TABLE', 'reason': 'invalid_status', 'value': 'Gold'}

    Attributes:
        name (str):
        type_ (SchemaObjectType): The level of a catalog object. Example: TABLE.
        reason (SchemaUpdateProblemReason): Why an update was refused. Example: not_found.
        value (str | Unset): The refused status, or more context on the refusal.
    """

    name: str
    type_: SchemaObjectType
    reason: SchemaUpdateProblemReason
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

        type_ = SchemaObjectType(d.pop("type"))

        reason = SchemaUpdateProblemReason(d.pop("reason"))

        value = d.pop("value", UNSET)

        schema_update_problem = cls(
            name=name,
            type_=type_,
            reason=reason,
            value=value,
        )

        return schema_update_problem
