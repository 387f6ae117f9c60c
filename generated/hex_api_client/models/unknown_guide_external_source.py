from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unknown_external_source_kind import UnknownExternalSourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownGuideExternalSource")


@_attrs_define
class UnknownGuideExternalSource:
    """A guide authored in some external system Hex has no special support for.

    Example:
        {'source': 'unknown', 'id': 'confluence-export'}

    Attributes:
        source (UnknownExternalSourceKind): Marks an external source of an unspecified kind. Example: unknown.
        id (str | Unset): An optional label that tells different unspecified sources apart.
    """

    source: UnknownExternalSourceKind
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = UnknownExternalSourceKind(d.pop("source"))

        id = d.pop("id", UNSET)

        unknown_guide_external_source = cls(
            source=source,
            id=id,
        )

        unknown_guide_external_source.additional_properties = d
        return unknown_guide_external_source

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
