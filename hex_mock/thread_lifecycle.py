"""The life of an agent thread: each prompt is a turn the agent works on, paced like a project run.

A thread is RUNNING while the agent works on its latest prompt and ends the turn IDLE (it answered)
or ERROR (it failed). CreateThread starts the first turn, ContinueThread another, only from IDLE:
Hex does not queue prompts, and a failed thread takes none.

A turn is paced as runs are (hex_mock/pacing.py), by the policy in force when it started: the
GetThread reads count, and the clock runs from the turn's `started_at` for `running_seconds` (a
thread has no queue, so `pending_seconds` does not apply).

How a turn ends is scripted workspace-wide (`script_outcomes`, consumed in order); unscripted turns
answer with `default_answer`, a deterministic function of the prompt.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from hex_mock import pacing
from hex_mock.store import Thread, ThreadOutcome, ThreadTurn, Workspace

RUNNING = "RUNNING"
IDLE = "IDLE"
ERROR = "ERROR"
STATUSES = (RUNNING, IDLE, ERROR)
TITLE_LENGTH = 60
# Hex's thread error types (the spec's ThreadErrorType).
ERROR_TYPES = frozenset(
    {
        "NO_CONTEXT", "BAD_DATA", "AGENT_ERROR", "AGENT_OVERLOADED", "GENERIC_ERROR",
        "POSSIBLE_PROMPT_INJECTION", "OVER_LIMIT", "NO_DATA", "INVALID_RESPONSE",
        "HALLUCINATED_SCHEMA_ELEMENT", "NON_EXPRESSIBLE", "INVALID_JOIN", "EXPLORE_TIMED_OUT",
        "EXPLORE_ERRORED", "EXPLORE_TABLE_SWAPPED", "UNSUPPORTED_QUERY_ELEMENTS", "EXPLORE_NO_DATA",
        "CHART_ROW_LIMIT_EXCEEDED", "BYOK_AUTHENTICATION", "BYOK_KEY_MISSING", "AGENT_COMPRESSION_ERROR",
        "TOKEN_COUNTING_FAILURE", "REQUEST_CANCELLED", "INVALID_MESSAGE_HISTORY", "INVALID_REQUEST",
        "DATA_CONNECTION_NOT_AUTHORIZED", "MODEL_NOT_AVAILABLE", "PROVIDER_CONNECTION_INTERRUPTED",
        "AGENT_AUTH", "PROVIDER_QUOTA_EXCEEDED", "JOIN_VALIDATION_TIMEOUT",
    }
)  # fmt: skip


class ThreadBusyError(Exception):
    """A follow-up sent to a thread that is not IDLE."""

    def __init__(self, thread: Thread) -> None:
        super().__init__(f"thread {thread.id} is {thread.status}")
        self.thread = thread


def default_answer(prompt: str) -> str:
    """The answer of an unscripted turn: the same prompt always gets the same answer."""
    return f"Here is what I found for: {textwrap.shorten(prompt, 200, placeholder='...')}"


def default_title(prompt: str) -> str:
    return textwrap.shorten(" ".join(prompt.split()), TITLE_LENGTH, placeholder="...")


def start_turn(ws: Workspace, thread: Thread, prompt: str) -> Thread:
    """Send `prompt` to a new thread or an IDLE one; ThreadBusyError for a RUNNING or ERROR thread."""
    if thread.turns and thread.status != IDLE:
        raise ThreadBusyError(thread)
    settings = ws.run_settings
    outcome = settings.thread_outcomes.pop(0) if settings.thread_outcomes else ThreadOutcome()
    now = ws.clock.now()
    thread.outcome = outcome
    pacing.adopt(thread, settings)
    thread.turns = [*thread.turns, ThreadTurn(prompt=prompt, started_at=now)]
    thread.status = RUNNING
    thread.updated_at = now
    if thread.progression == pacing.IMMEDIATE:
        _end_turn(thread, now)
    return refresh(ws, thread)


def refresh(ws: Workspace, thread: Thread) -> Thread:
    """Apply the clock transition if it is due by now (a no-op for other progressions)."""
    if thread.status == RUNNING and (
        ended := pacing.clock_due(thread, thread.turns[-1].started_at, thread.running_seconds, ws.clock)
    ):
        _end_turn(thread, ended)
    return thread


def record_read(ws: Workspace, thread: Thread) -> None:
    """Count one GetThread read, after it was answered: the read that completes a RUNNING turn ends it."""
    if thread.status == RUNNING and pacing.read_ends_state(thread):
        _end_turn(thread, ws.clock.now())


def _end_turn(thread: Thread, moment: datetime) -> None:
    outcome, turn = thread.outcome, thread.turns[-1]
    if outcome.error_type is not None:
        ended = replace(
            turn, ended_at=moment, error_type=outcome.error_type, error_message=outcome.error_message
        )
    else:
        ended = replace(turn, ended_at=moment, answer=outcome.answer or default_answer(turn.prompt))
    thread.turns = [*thread.turns[:-1], ended]
    thread.status = ERROR if outcome.error_type is not None else IDLE
    thread.updated_at = moment


def error_message(error_type: str) -> str:
    return f"The agent stopped: {error_type.replace('_', ' ').lower()}."


def outcome(spec: Any) -> ThreadOutcome:
    """A ThreadOutcome from `{"answer": text}` or `{"error": {"type": ..., "message"?: ...}}`;
    ValueError naming what is wrong."""
    if not isinstance(spec, dict) or len(spec) != 1 or not {"answer", "error"} & set(spec):
        raise ValueError(
            'each thread outcome is {"answer": text} or {"error": {"type": ..., "message": ...}}'
        )
    if "answer" in spec:
        answer = spec["answer"]
        if not isinstance(answer, str) or not answer:
            raise ValueError(f"a thread answer must be non-empty text, got {answer!r}")
        return ThreadOutcome(answer=answer)
    error = spec["error"]
    if (
        not isinstance(error, dict)
        or error.get("type") not in ERROR_TYPES
        or set(error) - {"type", "message"}
    ):
        raise ValueError(
            f"a thread error is {{type, message?}} with type one of Hex's thread error types, got {error!r}"
        )
    message = error.get("message")
    if message is not None and not isinstance(message, str):
        raise ValueError(f"a thread error message must be text, got {message!r}")
    return ThreadOutcome(error_type=error["type"], error_message=message or error_message(error["type"]))


def script_outcomes(ws: Workspace, outcomes: Iterable[Any]) -> None:
    """Set how the workspace's next thread turns end, in order (replacing any earlier script; [] clears
    it). Each entry is `{"answer": text}` or `{"error": {"type": ..., "message"?: ...}}`."""
    if isinstance(outcomes, str | dict):
        raise ValueError("outcomes must be a list of thread outcomes")
    ws.run_settings.thread_outcomes = [outcome(entry) for entry in outcomes]


def visible_title(thread: Thread, viewer_id: str) -> str | None:
    """A sensitive thread's title is for its author only (null for everyone else)."""
    return None if thread.sensitive and thread.user_id != viewer_id else thread.title
