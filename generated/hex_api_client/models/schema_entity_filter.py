from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_filter_rule import SchemaFilterRule


T = TypeVar("T", bound="SchemaEntityFilter")


@_attrs_define
class SchemaEntityFilter:
    """Which databases, schemas or tables to include in or exclude from the schema browser.

    Example:
        {'exclude': {'values': ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}}

    Attributes:
        include (SchemaFilterRule | Unset): A list of names or patterns and how to match them. Example: {'values':
            ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}.
        exclude (SchemaFilterRule | Unset): A list of names or patterns and how to match them. Example: {'values':
            ['tmp_', 'scratch_'], 'matchType': 'PREFIX'}.
    """

    include: SchemaFilterRule | Unset = UNSET
    exclude: SchemaFilterRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include: dict[str, Any] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include.to_dict()

        exclude: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include is not UNSET:
            field_dict["include"] = include
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_filter_rule import SchemaFilterRule

        d = dict(src_dict)
        _include = d.pop("include", UNSET)
        include: SchemaFilterRule | Unset
        if isinstance(_include, Unset):
            include = UNSET
        else:
            include = SchemaFilterRule.from_dict(_include)

        _exclude = d.pop("exclude", UNSET)
        exclude: SchemaFilterRule | Unset
        if isinstance(_exclude, Unset):
            exclude = UNSET
        else:
            exclude = SchemaFilterRule.from_dict(_exclude)

        schema_entity_filter = cls(
            include=include,
            exclude=exclude,
        )

        schema_entity_filter.additional_properties = d
        return schema_entity_filter

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
