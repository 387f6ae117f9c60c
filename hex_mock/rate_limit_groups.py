"""The spec's rate-limit groups: each group's budget, as `x-hex-rate-limit-groups` declares it.

A budget is read here from the spec's figures (and from the same figures in fixtures, flags and the
control plane); the request pipeline's limiter (rate_limit.py) enforces it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Limit = tuple[int, float]  # (max_requests, window_seconds)
Budget = tuple[Limit, ...]  # every limit of one group; empty: unlimited

# The spec's figures, by the window each one counts over.
WINDOWS: Mapping[str, float] = {"perMinute": 60.0, "perHour": 3600.0}


def budget(figures: Mapping[str, Any], *, where: str) -> Budget:
    """A budget from `{perMinute?: n, perHour?: n}` (a figure of null: no limit over that window)."""
    unknown = set(figures) - set(WINDOWS) - {"description"}
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; expected perMinute, perHour")
    limits = []
    for key, window in WINDOWS.items():
        value = figures.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{where}.{key}: must be a positive integer or null, not {value!r}")
        limits.append((value, window))
    return tuple(limits)


def spec_budgets(document: Mapping[str, Any]) -> dict[str, Budget]:
    """Each group's default budget, from the spec's root `x-hex-rate-limit-groups`."""
    groups = document.get("x-hex-rate-limit-groups") or {}
    return {
        str(name): budget(figures, where=f"x-hex-rate-limit-groups.{name}")
        for name, figures in groups.items()
    }
