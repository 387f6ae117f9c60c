"""Lists that page themselves: iterate a SyncPager / AsyncPager for every item, `.pages()` for pages.

Pages are fetched lazily, one request each, as the iteration reaches them. How to ask for the next
page comes from the operation's `x-hex-paginated` (a cursor or an offset), read from the raw body so
that it works whatever the page model is called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import httpx

from .errors import APIResponseValidationError
from .operation import CursorPaging, Operation
from .transport import AsyncRequester, SyncRequester, parse_success

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
RequesterT = TypeVar("RequesterT", SyncRequester, AsyncRequester)


def next_page_kwargs(
    operation: Operation, kwargs: dict[str, Any], response: httpx.Response, count: int
) -> dict[str, Any] | None:
    """The request for the page after `response` (which held `count` items), or None at the end."""
    paging = operation.paging
    if paging is None:
        return None
    value: Any = response.json()
    for key in paging.next:
        value = value.get(key) if isinstance(value, dict) else None
    if value is None or value == "":
        return None
    params = dict(kwargs.get("params") or {})
    if isinstance(paging, CursorPaging):
        if params.get(paging.parameter) == value:
            raise APIResponseValidationError(
                f"{operation.name}: the next-page cursor repeats the current one", response=response
            )
        params[paging.parameter] = value
        # A walk goes one way (`after` forwards, `before` backwards): the other cursor is dropped.
        params.pop("after" if paging.parameter == "before" else "before", None)
    else:
        if count == 0:
            return None
        params[paging.parameter] = int(params.get(paging.parameter) or 0) + count
    return {**kwargs, "params": params}


class _Pager(Generic[RequesterT, PageT, ItemT]):
    def __init__(
        self,
        requester: RequesterT,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], PageT],
        items: Callable[[PageT], Sequence[ItemT]],
    ) -> None:
        self._requester: RequesterT = requester
        self._operation = operation
        self._kwargs = kwargs
        self._parse = parse
        self._items = items

    def _page_and_next(
        self, response: httpx.Response, kwargs: dict[str, Any]
    ) -> tuple[PageT, dict[str, Any] | None]:
        page = parse_success(self._operation, response, self._parse)
        return page, next_page_kwargs(self._operation, kwargs, response, len(self._items(page)))


class SyncPager(_Pager[SyncRequester, PageT, ItemT]):
    def pages(self) -> Iterator[PageT]:
        kwargs: dict[str, Any] | None = self._kwargs
        while kwargs is not None:
            page, kwargs = self._page_and_next(self._requester.send(self._operation, kwargs), kwargs)
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page)


class AsyncPager(_Pager[AsyncRequester, PageT, ItemT]):
    async def pages(self) -> AsyncIterator[PageT]:
        kwargs: dict[str, Any] | None = self._kwargs
        while kwargs is not None:
            page, kwargs = self._page_and_next(await self._requester.send(self._operation, kwargs), kwargs)
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item
