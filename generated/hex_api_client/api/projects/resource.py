"""`Hex.projects` and `AsyncHex.projects` (generated from the spec; do not edit)."""

import builtins
from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.batch_update_compute_profile_request import (
    BatchUpdateComputeProfileRequest,
)
from ...models.compute_profile_batch_result import ComputeProfileBatchResult
from ...models.create_project_request import CreateProjectRequest
from ...models.edit_project_sharing_collections_request import (
    EditProjectSharingCollectionsRequest,
)
from ...models.edit_project_sharing_collections_response import (
    EditProjectSharingCollectionsResponse,
)
from ...models.edit_project_sharing_groups_request import (
    EditProjectSharingGroupsRequest,
)
from ...models.edit_project_sharing_groups_response import (
    EditProjectSharingGroupsResponse,
)
from ...models.edit_project_sharing_org_and_public_request import (
    EditProjectSharingOrgAndPublicRequest,
)
from ...models.edit_project_sharing_org_and_public_response import (
    EditProjectSharingOrgAndPublicResponse,
)
from ...models.edit_project_sharing_users_request import EditProjectSharingUsersRequest
from ...models.edit_project_sharing_users_response import (
    EditProjectSharingUsersResponse,
)
from ...models.export_project_request import ExportProjectRequest
from ...models.project import Project
from ...models.project_export import ProjectExport
from ...models.project_list import ProjectList
from ...models.project_sort_by import ProjectSortBy
from ...models.queried_table import QueriedTable
from ...models.queried_table_list import QueriedTableList
from ...models.sort_direction import SortDirection
from ...models.update_project_request import UpdateProjectRequest
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    batch_update_compute_profile,
    create_project,
    edit_project_sharing_collections,
    edit_project_sharing_groups,
    edit_project_sharing_org_and_public,
    edit_project_sharing_users,
    export_project,
    get_project,
    get_queried_tables,
    list_projects,
    update_project,
)


class Projects(SyncResource):
    """The `projects` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        include_archived: bool | Unset = False,
        include_components: bool | Unset = False,
        include_trashed: bool | Unset = False,
        include_sharing: bool | Unset = False,
        statuses: builtins.list[str] | Unset = UNSET,
        categories: builtins.list[str] | Unset = UNSET,
        creator_email: str | Unset = UNSET,
        owner_email: str | Unset = UNSET,
        collection_id: UUID | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        sort_by: ProjectSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> SyncPager[ProjectList, Project]:
        """List projects: every item of every page, fetched lazily (ListProjects).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListProjects"],
            list_projects._get_kwargs(
                include_archived=include_archived,
                include_components=include_components,
                include_trashed=include_trashed,
                include_sharing=include_sharing,
                statuses=statuses,
                categories=categories,
                creator_email=creator_email,
                owner_email=owner_email,
                collection_id=collection_id,
                limit=limit,
                after=after,
                before=before,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_projects._parse_success,
            lambda page: page.values,
        )

    def create(
        self,
        *,
        body: CreateProjectRequest,
    ) -> Project:
        """Create a project (CreateProject)."""
        return self._requester.call(
            OPERATIONS["CreateProject"],
            create_project._get_kwargs(
                body=body,
            ),
            create_project._parse_success,
        )

    def get(
        self,
        project_id: UUID,
        *,
        include_sharing: bool | Unset = False,
    ) -> Project:
        """Get a project (GetProject)."""
        return self._requester.call(
            OPERATIONS["GetProject"],
            get_project._get_kwargs(
                project_id=project_id,
                include_sharing=include_sharing,
            ),
            get_project._parse_success,
        )

    def update(
        self,
        project_id: UUID,
        *,
        body: UpdateProjectRequest,
    ) -> Project:
        """Set or clear a project's status (UpdateProject)."""
        return self._requester.call(
            OPERATIONS["UpdateProject"],
            update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            update_project._parse_success,
        )

    def list_queried_tables(
        self,
        project_id: UUID,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
    ) -> SyncPager[QueriedTableList, QueriedTable]:
        """List the warehouse tables a project queries: every item of every page, fetched lazily (GetQueriedTables).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["GetQueriedTables"],
            get_queried_tables._get_kwargs(
                project_id=project_id,
                limit=limit,
                after=after,
                before=before,
            ),
            get_queried_tables._parse_success,
            lambda page: page.values,
        )

    def edit_sharing_users(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingUsersRequest,
    ) -> EditProjectSharingUsersResponse:
        """Share a project with users (EditProjectSharingUsers)."""
        return self._requester.call(
            OPERATIONS["EditProjectSharingUsers"],
            edit_project_sharing_users._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_users._parse_success,
        )

    def edit_sharing_groups(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingGroupsRequest,
    ) -> EditProjectSharingGroupsResponse:
        """Share a project with groups (EditProjectSharingGroups)."""
        return self._requester.call(
            OPERATIONS["EditProjectSharingGroups"],
            edit_project_sharing_groups._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_groups._parse_success,
        )

    def edit_sharing_collections(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingCollectionsRequest,
    ) -> EditProjectSharingCollectionsResponse:
        """Add a project to collections (EditProjectSharingCollections)."""
        return self._requester.call(
            OPERATIONS["EditProjectSharingCollections"],
            edit_project_sharing_collections._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_collections._parse_success,
        )

    def edit_sharing_org_and_public(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingOrgAndPublicRequest,
    ) -> EditProjectSharingOrgAndPublicResponse:
        """Set a project's workspace and public-web access (EditProjectSharingOrgAndPublic)."""
        return self._requester.call(
            OPERATIONS["EditProjectSharingOrgAndPublic"],
            edit_project_sharing_org_and_public._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_org_and_public._parse_success,
        )

    def export(
        self,
        *,
        body: ExportProjectRequest,
    ) -> ProjectExport:
        """Export a project as a project file (ExportProject)."""
        return self._requester.call(
            OPERATIONS["ExportProject"],
            export_project._get_kwargs(
                body=body,
            ),
            export_project._parse_success,
        )

    def batch_update_compute_profile(
        self,
        *,
        body: BatchUpdateComputeProfileRequest,
    ) -> ComputeProfileBatchResult:
        """Set the compute profile of several projects (BatchUpdateComputeProfile)."""
        return self._requester.call(
            OPERATIONS["BatchUpdateComputeProfile"],
            batch_update_compute_profile._get_kwargs(
                body=body,
            ),
            batch_update_compute_profile._parse_success,
        )


class AsyncProjects(AsyncResource):
    """The `projects` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        include_archived: bool | Unset = False,
        include_components: bool | Unset = False,
        include_trashed: bool | Unset = False,
        include_sharing: bool | Unset = False,
        statuses: builtins.list[str] | Unset = UNSET,
        categories: builtins.list[str] | Unset = UNSET,
        creator_email: str | Unset = UNSET,
        owner_email: str | Unset = UNSET,
        collection_id: UUID | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        sort_by: ProjectSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> AsyncPager[ProjectList, Project]:
        """List projects: every item of every page, fetched lazily (ListProjects).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListProjects"],
            list_projects._get_kwargs(
                include_archived=include_archived,
                include_components=include_components,
                include_trashed=include_trashed,
                include_sharing=include_sharing,
                statuses=statuses,
                categories=categories,
                creator_email=creator_email,
                owner_email=owner_email,
                collection_id=collection_id,
                limit=limit,
                after=after,
                before=before,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_projects._parse_success,
            lambda page: page.values,
        )

    async def create(
        self,
        *,
        body: CreateProjectRequest,
    ) -> Project:
        """Create a project (CreateProject)."""
        return await self._requester.call(
            OPERATIONS["CreateProject"],
            create_project._get_kwargs(
                body=body,
            ),
            create_project._parse_success,
        )

    async def get(
        self,
        project_id: UUID,
        *,
        include_sharing: bool | Unset = False,
    ) -> Project:
        """Get a project (GetProject)."""
        return await self._requester.call(
            OPERATIONS["GetProject"],
            get_project._get_kwargs(
                project_id=project_id,
                include_sharing=include_sharing,
            ),
            get_project._parse_success,
        )

    async def update(
        self,
        project_id: UUID,
        *,
        body: UpdateProjectRequest,
    ) -> Project:
        """Set or clear a project's status (UpdateProject)."""
        return await self._requester.call(
            OPERATIONS["UpdateProject"],
            update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            update_project._parse_success,
        )

    def list_queried_tables(
        self,
        project_id: UUID,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
    ) -> AsyncPager[QueriedTableList, QueriedTable]:
        """List the warehouse tables a project queries: every item of every page, fetched lazily (GetQueriedTables).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["GetQueriedTables"],
            get_queried_tables._get_kwargs(
                project_id=project_id,
                limit=limit,
                after=after,
                before=before,
            ),
            get_queried_tables._parse_success,
            lambda page: page.values,
        )

    async def edit_sharing_users(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingUsersRequest,
    ) -> EditProjectSharingUsersResponse:
        """Share a project with users (EditProjectSharingUsers)."""
        return await self._requester.call(
            OPERATIONS["EditProjectSharingUsers"],
            edit_project_sharing_users._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_users._parse_success,
        )

    async def edit_sharing_groups(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingGroupsRequest,
    ) -> EditProjectSharingGroupsResponse:
        """Share a project with groups (EditProjectSharingGroups)."""
        return await self._requester.call(
            OPERATIONS["EditProjectSharingGroups"],
            edit_project_sharing_groups._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_groups._parse_success,
        )

    async def edit_sharing_collections(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingCollectionsRequest,
    ) -> EditProjectSharingCollectionsResponse:
        """Add a project to collections (EditProjectSharingCollections)."""
        return await self._requester.call(
            OPERATIONS["EditProjectSharingCollections"],
            edit_project_sharing_collections._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_collections._parse_success,
        )

    async def edit_sharing_org_and_public(
        self,
        project_id: UUID,
        *,
        body: EditProjectSharingOrgAndPublicRequest,
    ) -> EditProjectSharingOrgAndPublicResponse:
        """Set a project's workspace and public-web access (EditProjectSharingOrgAndPublic)."""
        return await self._requester.call(
            OPERATIONS["EditProjectSharingOrgAndPublic"],
            edit_project_sharing_org_and_public._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            edit_project_sharing_org_and_public._parse_success,
        )

    async def export(
        self,
        *,
        body: ExportProjectRequest,
    ) -> ProjectExport:
        """Export a project as a project file (ExportProject)."""
        return await self._requester.call(
            OPERATIONS["ExportProject"],
            export_project._get_kwargs(
                body=body,
            ),
            export_project._parse_success,
        )

    async def batch_update_compute_profile(
        self,
        *,
        body: BatchUpdateComputeProfileRequest,
    ) -> ComputeProfileBatchResult:
        """Set the compute profile of several projects (BatchUpdateComputeProfile)."""
        return await self._requester.call(
            OPERATIONS["BatchUpdateComputeProfile"],
            batch_update_compute_profile._get_kwargs(
                body=body,
            ),
            batch_update_compute_profile._parse_success,
        )
