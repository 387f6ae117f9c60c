"""Opt-in client-side pacing under Hex's per-token rate-limit groups (`x-hex-rate-limit-groups`).

Each send reserves a slot in its group's minute and hour windows; when a window is full the caller
waits until its oldest send leaves it, so a batch job slows down instead of collecting 429s.
Reservations are made before waiting, so concurrent async calls queue up instead of overshooting.
"""

from __future__ import annotations

from bisect import insort
from collections import deque

from .operation import RateLimitGroup

MINUTE = 60.0
HOUR = 3600.0


class Pacer:
    def __init__(self) -> None:
        self._sent: dict[str, deque[float]] = {}

    def reserve(self, group: RateLimitGroup, now: float) -> float:
        """Record a send in `group` and return how many seconds from `now` it must wait."""
        sent = self._sent.setdefault(group.name, deque())
        while sent and sent[0] <= now - HOUR:
            sent.popleft()
        at = now
        for span, limit in ((MINUTE, group.per_minute), (HOUR, group.per_hour)):
            if limit is None:
                continue
            in_window = [moment for moment in sent if moment > at - span]
            if len(in_window) >= limit:
                at = max(at, in_window[-limit] + span)
        insort(sent, at)
        return at - now
