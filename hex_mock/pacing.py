"""How long a paced state lasts: the one mechanism behind runs, agent thread turns and suggestion reviews.

The workspace's progression policy (`RunSettings.progression`, set by `run_lifecycle.set_progression`)
is copied onto a record when its paced state begins (`policy`, `adopt`), so a later policy change
affects records started afterwards only and no timeline ever jumps:

- "immediate": the state ends as it begins (the caller ends it at once).
- "reads": each state is seen by exactly `reads_per_state` status reads. The response to a read shows
  the record as it was before that read counted, and the read that completes a state ends it, at the
  moment of that read (`read_ends_state`). Counting goes on across a record's consecutive states, so
  a run's PENDING ends with read `reads_per_state`, its RUNNING with read 2 x `reads_per_state`.
- "clock": a state ends `seconds` after it began by the workspace clock (`running_seconds`; a run's
  PENDING lasts `pending_seconds`). Nothing ticks: whoever looks at a record asks `clock_due`, and the
  state ends stamped with the moment it was due, not the moment it was noticed.

Every paced record names its pace the same way (`Paced`); what a state is, and what ending it does,
is the record's own lifecycle module's business.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol

from hex_mock.clock import Clock
from hex_mock.store import RunSettings

IMMEDIATE = "immediate"
READS = "reads"
CLOCK = "clock"
PROGRESSIONS = (IMMEDIATE, READS, CLOCK)


class Paced(Protocol):
    """A record with a paced state: the policy copied when the state began, and its reads so far."""

    progression: str
    reads_per_state: int
    running_seconds: float
    status_reads: int


def policy(settings: RunSettings) -> dict[str, Any]:
    """The `Paced` fields of a record whose paced state begins now, as keyword arguments: the
    workspace's policy, and no reads counted yet."""
    return {
        "progression": settings.progression,
        "reads_per_state": settings.reads,
        "running_seconds": settings.running_seconds,
        "status_reads": 0,
    }


def adopt(record: Paced, settings: RunSettings) -> None:
    """Give an existing record the policy in force as its paced state begins (see `policy`)."""
    for name, value in policy(settings).items():
        setattr(record, name, value)


def clock_due(record: Paced, began_at: datetime, seconds: float, clock: Clock) -> datetime | None:
    """The moment a state that began at `began_at` and lasts `seconds` ended, if the record is paced
    by the clock and that moment has come; None otherwise."""
    if record.progression != CLOCK:
        return None
    ends_at = began_at + timedelta(seconds=seconds)
    return ends_at if clock.now() >= ends_at else None


def read_ends_state(record: Paced) -> bool:
    """Count one status read of a record in a paced state, after the read was answered; whether it is
    the read that completes the state. A record not paced by reads counts nothing."""
    if record.progression != READS:
        return False
    record.status_reads += 1
    return record.status_reads % record.reads_per_state == 0
