"""What the runtime knows of an operation; the generated `operations.OPERATIONS` holds one per operation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RateLimitGroup:
    """One of Hex's per-token budgets (`x-hex-rate-limit-groups`); None where Hex sets no such window."""

    name: str
    per_minute: int | None
    per_hour: int | None


@dataclass(frozen=True, slots=True)
class CursorPaging:
    """Keyset pages: the next page is asked for with `parameter` set to the body's value at `next`."""

    parameter: str
    next: Sequence[str]


@dataclass(frozen=True, slots=True)
class OffsetPaging:
    """Offset pages: while the body's `next` is set, the next page starts `len(items)` further on."""

    parameter: str
    items: str
    next: Sequence[str]


@dataclass(frozen=True, slots=True)
class Operation:
    name: str  # the operationId
    method: str
    path: str
    idempotent: bool  # safe to send again when a response was lost
    rate_limit_group: RateLimitGroup
    paging: CursorPaging | OffsetPaging | None
