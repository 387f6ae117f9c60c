import random
import uuid

import pytest

from hex_mock import ids as ids_module
from hex_mock.ids import IdFactory


def test_uuids_are_what_the_uuid_module_makes_of_the_same_bits() -> None:
    # The fast formatting must not change a single id: fixtures, state files and tests rely on them.
    ids, bits = IdFactory(seed=11), random.Random(11)
    for _ in range(5000):
        expected = uuid.UUID(int=bits.getrandbits(128), version=4)
        drawn = ids.uuid()
        assert drawn == str(expected)
        assert uuid.UUID(drawn).version == 4


def test_the_same_seed_gives_the_same_ids() -> None:
    first, second = IdFactory(seed=3), IdFactory(seed=3)
    assert [first.uuid() for _ in range(10)] == [second.uuid() for _ in range(10)]


def _draw(ids: IdFactory, count: int) -> list[str]:
    # Both kinds of draw, which take different numbers of words from the generator.
    return [ids.uuid() if index % 3 else ids.token("hxtp_") for index in range(count)]


def test_a_restored_position_continues_the_same_sequence() -> None:
    ids = IdFactory(seed=5)
    _draw(ids, 50)
    origin, drawn = ids.position()
    assert origin == 5  # still counted from the seed: the position is a few bytes
    restored = IdFactory()
    restored.restore(origin, drawn)
    assert _draw(restored, 20) == _draw(ids, 20)


def test_a_far_position_moves_its_origin_and_still_continues(monkeypatch: pytest.MonkeyPatch) -> None:
    never_restored = IdFactory(seed=9)
    _draw(never_restored, 30)
    _draw(never_restored, 2)
    monkeypatch.setattr(ids_module, "_REPLAY_LIMIT", 200)
    ids = IdFactory(seed=9)
    _draw(ids, 30)
    origin, drawn = ids.position()
    assert isinstance(origin, list)  # the generator's whole state
    assert drawn == 0
    _draw(ids, 2)
    assert ids.position()[0] is origin  # unchanged until it moves again
    restored = IdFactory()
    restored.restore(*ids.position())
    assert _draw(restored, 20) == _draw(never_restored, 20)
