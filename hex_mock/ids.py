"""Seeded UUIDs: the same seed gives the same workspace and the same ids, run after run."""

from __future__ import annotations

import random
from typing import Any

# uuid.UUID(int=..., version=4)'s bit fixing, without building the object: ids are drawn on every
# request (trace ids), and the object costs more than the rest of drawing one.
_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_SET = (0x8000 << 48) | (4 << 76)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_TOKEN_LENGTH = 40
# What each draw takes from the Mersenne Twister, in 32-bit words: getrandbits(128) takes 4, and
# choices() takes one random() (2 words) per character.
_UUID_WORDS = 4
_TOKEN_WORDS = 2 * _TOKEN_LENGTH
# A position counts words from its origin, and a restore draws them again (about 10 ns a word): past
# this many, the origin moves to the current state, so a restore never replays more.
_REPLAY_LIMIT = 1 << 20
_REPLAY_CHUNK = 1 << 16


class IdFactory:
    """Seeded ids whose position is small: an origin (the seed, or a saved generator state) and the
    number of words drawn since, so saving it after every write costs a few bytes."""

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self._origin: int | list[Any] = seed
        self._drawn = 0

    def uuid(self) -> str:
        """A version 4 UUID, as `str(uuid.UUID(int=random 128 bits, version=4))` would write it."""
        self._drawn += _UUID_WORDS
        text = "%032x" % ((self._random.getrandbits(128) & _CLEAR) | _SET)
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def token(self, prefix: str) -> str:
        """An API token secret such as `hxtp_...`."""
        self._drawn += _TOKEN_WORDS
        return prefix + "".join(self._random.choices(_ALPHABET, k=_TOKEN_LENGTH))

    def position(self) -> tuple[int | list[Any], int]:
        """Where the sequence stands, as JSON-ready (origin, words drawn since the origin): the
        origin is the same object until it moves (hex_mock/persistence.py saves it only then)."""
        if self._drawn > _REPLAY_LIMIT:
            version, internal, gauss_next = self._random.getstate()
            self._origin, self._drawn = [version, list(internal), gauss_next], 0
        return self._origin, self._drawn

    def restore(self, origin: int | list[Any], drawn: int) -> None:
        """Continue from a `position()`, so ids issued after a restart never repeat earlier ones."""
        if isinstance(origin, int):
            self._random.seed(origin)
        else:
            version, internal, gauss_next = origin
            self._random.setstate((version, tuple(internal), gauss_next))
        self._origin, self._drawn = origin, drawn
        while drawn > 0:
            words = min(drawn, _REPLAY_CHUNK)
            self._random.getrandbits(32 * words)
            drawn -= words
