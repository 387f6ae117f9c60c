"""`Hex.threads` and `AsyncHex.threads` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.continue_thread_request import ContinueThreadRequest
from ...models.continue_thread_response import ContinueThreadResponse
from ...models.create_thread_request import CreateThreadRequest
from ...models.create_thread_response import CreateThreadResponse
from ...models.thread import Thread
from ...models.thread_list import ThreadList
from ...models.thread_list_item import ThreadListItem
from ...models.thread_message_block import ThreadMessageBlock
from ...models.thread_message_list import ThreadMessageList
from ...models.thread_source import ThreadSource
from ...models.thread_type import ThreadType
from ...models.topic import Topic
from ...models.topic_list import TopicList
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    continue_thread,
    create_thread,
    get_thread,
    get_thread_messages,
    list_threads,
    list_topics,
)


class Threads(SyncResource):
    """The `threads` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        source: ThreadSource | Unset = UNSET,
        user_id: UUID | Unset = UNSET,
        type_: ThreadType | Unset = UNSET,
        num_days: int | Unset = UNSET,
        has_feedback: bool | Unset = UNSET,
        roles: str | Unset = UNSET,
        warnings: str | Unset = UNSET,
        topic_ids: str | Unset = UNSET,
        resource_ids: str | Unset = UNSET,
    ) -> SyncPager[ThreadList, ThreadListItem]:
        """List agent threads: every item of every page, fetched lazily (ListThreads).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListThreads"],
            list_threads._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                source=source,
                user_id=user_id,
                type_=type_,
                num_days=num_days,
                has_feedback=has_feedback,
                roles=roles,
                warnings=warnings,
                topic_ids=topic_ids,
                resource_ids=resource_ids,
            ),
            list_threads._parse_success,
            lambda page: page.threads,
        )

    def create(
        self,
        *,
        body: CreateThreadRequest,
    ) -> CreateThreadResponse:
        """Start an agent thread (CreateThread)."""
        return self._requester.call(
            OPERATIONS["CreateThread"],
            create_thread._get_kwargs(
                body=body,
            ),
            create_thread._parse_success,
        )

    def get(
        self,
        id: UUID,
    ) -> Thread:
        """Get an agent thread (GetThread)."""
        return self._requester.call(
            OPERATIONS["GetThread"],
            get_thread._get_kwargs(
                id=id,
            ),
            get_thread._parse_success,
        )

    def messages(
        self,
        thread_id: UUID,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        full: bool | Unset = False,
    ) -> SyncPager[ThreadMessageList, ThreadMessageBlock]:
        """Read the messages of an agent thread: every item of every page, fetched lazily (GetThreadMessages).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["GetThreadMessages"],
            get_thread_messages._get_kwargs(
                thread_id=thread_id,
                after=after,
                before=before,
                limit=limit,
                full=full,
            ),
            get_thread_messages._parse_success,
            lambda page: page.content,
        )

    def follow_up(
        self,
        id: UUID,
        *,
        body: ContinueThreadRequest,
    ) -> ContinueThreadResponse:
        """Send a follow-up to an agent thread (ContinueThread)."""
        return self._requester.call(
            OPERATIONS["ContinueThread"],
            continue_thread._get_kwargs(
                id=id,
                body=body,
            ),
            continue_thread._parse_success,
        )

    def list_topics(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPager[TopicList, Topic]:
        """List thread topics: every item of every page, fetched lazily (ListTopics).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListTopics"],
            list_topics._get_kwargs(
                after=after,
                before=before,
                limit=limit,
            ),
            list_topics._parse_success,
            lambda page: page.topics,
        )


class AsyncThreads(AsyncResource):
    """The `threads` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        source: ThreadSource | Unset = UNSET,
        user_id: UUID | Unset = UNSET,
        type_: ThreadType | Unset = UNSET,
        num_days: int | Unset = UNSET,
        has_feedback: bool | Unset = UNSET,
        roles: str | Unset = UNSET,
        warnings: str | Unset = UNSET,
        topic_ids: str | Unset = UNSET,
        resource_ids: str | Unset = UNSET,
    ) -> AsyncPager[ThreadList, ThreadListItem]:
        """List agent threads: every item of every page, fetched lazily (ListThreads).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListThreads"],
            list_threads._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                source=source,
                user_id=user_id,
                type_=type_,
                num_days=num_days,
                has_feedback=has_feedback,
                roles=roles,
                warnings=warnings,
                topic_ids=topic_ids,
                resource_ids=resource_ids,
            ),
            list_threads._parse_success,
            lambda page: page.threads,
        )

    async def create(
        self,
        *,
        body: CreateThreadRequest,
    ) -> CreateThreadResponse:
        """Start an agent thread (CreateThread)."""
        return await self._requester.call(
            OPERATIONS["CreateThread"],
            create_thread._get_kwargs(
                body=body,
            ),
            create_thread._parse_success,
        )

    async def get(
        self,
        id: UUID,
    ) -> Thread:
        """Get an agent thread (GetThread)."""
        return await self._requester.call(
            OPERATIONS["GetThread"],
            get_thread._get_kwargs(
                id=id,
            ),
            get_thread._parse_success,
        )

    def messages(
        self,
        thread_id: UUID,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        full: bool | Unset = False,
    ) -> AsyncPager[ThreadMessageList, ThreadMessageBlock]:
        """Read the messages of an agent thread: every item of every page, fetched lazily (GetThreadMessages).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["GetThreadMessages"],
            get_thread_messages._get_kwargs(
                thread_id=thread_id,
                after=after,
                before=before,
                limit=limit,
                full=full,
            ),
            get_thread_messages._parse_success,
            lambda page: page.content,
        )

    async def follow_up(
        self,
        id: UUID,
        *,
        body: ContinueThreadRequest,
    ) -> ContinueThreadResponse:
        """Send a follow-up to an agent thread (ContinueThread)."""
        return await self._requester.call(
            OPERATIONS["ContinueThread"],
            continue_thread._get_kwargs(
                id=id,
                body=body,
            ),
            continue_thread._parse_success,
        )

    def list_topics(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPager[TopicList, Topic]:
        """List thread topics: every item of every page, fetched lazily (ListTopics).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListTopics"],
            list_topics._get_kwargs(
                after=after,
                before=before,
                limit=limit,
            ),
            list_topics._parse_success,
            lambda page: page.topics,
        )
