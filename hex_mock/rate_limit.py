"""Per-token rate limits by rate-limit group, driven by the workspace clock.

Hex documents its limits by group (`hex-api`, `hex-api-30rpm`, `hex-run-kernel`, ...): every
operation names its group in the spec (`x-hex-rate-limit-group`) and the spec's root
`x-hex-rate-limit-groups` gives each group's default budget. The operations of one group share one
budget per token. `RateLimits` says which budgets the mock enforces: the spec's defaults, with
per-group overrides from fixtures, flags or the control plane.

Algorithm: a sliding-window log. For each (token, group, limit) we keep the times of the requests
admitted in the last `window` seconds; a request is admitted when every limit of its group has a
free slot, and then recorded in all of them. This is exact (never more than `max_requests` in any
window of `window` seconds, unlike a fixed window's double burst at the boundary) and costs
O(max_requests) memory per token and limit.

`check` is synchronous and does not await between deciding and recording, so under asyncio (one
thread) concurrent requests cannot both take the last slot.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from hex_mock.errors import HexError
from hex_mock.rate_limit_groups import Budget
from hex_mock.store import Token


@dataclass(frozen=True)
class RateLimits:
    """The budgets the mock enforces: the spec's defaults (unless `spec_defaults` is False) with
    `overrides` replacing the budget of each group they name (an empty budget: unlimited)."""

    overrides: Mapping[str, Budget] = field(default_factory=dict)
    spec_defaults: bool = True

    def resolve(self, defaults: Mapping[str, Budget]) -> dict[str, Budget]:
        budgets = dict(defaults) if self.spec_defaults else {}
        budgets.update(self.overrides)
        return budgets


DEFAULT_RATE_LIMITS = RateLimits()  # as Hex documents them
NO_RATE_LIMITS = RateLimits(spec_defaults=False)


class RateLimiter:
    def __init__(self, budgets: Mapping[str, Budget] | None = None) -> None:
        self.budgets: dict[str, Budget] = dict(budgets or {})
        # (token digest, group, window seconds) -> times admitted within that window
        self._log: dict[tuple[str, str, float], deque[float]] = {}

    def set_budget(self, group: str, limits: Budget) -> None:
        """Replace a group's budget (requests already admitted still count against the new one)."""
        self.budgets[group] = limits

    def check(self, group: str | None, token: Token, now: datetime) -> None:
        """Admit and record one request by `token` in `group`, or raise HexError 429 with `Retry-After`."""
        if group is None:
            return
        limits = self.budgets.get(group)
        if not limits:
            return
        token_key = token.digest  # not the secret: the limiter's state may be inspected or logged
        moment = now.timestamp()
        logs = []
        exceeded = []
        wait = 0.0
        for max_requests, window in limits:
            log = self._log.setdefault((token_key, group, window), deque())
            while log and log[0] <= moment - window:
                log.popleft()
            if len(log) >= max_requests:
                # A slot frees when the request `max_requests` places back leaves the window.
                wait = max(wait, log[len(log) - max_requests] + window - moment)
                exceeded.append(f"{group}: at most {max_requests} requests per {window:g} seconds")
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
