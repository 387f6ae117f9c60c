from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_creator import CollectionCreator
    from ..models.collection_sharing import CollectionSharing


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection of projects, with its own sharing settings.

    Example:
        {'id': '2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f', 'name': 'Finance', 'description': 'Dashboards the finance team
            relies on.', 'creator': {'email': 'ana@example.com', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}, 'sharing':
            {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}], 'groups': [], 'workspace':
            {'members': 'MEMBER'}}}

    Attributes:
        id (UUID): The id of a collection. Example: 2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f.
        name (str): A non-empty display name. Example: Data team.
        sharing (CollectionSharing): Who a collection is shared with. Users and groups are identified by id, in reads as
            in writes. Example: {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}], 'groups':
            [{'access': 'MEMBER', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}], 'workspace': {'members': 'MEMBER'}}.
        description (str | Unset): What the collection is for.
        creator (CollectionCreator | Unset): The user who created a collection. Example: {'email': 'ana@example.com',
            'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}.
    """

    id: UUID
    name: str
    sharing: CollectionSharing
    description: str | Unset = UNSET
    creator: CollectionCreator | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        sharing = self.sharing.to_dict()

        description = self.description

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "sharing": sharing,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_creator import CollectionCreator
        from ..models.collection_sharing import CollectionSharing

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        sharing = CollectionSharing.from_dict(d.pop("sharing"))

        description = d.pop("description", UNSET)

        _creator = d.pop("creator", UNSET)
        creator: CollectionCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = CollectionCreator.from_dict(_creator)

        collection = cls(
            id=id,
            name=name,
            sharing=sharing,
            description=description,
            creator=creator,
        )

        return collection
