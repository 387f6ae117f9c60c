"""BodyDeadlines: overdue body reads are cancelled and told apart from other cancellations."""

from __future__ import annotations

import asyncio

from hex_mock.deadlines import BodyDeadlines

# Due at once: the shared timer fires on the loop's next turn, so no test waits on the clock.
NOW = 0.0
NEVER = 3600.0


async def read(deadlines: BodyDeadlines, seconds: float, arrived: asyncio.Event) -> str:
    """A body read that lasts until `arrived` is set; says how it ended."""
    task = deadlines.start(seconds)
    try:
        await arrived.wait()
        return "read"
    except asyncio.CancelledError:
        return "timed out" if deadlines.expired(task) else "cancelled"
    finally:
        deadlines.finish(task)


def test_an_overdue_read_is_cancelled_and_recognised() -> None:
    async def main() -> str:
        return await read(BodyDeadlines(), NOW, asyncio.Event())

    assert asyncio.run(main()) == "timed out"


def test_a_read_that_finishes_in_time_is_left_alone() -> None:
    async def main() -> str:
        arrived = asyncio.Event()
        arrived.set()
        return await read(BodyDeadlines(), NOW, arrived)

    assert asyncio.run(main()) == "read"


def test_a_shorter_deadline_is_not_held_up_by_a_longer_one() -> None:
    async def main() -> list[str]:
        deadlines, stalled = BodyDeadlines(), asyncio.Event()
        slow = asyncio.create_task(read(deadlines, NEVER, stalled))
        await asyncio.sleep(0)  # let it register first: the timer is now set an hour ahead
        quick = await asyncio.wait_for(read(deadlines, NOW, stalled), timeout=5)
        slow.cancel()
        return [quick, await slow]

    assert asyncio.run(main()) == ["timed out", "cancelled"]


def test_cancellation_from_elsewhere_is_not_taken_for_a_timeout() -> None:
    async def main() -> tuple[str, int]:
        deadlines = BodyDeadlines()
        reader = asyncio.create_task(read(deadlines, NEVER, asyncio.Event()))
        await asyncio.sleep(0)
        reader.cancel()
        return await reader, reader.cancelling()

    outcome, cancelling = asyncio.run(main())
    assert outcome == "cancelled"
    assert cancelling == 1  # still being cancelled: nobody swallowed it


def test_many_reads_each_get_their_own_verdict() -> None:
    async def main() -> list[str]:
        deadlines, arrived = BodyDeadlines(), asyncio.Event()
        stalled = [asyncio.create_task(read(deadlines, NOW, asyncio.Event())) for _ in range(3)]
        arrived.set()
        done = [asyncio.create_task(read(deadlines, NOW, arrived)) for _ in range(3)]
        return [await task for task in (*done, *stalled)]

    assert asyncio.run(main()) == ["read"] * 3 + ["timed out"] * 3


def test_each_event_loop_keeps_its_own_deadlines() -> None:
    # One app can be served on several loops (the plugin's live server, TestClient calls). A read on
    # one loop leaves the shared timer set a little ahead, on that loop; a stalled read on another
    # loop, due just after it, must still time out rather than wait for a timer that never fires.
    deadlines = BodyDeadlines()

    async def quick_read() -> str:
        arrived = asyncio.Event()
        arrived.set()
        return await read(deadlines, 0.2, arrived)

    async def stalled_read() -> str:
        return await asyncio.wait_for(read(deadlines, 0.3, asyncio.Event()), timeout=5)

    assert asyncio.run(quick_read()) == "read"
    assert asyncio.run(stalled_read()) == "timed out"
