"""Seeded UUIDs: the same seed gives the same workspace and the same ids, run after run."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

# uuid.UUID(int=..., version=4)'s bit fixing, without building the object: ids are drawn on every
# request (trace ids), and the object costs more than the rest of drawing one.
_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_SET = (0x8000 << 48) | (4 << 76)


class IdFactory:
    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)

    def uuid(self) -> str:
        """A version 4 UUID, as `str(uuid.UUID(int=random 128 bits, version=4))` would write it."""
        text = "%032x" % ((self._random.getrandbits(128) & _CLEAR) | _SET)
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

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
