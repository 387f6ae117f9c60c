"""`isoformat` renders Hex's timestamp form; its fast path must give exactly the reference text."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from hex_mock.clock import isoformat


def reference(moment: datetime) -> str:
    """The original implementation, kept as the definition of the format."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2025, 1, 6, 9, 0, tzinfo=UTC), "2025-01-06T09:00:00.000Z"),
        (datetime(2024, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC), "2024-12-31T23:59:59.999Z"),
        (datetime(2025, 3, 1, 0, 0, 0, 1_500, tzinfo=UTC), "2025-03-01T00:00:00.001Z"),  # truncated
        (
            datetime(2025, 1, 6, 10, 30, tzinfo=timezone(timedelta(hours=1, minutes=30))),
            "2025-01-06T09:00:00.000Z",
        ),
    ],
)
def test_examples(moment: datetime, text: str) -> None:
    assert isoformat(moment) == text


def test_matches_the_reference_everywhere() -> None:
    rng = random.Random(5)
    moments = [
        datetime.max.replace(tzinfo=UTC),
        datetime(1000, 1, 1, tzinfo=UTC),
        datetime(999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),  # strftime does not pad the year
        datetime(5, 6, 7, tzinfo=UTC),
        datetime.now(UTC),
    ]
    for _ in range(2_000):
        offset = timezone(timedelta(minutes=rng.randint(-1439, 1439)))
        tz = rng.choice([UTC, UTC, offset])
        moments.append(
            datetime(
                rng.randint(2, 9998),
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(0, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
                rng.randint(0, 999_999),
                tzinfo=tz,
            )
        )
    assert [isoformat(moment) for moment in moments] == [reference(moment) for moment in moments]
