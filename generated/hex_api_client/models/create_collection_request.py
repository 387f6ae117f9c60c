from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_sharing import CollectionSharing


T = TypeVar("T", bound="CreateCollectionRequest")


@_attrs_define
class CreateCollectionRequest:
    """A new collection.

    Example:
        {'name': 'Finance', 'description': 'Dashboards the finance team relies on.', 'sharing': {'groups': [{'access':
            'MEMBER', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}]}}

    Attributes:
        name (str): A non-empty display name. Example: Data team.
        description (str | Unset): What the collection is for.
        sharing (CollectionSharing | Unset): Who a collection is shared with. Users and groups are identified by id, in
            reads as in writes. Example: {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}],
            'groups': [{'access': 'MEMBER', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}], 'workspace': {'members':
            'MEMBER'}}.
    """

    name: str
    description: str | Unset = UNSET
    sharing: CollectionSharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_sharing import CollectionSharing

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _sharing = d.pop("sharing", UNSET)
        sharing: CollectionSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = CollectionSharing.from_dict(_sharing)

        create_collection_request = cls(
            name=name,
            description=description,
            sharing=sharing,
        )

        create_collection_request.additional_properties = d
        return create_collection_request

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
