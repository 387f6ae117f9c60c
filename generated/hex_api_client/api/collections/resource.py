"""`Hex.collections` and `AsyncHex.collections` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.collection import Collection
from ...models.collection_list import CollectionList
from ...models.collection_sort_by import CollectionSortBy
from ...models.create_collection_request import CreateCollectionRequest
from ...models.edit_collection_request import EditCollectionRequest
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import create_collection, edit_collection, get_collection, list_collections


class Collections(SyncResource):
    """The `collections` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: CollectionSortBy | Unset = UNSET,
    ) -> SyncPager[CollectionList, Collection]:
        """List collections: every item of every page, fetched lazily (ListCollections).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListCollections"],
            list_collections._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
            ),
            list_collections._parse_success,
            lambda page: page.values,
        )

    def create(
        self,
        *,
        body: CreateCollectionRequest,
    ) -> Collection:
        """Create a collection (CreateCollection)."""
        return self._requester.call(
            OPERATIONS["CreateCollection"],
            create_collection._get_kwargs(
                body=body,
            ),
            create_collection._parse_success,
        )

    def get(
        self,
        collection_id: UUID,
    ) -> Collection:
        """Get one collection (GetCollection)."""
        return self._requester.call(
            OPERATIONS["GetCollection"],
            get_collection._get_kwargs(
                collection_id=collection_id,
            ),
            get_collection._parse_success,
        )

    def update(
        self,
        collection_id: UUID,
        *,
        body: EditCollectionRequest,
    ) -> Collection:
        """Rename, describe or re-share a collection (EditCollection)."""
        return self._requester.call(
            OPERATIONS["EditCollection"],
            edit_collection._get_kwargs(
                collection_id=collection_id,
                body=body,
            ),
            edit_collection._parse_success,
        )


class AsyncCollections(AsyncResource):
    """The `collections` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: CollectionSortBy | Unset = UNSET,
    ) -> AsyncPager[CollectionList, Collection]:
        """List collections: every item of every page, fetched lazily (ListCollections).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListCollections"],
            list_collections._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
            ),
            list_collections._parse_success,
            lambda page: page.values,
        )

    async def create(
        self,
        *,
        body: CreateCollectionRequest,
    ) -> Collection:
        """Create a collection (CreateCollection)."""
        return await self._requester.call(
            OPERATIONS["CreateCollection"],
            create_collection._get_kwargs(
                body=body,
            ),
            create_collection._parse_success,
        )

    async def get(
        self,
        collection_id: UUID,
    ) -> Collection:
        """Get one collection (GetCollection)."""
        return await self._requester.call(
            OPERATIONS["GetCollection"],
            get_collection._get_kwargs(
                collection_id=collection_id,
            ),
            get_collection._parse_success,
        )

    async def update(
        self,
        collection_id: UUID,
        *,
        body: EditCollectionRequest,
    ) -> Collection:
        """Rename, describe or re-share a collection (EditCollection)."""
        return await self._requester.call(
            OPERATIONS["EditCollection"],
            edit_collection._get_kwargs(
                collection_id=collection_id,
                body=body,
            ),
            edit_collection._parse_success,
        )
