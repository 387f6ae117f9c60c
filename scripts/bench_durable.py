"""`make bench`'s durable-write table (`python -m scripts.bench durable` alone): a CreateGroup with
`--state-file` and a restart, at three workspace sizes, against the fsync floor of the same disk.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.bench_inprocess import AsgiCaller, bench_mock
from scripts.bench_workspace import ADMIN_TOKEN, LARGE, SMALL, Size

SIZES = (SMALL, Size(projects=2_000, runs=20_000, users=200), LARGE)


@dataclass(frozen=True)
class DurableCost:
    size: Size
    file_mib: float
    write_ms: float  # median durable CreateGroup
    write_p90_ms: float
    floor_ms: float  # median fsync floor, sampled between the writes
    restart_s: float  # best of the trials

    @property
    def floor_ratio(self) -> float:
        return self.write_ms / self.floor_ms


@contextmanager
def fsync_probe(directory: Path, *, in_place: bool = False) -> Iterator[Callable[[], float]]:
    """A function that makes the cheapest durable write in `directory` and returns its seconds: 4 KiB
    appended to a file, then fsync (a log that grows pays the file system's journal too). `in_place`:
    4 KiB overwritten, then fdatasync, which a log pays only once it reuses its space (SQLite's WAL
    after a checkpoint)."""
    page = b"\0" * 4096
    with tempfile.NamedTemporaryFile(dir=directory, prefix="fsync-floor-") as file:
        descriptor = file.fileno()

        def sample() -> float:
            started = time.perf_counter()
            if in_place:
                os.pwrite(descriptor, page, 0)
                getattr(os, "fdatasync", os.fsync)(descriptor)
            else:
                os.write(descriptor, page)
                os.fsync(descriptor)
            return time.perf_counter() - started

        sample()  # unmeasured: an overwrite in place needs its page to exist already
        yield sample


def fsync_floor_ms(directory: Path, samples: int, *, in_place: bool = False) -> float:
    with fsync_probe(directory, in_place=in_place) as sample:
        return statistics.median(sample() for _ in range(samples)) * 1000


def durable_cost(directory: Path, size: Size, writes: int, restarts: int) -> DurableCost:
    path = directory / f"state-{size.projects}.db"
    mock = bench_mock(None, extra=size, state_file=path, immediate_runs=False)
    mock.save()
    restart_times = []
    for _ in range(restarts):  # the writes go to the last restarted mock
        mock.close()
        started = time.perf_counter()
        mock = bench_mock(None, state_file=path, immediate_runs=False)
        restart_times.append(time.perf_counter() - started)
    call = AsgiCaller(mock.app, ADMIN_TOKEN)

    async def measure(floor_sample: Callable[[], float]) -> tuple[list[float], list[float]]:
        times, floors = [], []
        for index in range(writes):
            floors.append(floor_sample())
            started = time.perf_counter()
            await call(201, "POST", "/api/v1/groups", body=f'{{"name": "durable {index}"}}'.encode())
            times.append(time.perf_counter() - started)
        return times, floors

    with fsync_probe(directory) as floor_sample:
        times, floors = asyncio.run(measure(floor_sample))
    mock.close()
    return DurableCost(
        size=size,
        file_mib=sum(file.stat().st_size for file in directory.glob(f"{path.name}*")) / 2**20,
        write_ms=statistics.median(times) * 1000,
        write_p90_ms=statistics.quantiles(times, n=10)[-1] * 1000,
        floor_ms=statistics.median(floors) * 1000,
        restart_s=min(restart_times),
    )


@dataclass(frozen=True)
class DurableFigures:
    floor_ms: float  # the fsync floor measured alone
    in_place_floor_ms: float  # ... overwriting in place
    costs: list[DurableCost]  # at each of SIZES


def durable_costs(writes: int = 200, restarts: int = 3) -> DurableFigures:
    """The fsync floors and the durable cost at each size, in a scratch directory (in
    $BENCH_STATE_DIR if set: the disk measured is the one the state file would live on)."""
    with tempfile.TemporaryDirectory(
        prefix="hex-mock-durable-", dir=os.environ.get("BENCH_STATE_DIR")
    ) as scratch:
        directory = Path(scratch)
        return DurableFigures(
            fsync_floor_ms(directory, writes),
            fsync_floor_ms(directory, writes, in_place=True),
            [durable_cost(directory, size, writes, restarts) for size in SIZES],
        )
