from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_filter_match_type import SchemaFilterMatchType

T = TypeVar("T", bound="SchemaFilterRule")


@_attrs_define
class SchemaFilterRule:
    """A list of names or patterns and how to match them.

    Example:
        {'values': ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}

    Attributes:
        values (list[str]):
        match_type (SchemaFilterMatchType): How the values of a schema filter are matched against names. Example:
            PREFIX.
    """

    values: list[str]
    match_type: SchemaFilterMatchType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        match_type = self.match_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "matchType": match_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[str], d.pop("values"))

        match_type = SchemaFilterMatchType(d.pop("matchType"))

        schema_filter_rule = cls(
            values=values,
            match_type=match_type,
        )

        schema_filter_rule.additional_properties = d
        return schema_filter_rule

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
