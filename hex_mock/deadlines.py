"""Deadlines for request-body reads: one timer for all of them rather than one each.

A body that stalls must not hold its request open for ever (the kernel answers 408). asyncio.timeout
would arm and cancel a timer for every read, which under load costs more than parsing the body. Here
a read only notes when it is due; one timer, set for the earliest due read, cancels the reads that
are overdue when it fires and sets itself for the next. A steady stream of quick reads therefore
costs a dictionary entry each, and a timer now and then.
"""

from __future__ import annotations

import asyncio
from typing import Any


class BodyDeadlines:
    def __init__(self) -> None:
        self._due: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = float("inf")

    def start(self, seconds: float) -> asyncio.Task[Any] | None:
        """The current task must finish (`finish`) within `seconds`, or be cancelled."""
        task = asyncio.current_task()
        if task is None:
            return None
        loop = task.get_loop()
        due = loop.time() + seconds
        self._due[task] = due
        if due < self._timer_at:
            self._arm(loop, due)
        return task

    def finish(self, task: asyncio.Task[Any] | None) -> None:
        if task is not None:
            self._due.pop(task, None)

    def expired(self, task: asyncio.Task[Any] | None) -> bool:
        """Whether the CancelledError being handled is this deadline's doing (then it is consumed,
        and the task's cancellation is its own business again)."""
        if task is None or task not in self._expired:
            return False
        self._expired.discard(task)
        task.uncancel()
        return True

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_at(when, self._sweep, loop)
        self._timer_at = when

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer, self._timer_at = None, float("inf")
        now = loop.time()
        overdue = [task for task, due in self._due.items() if due <= now]
        for task in overdue:
            del self._due[task]
            self._expired.add(task)
            task.cancel()
        if self._due:
            self._arm(loop, min(self._due.values()))
