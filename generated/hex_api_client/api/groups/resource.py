"""`Hex.groups` and `AsyncHex.groups` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource, parse_nothing
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.edit_group_request import EditGroupRequest
from ...models.group import Group
from ...models.group_list import GroupList
from ...models.group_sort_by import GroupSortBy
from ...models.sort_direction import SortDirection
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import create_group, delete_group, edit_group, get_group, list_groups


class Groups(SyncResource):
    """The `groups` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: GroupSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> SyncPager[GroupList, Group]:
        """List groups: every item of every page, fetched lazily (ListGroups).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListGroups"],
            list_groups._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_groups._parse_success,
            lambda page: page.values,
        )

    def create(
        self,
        *,
        body: CreateGroupRequest,
    ) -> CreateGroupResponse:
        """Create a group (CreateGroup)."""
        return self._requester.call(
            OPERATIONS["CreateGroup"],
            create_group._get_kwargs(
                body=body,
            ),
            create_group._parse_success,
        )

    def get(
        self,
        group_id: UUID,
    ) -> Group:
        """Get one group (GetGroup)."""
        return self._requester.call(
            OPERATIONS["GetGroup"],
            get_group._get_kwargs(
                group_id=group_id,
            ),
            get_group._parse_success,
        )

    def delete(
        self,
        group_id: UUID,
    ) -> None:
        """Delete a group (DeleteGroup)."""
        return self._requester.call(
            OPERATIONS["DeleteGroup"],
            delete_group._get_kwargs(
                group_id=group_id,
            ),
            parse_nothing,
        )

    def update(
        self,
        group_id: UUID,
        *,
        body: EditGroupRequest,
    ) -> Group:
        """Rename a group or change its members (EditGroup)."""
        return self._requester.call(
            OPERATIONS["EditGroup"],
            edit_group._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            edit_group._parse_success,
        )


class AsyncGroups(AsyncResource):
    """The `groups` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: GroupSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
    ) -> AsyncPager[GroupList, Group]:
        """List groups: every item of every page, fetched lazily (ListGroups).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListGroups"],
            list_groups._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_groups._parse_success,
            lambda page: page.values,
        )

    async def create(
        self,
        *,
        body: CreateGroupRequest,
    ) -> CreateGroupResponse:
        """Create a group (CreateGroup)."""
        return await self._requester.call(
            OPERATIONS["CreateGroup"],
            create_group._get_kwargs(
                body=body,
            ),
            create_group._parse_success,
        )

    async def get(
        self,
        group_id: UUID,
    ) -> Group:
        """Get one group (GetGroup)."""
        return await self._requester.call(
            OPERATIONS["GetGroup"],
            get_group._get_kwargs(
                group_id=group_id,
            ),
            get_group._parse_success,
        )

    async def delete(
        self,
        group_id: UUID,
    ) -> None:
        """Delete a group (DeleteGroup)."""
        return await self._requester.call(
            OPERATIONS["DeleteGroup"],
            delete_group._get_kwargs(
                group_id=group_id,
            ),
            parse_nothing,
        )

    async def update(
        self,
        group_id: UUID,
        *,
        body: EditGroupRequest,
    ) -> Group:
        """Rename a group or change its members (EditGroup)."""
        return await self._requester.call(
            OPERATIONS["EditGroup"],
            edit_group._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            edit_group._parse_success,
        )
