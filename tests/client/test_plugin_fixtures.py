"""The plugin's high-level fixtures: `hex_api` and `hex_async_api` call the mock in-process, and their
waits move its manual clock instead of sleeping."""

from __future__ import annotations

import pytest

from hex_api_client import AsyncHex, Hex
from hex_api_client.models import ProjectRunStatus
from hex_mock.mock import HexMock
from tests.client.support import ED, WEEKLY

pytestmark = pytest.mark.anyio


def test_hex_api_waits_for_a_run_on_the_manual_clock(hex_api: Hex, hex_mock: HexMock) -> None:
    started = hex_mock.clock.now()

    final = hex_api.runs.create_and_wait(WEEKLY, poll_interval=2)

    assert final.status == ProjectRunStatus.COMPLETED
    assert (hex_mock.clock.now() - started).total_seconds() == pytest.approx(6)  # PENDING 1 s + RUNNING 5 s


async def test_hex_async_api_waits_for_a_run_on_the_manual_clock(
    hex_async_api: AsyncHex, hex_mock: HexMock
) -> None:
    started = hex_mock.clock.now()

    final = await hex_async_api.runs.create_and_wait(WEEKLY, poll_interval=2)

    assert final.status == ProjectRunStatus.COMPLETED
    assert (hex_mock.clock.now() - started).total_seconds() == pytest.approx(6)
    assert [entry.operation_id for entry in hex_mock.journal()] == ["RunProject"] + ["GetRunStatus"] * 4


@pytest.mark.parametrize("hex_token", ["hxtp_demo_ed_explorer"])
def test_hex_api_follows_hex_token(hex_api: Hex, hex_mock: HexMock) -> None:
    me = hex_api.users.me()
    assert hex_mock.journal()[-1].user_id == str(ED)
    assert me.to_dict()["email"] == "ed@example.com"
