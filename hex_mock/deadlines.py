"""Deadlines for request-body reads: one timer for all of them rather than one each.

A body that stalls must not hold its request open for ever (the kernel answers 408). asyncio.timeout
would arm and cancel a timer for every read, which under load costs more than parsing the body. Here
a read only notes when it is due; one timer, set for the earliest due read, cancels the reads that
are overdue when it fires and sets itself for the next. A steady stream of quick reads therefore
costs a dictionary entry each, and a timer now and then.

The bookkeeping is kept per event loop: one app may be served on several (the pytest plugin's live
server runs in its own thread while TestClient calls run on others), and a timer only ever fires on
the loop it was set on, for tasks of that loop.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any, NamedTuple


class _LoopDeadlines:
    """The deadlines of the reads running on one event loop (only ever touched from that loop)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.due: dict[asyncio.Task[Any], float] = {}
        self.expired: set[asyncio.Task[Any]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = float("inf")

    def start(self, task: asyncio.Task[Any], seconds: float) -> None:
        due = self.loop.time() + seconds
        self.due[task] = due
        if due < self._timer_at:
            self._arm(due)

    def _arm(self, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self.loop.call_at(when, self._sweep)
        self._timer_at = when

    def _sweep(self) -> None:
        self._timer, self._timer_at = None, float("inf")
        now = self.loop.time()
        overdue = [task for task, due in self.due.items() if due <= now]
        for task in overdue:
            del self.due[task]
            self.expired.add(task)
            task.cancel()
        if self.due:
            self._arm(min(self.due.values()))


class Reader(NamedTuple):
    """A read in progress: what `finish` and `expired` need to find its deadline again."""

    task: asyncio.Task[Any]
    deadlines: _LoopDeadlines


class BodyDeadlines:
    def __init__(self) -> None:
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopDeadlines] = (
            weakref.WeakKeyDictionary()
        )
        # The loop asked about last, with its deadlines: one attribute, so a thread never reads the
        # loop of one pair and the deadlines of another.
        self._last: tuple[asyncio.AbstractEventLoop, _LoopDeadlines] | None = None

    def start(self, seconds: float) -> Reader | None:
        """The current task must finish (`finish`) within `seconds`, or be cancelled."""
        task = asyncio.current_task()
        if task is None:
            return None
        loop = task.get_loop()
        last = self._last
        if last is not None and last[0] is loop:
            deadlines = last[1]
        else:
            found = self._by_loop.get(loop)
            deadlines = found if found is not None else _LoopDeadlines(loop)
            self._by_loop[loop] = deadlines
            self._last = (loop, deadlines)
        deadlines.start(task, seconds)
        return Reader(task, deadlines)

    def finish(self, reader: Reader | None) -> None:
        if reader is not None:
            reader.deadlines.due.pop(reader.task, None)

    def expired(self, reader: Reader | None) -> bool:
        """Whether the CancelledError being handled is this deadline's doing (then it is consumed,
        and the task's cancellation is its own business again)."""
        if reader is None or reader.task not in reader.deadlines.expired:
            return False
        reader.deadlines.expired.discard(reader.task)
        reader.task.uncancel()
        return True
