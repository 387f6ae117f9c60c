from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_collection_sharing import EditCollectionSharing


T = TypeVar("T", bound="EditCollectionRequest")


@_attrs_define
class EditCollectionRequest:
    """The changes to make to a collection; omitted fields stay as they are.

    Example:
        {'name': 'Finance (FY25)', 'sharing': {'upsert': {'workspace': {'members': 'MEMBER'}}}}

    Attributes:
        name (str | Unset): A non-empty display name. Example: Data team.
        description (str | Unset): The new description.
        sharing (EditCollectionSharing | Unset): Sharing changes for a collection. Principals in `upsert` get the given
            access; everyone else keeps theirs. Example: {'upsert': {'users': [{'access': 'MEMBER', 'id':
            '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}]}}.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    sharing: EditCollectionSharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edit_collection_sharing import EditCollectionSharing

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _sharing = d.pop("sharing", UNSET)
        sharing: EditCollectionSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = EditCollectionSharing.from_dict(_sharing)

        edit_collection_request = cls(
            name=name,
            description=description,
            sharing=sharing,
        )

        edit_collection_request.additional_properties = d
        return edit_collection_request

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
