"""Per-token rate limits, driven by the workspace clock.

Algorithm: a sliding-window log. For each (token, bucket, limit) we keep the times of the requests
admitted in the last `window` seconds; a request is admitted when every limit of its bucket has a
free slot, and then recorded in all of them. This is exact (never more than `max_requests` in any
window of `window` seconds, unlike a fixed window's double burst at the boundary) and costs
O(max_requests) memory per token and limit, which for Hex's limits (<= 60 per window) is nothing.

`check` is synchronous and does not await between deciding and recording, so under asyncio (one
thread) concurrent requests cannot both take the last slot.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from hex_mock.errors import HexError
from hex_mock.store import Token

Limit = tuple[int, float]  # (max_requests, window_seconds)


@dataclass(frozen=True)
class RateLimits:
    """Which limits apply to which operation.

    `limits` is keyed by operationId or by a group name; `groups` maps operationIds to the group
    whose budget they share. `default` applies to every operation with no entry (none by default:
    Hex documents its general per-user limit only loosely).
    """

    limits: Mapping[str, Sequence[Limit]] = field(default_factory=dict)
    groups: Mapping[str, str] = field(default_factory=dict)
    default: Sequence[Limit] = ()

    def bucket_for(self, operation_id: str) -> tuple[str, Sequence[Limit]]:
        bucket = self.groups.get(operation_id, operation_id)
        limits = self.limits.get(bucket)
        if limits is None:
            return "(default)", self.default
        return bucket, limits


# Hex's documented limits: RunProject 20/minute and 60/hour (its legacy path shares the budget);
# chart images 20/minute (Hex's `hex-chart-image` group covers both chart-image operations).
DEFAULT_RATE_LIMITS = RateLimits(
    limits={
        "run-project": ((20, 60.0), (60, 3600.0)),
        "hex-chart-image": ((20, 60.0),),
    },
    groups={
        "RunProject": "run-project",
        "RunProjectLegacy": "run-project",
        "GetChartImageFromRun": "hex-chart-image",
        "GetChartImageFromLogic": "hex-chart-image",
    },
)

NO_RATE_LIMITS = RateLimits()


class RateLimiter:
    def __init__(self, limits: RateLimits = DEFAULT_RATE_LIMITS) -> None:
        self.limits = limits
        self._log: dict[tuple[str, str, int], deque[float]] = {}

    def check(self, operation_id: str, token: Token, now: datetime) -> None:
        """Admit and record one request by `token`, or raise HexError 429 with `Retry-After`."""
        bucket, limits = self.limits.bucket_for(operation_id)
        if not limits:
            return
        token_key = token.digest  # not the secret: the limiter's state may be inspected or logged
        moment = now.timestamp()
        logs = []
        exceeded = []
        wait = 0.0
        for index, (max_requests, window) in enumerate(limits):
            log = self._log.setdefault((token_key, bucket, index), deque())
            while log and log[0] <= moment - window:
                log.popleft()
            if len(log) >= max_requests:
                # A slot frees when the request `max_requests` places back leaves the window.
                wait = max(wait, log[len(log) - max_requests] + window - moment)
                exceeded.append(f"{bucket}: at most {max_requests} requests per {window:g} seconds")
            logs.append(log)
        if exceeded:
            raise HexError(
                429,
                "Rate limit exceeded",
                issues=exceeded,
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )
        for log in logs:
            log.append(moment)

    def reset(self) -> None:
        self._log.clear()
