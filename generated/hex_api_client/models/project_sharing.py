from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.project_audience_access import ProjectAudienceAccess
    from ..models.project_collection_share import ProjectCollectionShare
    from ..models.project_group_share import ProjectGroupShare
    from ..models.project_user_share import ProjectUserShare


T = TypeVar("T", bound="ProjectSharing")


@_attrs_define
class ProjectSharing:
    """Who can access the project and how. Users are named by email and groups and collections by name; the sharing edits
    take ids instead.

        Example:
            {'users': [{'user': {'email': 'ana@example.com'}, 'access': 'FULL_ACCESS'}], 'collections': [{'collection':
                {'name': 'Finance dashboards'}, 'access': 'APP_ONLY'}], 'groups': [], 'workspace': {'access': 'CAN_VIEW'},
                'publicWeb': {'access': 'NONE'}, 'support': {'access': 'NONE'}}

        Attributes:
            users (list[ProjectUserShare]):
            collections (list[ProjectCollectionShare]):
            groups (list[ProjectGroupShare]):
            workspace (ProjectAudienceAccess): The access a whole audience (the workspace, the public web, Hex support) has
                on the project. Example: {'access': 'NONE'}.
            public_web (ProjectAudienceAccess): The access a whole audience (the workspace, the public web, Hex support) has
                on the project. Example: {'access': 'NONE'}.
            support (ProjectAudienceAccess): The access a whole audience (the workspace, the public web, Hex support) has on
                the project. Example: {'access': 'NONE'}.
    """

    users: list[ProjectUserShare]
    collections: list[ProjectCollectionShare]
    groups: list[ProjectGroupShare]
    workspace: ProjectAudienceAccess
    public_web: ProjectAudienceAccess
    support: ProjectAudienceAccess

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        workspace = self.workspace.to_dict()

        public_web = self.public_web.to_dict()

        support = self.support.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "users": users,
                "collections": collections,
                "groups": groups,
                "workspace": workspace,
                "publicWeb": public_web,
                "support": support,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_audience_access import ProjectAudienceAccess
        from ..models.project_collection_share import ProjectCollectionShare
        from ..models.project_group_share import ProjectGroupShare
        from ..models.project_user_share import ProjectUserShare

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = ProjectUserShare.from_dict(users_item_data)

            users.append(users_item)

        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:
            collections_item = ProjectCollectionShare.from_dict(collections_item_data)

            collections.append(collections_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ProjectGroupShare.from_dict(groups_item_data)

            groups.append(groups_item)

        workspace = ProjectAudienceAccess.from_dict(d.pop("workspace"))

        public_web = ProjectAudienceAccess.from_dict(d.pop("publicWeb"))

        support = ProjectAudienceAccess.from_dict(d.pop("support"))

        project_sharing = cls(
            users=users,
            collections=collections,
            groups=groups,
            workspace=workspace,
            public_web=public_web,
            support=support,
        )

        return project_sharing
