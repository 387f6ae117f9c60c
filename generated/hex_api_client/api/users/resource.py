"""`Hex.users` and `AsyncHex.users` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.deactivate_user_response import DeactivateUserResponse
from ...models.me_user import MeUser
from ...models.me_workspace_token import MeWorkspaceToken
from ...models.sort_direction import SortDirection
from ...models.user import User
from ...models.user_list import UserList
from ...models.user_sort_by import UserSortBy
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import deactivate_user, list_users, me


class Users(SyncResource):
    """The `users` operations. Deprecated ones are left to the low-level `api` modules."""

    def me(
        self,
    ) -> MeUser | MeWorkspaceToken:
        """Describe the caller's token (Me)."""
        return self._requester.call(
            OPERATIONS["Me"],
            me._get_kwargs(),
            me._parse_success,
        )

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: UserSortBy | Unset = UserSortBy.NAME,
        sort_direction: SortDirection | Unset = SortDirection.ASC,
        group_id: UUID | Unset = UNSET,
        user_ids: str | Unset = UNSET,
    ) -> SyncPager[UserList, User]:
        """List workspace users: every item of every page, fetched lazily (ListUsers).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListUsers"],
            list_users._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
                group_id=group_id,
                user_ids=user_ids,
            ),
            list_users._parse_success,
            lambda page: page.values,
        )

    def deactivate(
        self,
        user_id: UUID,
    ) -> DeactivateUserResponse:
        """Deactivate a user (DeactivateUser)."""
        return self._requester.call(
            OPERATIONS["DeactivateUser"],
            deactivate_user._get_kwargs(
                user_id=user_id,
            ),
            deactivate_user._parse_success,
        )


class AsyncUsers(AsyncResource):
    """The `users` operations (async). Deprecated ones are left to the low-level `api` modules."""

    async def me(
        self,
    ) -> MeUser | MeWorkspaceToken:
        """Describe the caller's token (Me)."""
        return await self._requester.call(
            OPERATIONS["Me"],
            me._get_kwargs(),
            me._parse_success,
        )

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: UserSortBy | Unset = UserSortBy.NAME,
        sort_direction: SortDirection | Unset = SortDirection.ASC,
        group_id: UUID | Unset = UNSET,
        user_ids: str | Unset = UNSET,
    ) -> AsyncPager[UserList, User]:
        """List workspace users: every item of every page, fetched lazily (ListUsers).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListUsers"],
            list_users._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
                group_id=group_id,
                user_ids=user_ids,
            ),
            list_users._parse_success,
            lambda page: page.values,
        )

    async def deactivate(
        self,
        user_id: UUID,
    ) -> DeactivateUserResponse:
        """Deactivate a user (DeactivateUser)."""
        return await self._requester.call(
            OPERATIONS["DeactivateUser"],
            deactivate_user._get_kwargs(
                user_id=user_id,
            ),
            deactivate_user._parse_success,
        )
