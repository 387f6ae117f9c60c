"""The mock's only source of time: a real clock when served, a manual one in tests."""

from __future__ import annotations

import functools
import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to, so lifecycles and rate limits are deterministic."""

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or datetime(2025, 1, 6, 9, 0, 0, tzinfo=UTC)
        self._now = self.start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += timedelta(seconds=seconds)
            return self._now

    def rewind(self) -> None:
        """Back to the start time (HexMock.reset uses this, so every reset workspace sees the same time)."""
        with self._lock:
            self._now = self.start


# Remembered: a project renders six timestamps and a page of them a hundred times as many, while the
# instants themselves rarely change. Equal instants (whatever their time zone) give the same text.
@functools.lru_cache(maxsize=16384)
def isoformat(moment: datetime) -> str:
    """Hex's timestamp form: ISO 8601, UTC, milliseconds, `Z`."""
    if moment.tzinfo is UTC and moment.year >= 1000:
        # The common case (every clock and fixture here yields UTC), without strftime: about half
        # the cost, and a project renders six timestamps. isoformat() truncates to milliseconds and
        # ends in "+00:00", so the text is the same; strftime would not zero-pad years before 1000.
        return moment.isoformat(timespec="milliseconds")[:-6] + "Z"
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def optional_isoformat(moment: datetime | None) -> str | None:
    """`isoformat`, or None for an instant that is not there (a nullable timestamp field)."""
    return isoformat(moment) if moment is not None else None
