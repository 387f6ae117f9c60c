"""`Hex.suggestions` and `AsyncHex.suggestions` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.sort_direction import SortDirection
from ...models.suggestion import Suggestion
from ...models.suggestion_detail import SuggestionDetail
from ...models.suggestion_list import SuggestionList
from ...models.suggestion_sort_by import SuggestionSortBy
from ...models.suggestion_status import SuggestionStatus
from ...models.trigger_suggestion_review_response import TriggerSuggestionReviewResponse
from ...models.update_proposed_change_request import UpdateProposedChangeRequest
from ...models.update_proposed_change_response import UpdateProposedChangeResponse
from ...models.update_suggestion_request import UpdateSuggestionRequest
from ...models.update_suggestion_response import UpdateSuggestionResponse
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    get_suggestion,
    get_suggestions,
    trigger_suggestion_review,
    update_suggestion,
    update_suggestion_update,
)


class Suggestions(SyncResource):
    """The `suggestions` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SuggestionStatus | Unset = UNSET,
        sort_by: SuggestionSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = SortDirection.DESC,
    ) -> SyncPager[SuggestionList, Suggestion]:
        """List context suggestions: every item of every page, fetched lazily (GetSuggestions).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["GetSuggestions"],
            get_suggestions._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                status=status,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            get_suggestions._parse_success,
            lambda page: page.values,
        )

    def get(
        self,
        id: UUID,
    ) -> SuggestionDetail:
        """Get a context suggestion (GetSuggestion)."""
        return self._requester.call(
            OPERATIONS["GetSuggestion"],
            get_suggestion._get_kwargs(
                id=id,
            ),
            get_suggestion._parse_success,
        )

    def update(
        self,
        id: UUID,
        *,
        body: UpdateSuggestionRequest,
    ) -> UpdateSuggestionResponse:
        """Update a context suggestion (UpdateSuggestion)."""
        return self._requester.call(
            OPERATIONS["UpdateSuggestion"],
            update_suggestion._get_kwargs(
                id=id,
                body=body,
            ),
            update_suggestion._parse_success,
        )

    def update_change(
        self,
        id: UUID,
        change_id: UUID,
        *,
        body: UpdateProposedChangeRequest,
    ) -> UpdateProposedChangeResponse:
        """Update one proposed change of a context suggestion (UpdateSuggestionUpdate)."""
        return self._requester.call(
            OPERATIONS["UpdateSuggestionUpdate"],
            update_suggestion_update._get_kwargs(
                id=id,
                change_id=change_id,
                body=body,
            ),
            update_suggestion_update._parse_success,
        )

    def review(
        self,
        id: UUID,
    ) -> TriggerSuggestionReviewResponse:
        """Start a review of a context suggestion (TriggerSuggestionReview)."""
        return self._requester.call(
            OPERATIONS["TriggerSuggestionReview"],
            trigger_suggestion_review._get_kwargs(
                id=id,
            ),
            trigger_suggestion_review._parse_success,
        )


class AsyncSuggestions(AsyncResource):
    """The `suggestions` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SuggestionStatus | Unset = UNSET,
        sort_by: SuggestionSortBy | Unset = UNSET,
        sort_direction: SortDirection | Unset = SortDirection.DESC,
    ) -> AsyncPager[SuggestionList, Suggestion]:
        """List context suggestions: every item of every page, fetched lazily (GetSuggestions).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["GetSuggestions"],
            get_suggestions._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                status=status,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            get_suggestions._parse_success,
            lambda page: page.values,
        )

    async def get(
        self,
        id: UUID,
    ) -> SuggestionDetail:
        """Get a context suggestion (GetSuggestion)."""
        return await self._requester.call(
            OPERATIONS["GetSuggestion"],
            get_suggestion._get_kwargs(
                id=id,
            ),
            get_suggestion._parse_success,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: UpdateSuggestionRequest,
    ) -> UpdateSuggestionResponse:
        """Update a context suggestion (UpdateSuggestion)."""
        return await self._requester.call(
            OPERATIONS["UpdateSuggestion"],
            update_suggestion._get_kwargs(
                id=id,
                body=body,
            ),
            update_suggestion._parse_success,
        )

    async def update_change(
        self,
        id: UUID,
        change_id: UUID,
        *,
        body: UpdateProposedChangeRequest,
    ) -> UpdateProposedChangeResponse:
        """Update one proposed change of a context suggestion (UpdateSuggestionUpdate)."""
        return await self._requester.call(
            OPERATIONS["UpdateSuggestionUpdate"],
            update_suggestion_update._get_kwargs(
                id=id,
                change_id=change_id,
                body=body,
            ),
            update_suggestion_update._parse_success,
        )

    async def review(
        self,
        id: UUID,
    ) -> TriggerSuggestionReviewResponse:
        """Start a review of a context suggestion (TriggerSuggestionReview)."""
        return await self._requester.call(
            OPERATIONS["TriggerSuggestionReview"],
            trigger_suggestion_review._get_kwargs(
                id=id,
            ),
            trigger_suggestion_review._parse_success,
        )
