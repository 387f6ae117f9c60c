"""Seeded UUIDs: the same seed gives the same workspace and the same ids, run after run."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from typing import Any


class IdFactory:
    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def token(self, prefix: str) -> str:
        """An API token secret such as `hxtp_...`."""
        return prefix + "".join(self._random.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=40))

    def position(self) -> list[Any]:
        """Where the sequence stands, as JSON-ready data (hex_mock/persistence.py saves it)."""
        version, internal, gauss_next = self._random.getstate()
        return [version, list(internal), gauss_next]

    def restore(self, position: Sequence[Any]) -> None:
        """Continue from a `position()`, so ids issued after a restart never repeat earlier ones."""
        version, internal, gauss_next = position
        self._random.setstate((version, tuple(internal), gauss_next))
