"""Seeded UUIDs: the same seed gives the same workspace and the same ids, run after run."""

from __future__ import annotations

import random
import uuid


class IdFactory:
    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def token(self, prefix: str) -> str:
        """An API token secret such as `hxtp_...`."""
        return prefix + "".join(self._random.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=40))
