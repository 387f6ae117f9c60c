"""Base classes of the generated resource classes (api/<tag>/resource.py)."""

from __future__ import annotations

import httpx

from .transport import AsyncRequester, SyncRequester


class SyncResource:
    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester


class AsyncResource:
    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester


def parse_nothing(_response: httpx.Response) -> None:
    """The parser of operations whose success has no body (204)."""
