from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_group_access import CollectionGroupAccess
    from ..models.collection_user_access import CollectionUserAccess
    from ..models.collection_workspace_access import CollectionWorkspaceAccess


T = TypeVar("T", bound="CollectionSharing")


@_attrs_define
class CollectionSharing:
    """Who a collection is shared with. Users and groups are identified by id, in reads as in writes.

    Example:
        {'users': [{'access': 'MEMBER', 'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b'}], 'groups': [{'access': 'MEMBER',
            'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}], 'workspace': {'members': 'MEMBER'}}

    Attributes:
        users (list[CollectionUserAccess] | Unset):
        groups (list[CollectionGroupAccess] | Unset):
        workspace (CollectionWorkspaceAccess | Unset): The access every workspace member has to a collection. Example:
            {'members': 'MEMBER'}.
    """

    users: list[CollectionUserAccess] | Unset = UNSET
    groups: list[CollectionGroupAccess] | Unset = UNSET
    workspace: CollectionWorkspaceAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_group_access import CollectionGroupAccess
        from ..models.collection_user_access import CollectionUserAccess
        from ..models.collection_workspace_access import CollectionWorkspaceAccess

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[CollectionUserAccess] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = CollectionUserAccess.from_dict(users_item_data)

                users.append(users_item)

        _groups = d.pop("groups", UNSET)
        groups: list[CollectionGroupAccess] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = CollectionGroupAccess.from_dict(groups_item_data)

                groups.append(groups_item)

        _workspace = d.pop("workspace", UNSET)
        workspace: CollectionWorkspaceAccess | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = CollectionWorkspaceAccess.from_dict(_workspace)

        collection_sharing = cls(
            users=users,
            groups=groups,
            workspace=workspace,
        )

        return collection_sharing
