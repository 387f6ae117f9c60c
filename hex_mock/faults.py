"""Scripted failures: "the next N requests to operation X fail with status S and/or take D seconds".

Lets a test exercise its retry and timeout paths against the mock. Faults are consumed after a
request has passed authentication, validation and rate limiting, so a fault stands in for what the
handler would have answered. Delays are awaited by the app (asyncio.sleep), never by a test.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    status: int | None = None  # None: the request proceeds normally after the delay
    delay: float = 0.0  # seconds
    message: str | None = None  # None: the status's usual message

    def __post_init__(self) -> None:
        if self.status is None and self.delay <= 0:
            raise ValueError("a fault needs a status, a delay, or both")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("a fault's status must be an error status (4xx or 5xx)")
        if self.delay < 0:
            raise ValueError("a fault's delay cannot be negative")


class Faults:
    def __init__(self) -> None:
        self._queued: dict[str, deque[Fault]] = {}

    def inject(
        self,
        operation_id: str,
        *,
        status: int | None = None,
        delay: float = 0.0,
        count: int = 1,
        message: str | None = None,
    ) -> None:
        """Queue a fault for the next `count` requests to `operation_id` (after any already queued)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        fault = Fault(status=status, delay=delay, message=message)
        self._queued.setdefault(operation_id, deque()).extend([fault] * count)

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this request, if one is queued (consuming it)."""
        queue = self._queued.get(operation_id)
        if not queue:
            return None
        fault = queue.popleft()
        if not queue:
            del self._queued[operation_id]
        return fault

    def __bool__(self) -> bool:
        """Whether any fault is queued (the kernel looks for one only then)."""
        return bool(self._queued)

    def pending(self) -> dict[str, int]:
        """How many faults are still queued, per operation."""
        return {operation_id: len(queue) for operation_id, queue in self._queued.items()}

    def clear(self) -> None:
        self._queued.clear()
