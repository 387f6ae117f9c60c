from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_sharing import CollectionSharing


T = TypeVar("T", bound="EditCollectionSharing")


@_attrs_define
class EditCollectionSharing:
    """Sharing changes for a collection. Principals in `upsert` get the given access; everyone else keeps theirs.

    Example:
        {'upsert': {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}

    Attributes:
        upsert (CollectionSharing | Unset): Who a collection is shared with. Users and groups are identified by id, in
            reads as in writes. Example: {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}],
            'groups': [{'access': 'MEMBER', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}], 'workspace': {'members':
            'MEMBER'}}.
    """

    upsert: CollectionSharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upsert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upsert, Unset):
            upsert = self.upsert.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upsert is not UNSET:
            field_dict["upsert"] = upsert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_sharing import CollectionSharing

        d = dict(src_dict)
        _upsert = d.pop("upsert", UNSET)
        upsert: CollectionSharing | Unset
        if isinstance(_upsert, Unset):
            upsert = UNSET
        else:
            upsert = CollectionSharing.from_dict(_upsert)

        edit_collection_sharing = cls(
            upsert=upsert,
        )

        edit_collection_sharing.additional_properties = d
        return edit_collection_sharing

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
