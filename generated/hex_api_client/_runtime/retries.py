"""When to send a request again, and after how long.

Connection failures and 408, 429, 500, 502, 503 and 504 are retried with exponential backoff and
jitter, honouring `Retry-After` (seconds or an HTTP date) up to `max_retry_after`. A request that may
have reached the server is sent again only for idempotent operations: a lost RunProject response is
never answered by a second run. 408, 429 and 503 say the server did not act, so they are retried for
every operation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from .errors import APIConnectionError, APITimeoutError, HexAPIError, status_error
from .operation import Operation

RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
NOT_ACTED_ON_STATUSES = frozenset({408, 429, 503})
# Raised before a single byte of the request was sent.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a longer Retry-After is raised to the caller instead of slept

    def delay_or_raise(
        self, outcome: httpx.Response | httpx.TransportError, operation: Operation, attempt: int
    ) -> float:
        """Seconds to wait before retry `attempt + 1` of `operation`, or the error to raise instead."""
        if isinstance(outcome, httpx.Response):
            retry_after = retry_after_seconds(outcome)
            retryable = outcome.status_code in RETRIED_STATUSES and (
                operation.idempotent or outcome.status_code in NOT_ACTED_ON_STATUSES
            )
            if not retryable or attempt >= self.max_retries:
                raise status_error(outcome, retry_after)
            if retry_after is not None:
                if retry_after > self.max_retry_after:
                    raise status_error(outcome, retry_after)
                return retry_after
            return self.backoff(attempt)
        never_sent = isinstance(outcome, NEVER_SENT)
        if (never_sent or operation.idempotent) and attempt < self.max_retries:
            return self.backoff(attempt)
        raise connection_error(outcome, operation, never_sent)

    def backoff(self, attempt: int) -> float:
        """Exponential, capped, with up to 25% jitter so that clients that failed together spread out."""
        return min(self.initial_delay * 2.0**attempt, self.max_delay) * (1 - 0.25 * random.random())


def connection_error(error: httpx.TransportError, operation: Operation, never_sent: bool) -> HexAPIError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    resend_unsafe = not never_sent and not operation.idempotent
    note = " (it may have been carried out, so it was not sent again)" if resend_unsafe else ""
    try:
        request: httpx.Request | None = error.request
    except RuntimeError:  # raised before httpx attached the request
        request = None
    return kind(
        f"{operation.name}: {type(error).__name__}: {error}{note}",
        request=request,
        may_have_reached_server=not never_sent,
    )


def retry_after_seconds(response: httpx.Response) -> float | None:
    """`Retry-After` in seconds: a number, or an HTTP date measured from the response's `Date`."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
        sent = response.headers.get("date")
        now = parsedate_to_datetime(sent) if sent else datetime.now(UTC)
    except (TypeError, ValueError):
        return None
    return max((when - now).total_seconds(), 0.0)
