"""Waiting for a run: the decision after each poll, shared by the sync and async clients.

A run's status is read generically (the field named by `x-hex-run-poll`, through the model's
`to_dict`), so a change to the run model's other fields needs no change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .errors import RunFailedError, RunTimeoutError


class RunModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class RunPoll:
    """From `x-hex-run-poll`: the status field and which of its values mean in progress or failed."""

    status: str
    in_progress: frozenset[str]
    failed: frozenset[str]


def next_poll_delay(
    run: RunModel,
    poll: RunPoll,
    *,
    waited: float,
    timeout: float,
    poll_interval: float,
    raise_on_failure: bool,
) -> float | None:
    """None when `run` has ended (RunFailedError if it failed and that is to be raised), else the
    seconds to wait before polling again; RunTimeoutError once `timeout` has passed."""
    status = str(run.to_dict()[poll.status])
    if status not in poll.in_progress:
        if raise_on_failure and status in poll.failed:
            raise RunFailedError(run, status)
        return None
    if waited >= timeout:
        raise RunTimeoutError(run, status, timeout)
    return min(poll_interval, timeout - waited)
