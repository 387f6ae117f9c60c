"""A bounded log of the requests the mock served and what it answered, for tests to assert on ("did
my code call X?") and for the dashboard to show.

Secrets never leave it: request headers are not recorded at all (so neither is `Authorization`; the
token is known only by its digest, as in the state dump), and any body or query value under a key
that looks like a credential is replaced by `[REDACTED]`.
"""

from __future__ import annotations

import functools
import json
import re
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hex_mock.clock import isoformat
from hex_mock.validation import UploadedFile

REDACTED = "[REDACTED]"

# Matched against key names with case and separators ignored (accessToken, access_token,
# private-key, serviceAccountJsonConfig, ...).
_SECRET_KEY = re.compile(
    r"token|password|passphrase|secret|privatekey|sslrootcert|serviceaccountjsonconfig|apikey|credential"
)


@functools.lru_cache(maxsize=4096)  # bodies repeat the same few keys
def is_secret_key(key: str) -> bool:
    return bool(_SECRET_KEY.search(re.sub(r"[^a-z0-9]", "", key.lower())))


# Request bodies larger than this (or with more arrays and objects) are journalled as a marker
# string: a full journal of 2 MiB bodies (1000 entries) would otherwise hold gigabytes.
MAX_JOURNAL_BODY_BYTES = 128 * 1024
MAX_JOURNAL_BODY_CONTAINERS = 1000


def journal_body(raw: bytes, body: Any) -> Any:
    """What the journal keeps of a request body: the parsed body (a form's files described, not
    kept), or `[not kept: N bytes]`."""
    if isinstance(body, dict) and any(isinstance(value, UploadedFile) for value in body.values()):
        return {
            name: value.describe() if isinstance(value, UploadedFile) else value
            for name, value in body.items()
        }
    containers = raw.count(b"{") + raw.count(b"[")
    if len(raw) <= MAX_JOURNAL_BODY_BYTES and containers <= MAX_JOURNAL_BODY_CONTAINERS:
        return body
    return f"[not kept: {len(raw)} bytes]"


def _response_body(payload: bytes | str) -> Any:
    """A response as the journal shows it: its JSON, redacted; None when it had no body."""
    if isinstance(payload, str):  # a marker: the response was too large to keep
        return payload
    if not payload:
        return None
    try:
        # The standard library's parser: it reads everything the kernel's encoder may write (a lone
        # surrogate escaped by its ASCII fallback), and the journal is read rarely.
        return redact(json.loads(payload))
    except ValueError:  # not JSON (a plain-text reply): shown as sent
        return payload.decode("utf-8", "replace")


def redact(value: Any) -> Any:
    """A copy of a JSON value with every credential-like key's value replaced."""
    if isinstance(value, dict):
        return {key: REDACTED if is_secret_key(str(key)) else redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


@dataclass(frozen=True)
class JournalEntry:
    method: str
    path: str
    query: tuple[tuple[str, str], ...]  # (name, value) pairs as sent, credential-like values redacted
    operation_id: str | None  # None when no operation matched (404/405)
    status: int
    user_id: str | None  # None when the request was not authenticated
    token_kind: str | None  # "personal" | "workspace" | None
    timestamp: str  # ISO 8601 UTC from the workspace clock
    body: Any  # the parsed JSON body, redacted; None when absent or unparseable
    trace_id: str
    token_digest: str | None  # the token's `digest` in the state dump; None when not authenticated
    response: Any  # the response body, redacted; None when empty; `[not kept: N bytes]` when large
    response_headers: dict[str, str]  # beyond Content-Type and Content-Length (Retry-After, ...)


# What a request leaves in the journal: JournalEntry's fields in order, except that the timestamp is
# still a datetime and the response the bytes sent. Every request is journalled and few entries are
# ever read, so the request path stores a tuple and the entry (its timestamp's text, its response's
# parsed and redacted JSON) is made when someone reads it.
_Recorded = tuple[
    str,
    str,
    tuple[tuple[str, str], ...],
    str | None,
    int,
    str | None,
    str | None,
    datetime,
    Any,
    str,
    str | None,
    bytes | str,
    Mapping[str, str],
]


class Journal:
    """The last `capacity` requests, oldest first."""

    def __init__(self, capacity: int = 1000) -> None:
        self.capacity = capacity
        self._entries: deque[_Recorded] = deque(maxlen=capacity)

    def record(
        self,
        *,
        method: str,
        path: str,
        query: tuple[tuple[str, str], ...],
        operation_id: str | None,
        status: int,
        user_id: str | None,
        token_kind: str | None,
        moment: datetime,
        body: Any,
        trace_id: str,
        token_digest: str | None,
        response: bytes,
        response_headers: Mapping[str, str],
    ) -> None:
        """Keep one request; `query` and `body` must already be redacted (redact_query, redact).
        `response` is the JSON sent, redacted when read; a large one is kept as a marker only."""
        kept = response if len(response) <= MAX_JOURNAL_BODY_BYTES else f"[not kept: {len(response)} bytes]"
        self._entries.append(
            (
                method,
                path,
                query,
                operation_id,
                status,
                user_id,
                token_kind,
                moment,
                body,
                trace_id,
                token_digest,
                kept,
                response_headers,
            )
        )

    def entries(self, operation_id: str | None = None) -> list[JournalEntry]:
        return [
            JournalEntry(
                *recorded[:7],
                isoformat(recorded[7]),
                *recorded[8:11],
                _response_body(recorded[11]),
                dict(recorded[12]),
            )
            for recorded in self._entries
            if operation_id is None or recorded[3] == operation_id
        ]

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries())


def redact_query(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    if not pairs:
        return ()
    return tuple((name, REDACTED if is_secret_key(name) else value) for name, value in pairs)
