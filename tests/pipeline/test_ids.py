import random
import uuid

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
