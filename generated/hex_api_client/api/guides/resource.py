"""`Hex.guides` and `AsyncHex.guides` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource, parse_nothing
from ...models.draft_guide_list import DraftGuideList
from ...models.guide_file import GuideFile
from ...models.publish_guide_drafts_request import PublishGuideDraftsRequest
from ...models.publish_guide_drafts_response import PublishGuideDraftsResponse
from ...models.upsert_guide_draft_request import UpsertGuideDraftRequest
from ...models.upsert_guide_draft_response import UpsertGuideDraftResponse
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    delete_guide_draft,
    list_draft_guides,
    publish_guide_drafts,
    upsert_guide_draft,
)


class Guides(SyncResource):
    """The `guides` operations. Deprecated ones are left to the low-level `api` modules."""

    def list_drafts(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        external_source: str | Unset = UNSET,
    ) -> SyncPager[DraftGuideList, GuideFile]:
        """List guides that have a draft: every item of every page, fetched lazily (ListDraftGuides).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListDraftGuides"],
            list_draft_guides._get_kwargs(
                limit=limit,
                after=after,
                before=before,
                external_source=external_source,
            ),
            list_draft_guides._parse_success,
            lambda page: page.values,
        )

    def upsert_draft(
        self,
        *,
        body: UpsertGuideDraftRequest,
    ) -> UpsertGuideDraftResponse:
        """Create or overwrite guide drafts (UpsertGuideDraft)."""
        return self._requester.call(
            OPERATIONS["UpsertGuideDraft"],
            upsert_guide_draft._get_kwargs(
                body=body,
            ),
            upsert_guide_draft._parse_success,
        )

    def publish_drafts(
        self,
        *,
        body: PublishGuideDraftsRequest,
    ) -> PublishGuideDraftsResponse:
        """Publish guide drafts (PublishGuideDrafts)."""
        return self._requester.call(
            OPERATIONS["PublishGuideDrafts"],
            publish_guide_drafts._get_kwargs(
                body=body,
            ),
            publish_guide_drafts._parse_success,
        )

    def delete_draft(
        self,
        org_guide_file_id: UUID,
    ) -> None:
        """Discard a guide's draft (DeleteGuideDraft)."""
        return self._requester.call(
            OPERATIONS["DeleteGuideDraft"],
            delete_guide_draft._get_kwargs(
                org_guide_file_id=org_guide_file_id,
            ),
            parse_nothing,
        )


class AsyncGuides(AsyncResource):
    """The `guides` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list_drafts(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        external_source: str | Unset = UNSET,
    ) -> AsyncPager[DraftGuideList, GuideFile]:
        """List guides that have a draft: every item of every page, fetched lazily (ListDraftGuides).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListDraftGuides"],
            list_draft_guides._get_kwargs(
                limit=limit,
                after=after,
                before=before,
                external_source=external_source,
            ),
            list_draft_guides._parse_success,
            lambda page: page.values,
        )

    async def upsert_draft(
        self,
        *,
        body: UpsertGuideDraftRequest,
    ) -> UpsertGuideDraftResponse:
        """Create or overwrite guide drafts (UpsertGuideDraft)."""
        return await self._requester.call(
            OPERATIONS["UpsertGuideDraft"],
            upsert_guide_draft._get_kwargs(
                body=body,
            ),
            upsert_guide_draft._parse_success,
        )

    async def publish_drafts(
        self,
        *,
        body: PublishGuideDraftsRequest,
    ) -> PublishGuideDraftsResponse:
        """Publish guide drafts (PublishGuideDrafts)."""
        return await self._requester.call(
            OPERATIONS["PublishGuideDrafts"],
            publish_guide_drafts._get_kwargs(
                body=body,
            ),
            publish_guide_drafts._parse_success,
        )

    async def delete_draft(
        self,
        org_guide_file_id: UUID,
    ) -> None:
        """Discard a guide's draft (DeleteGuideDraft)."""
        return await self._requester.call(
            OPERATIONS["DeleteGuideDraft"],
            delete_guide_draft._get_kwargs(
                org_guide_file_id=org_guide_file_id,
            ),
            parse_nothing,
        )
