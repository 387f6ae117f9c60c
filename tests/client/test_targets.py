"""The two targets the functional tests run against really are what they claim, and what carries
over between live tests."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from hex_api_client import AuthenticatedClient
from hex_api_client.api.users import me
from hex_api_client.models import MeUser
from hex_mock.mock import HexMock
from tests.client.conftest import IN_PROCESS, Target
from tests.client.support import ANA, expect


def test_each_target_reaches_its_own_mock_by_its_own_transport(
    target: Target, client: AuthenticatedClient
) -> None:
    assert expect(me.sync(client=client), MeUser).id == ANA

    assert [entry.operation_id for entry in target.mock.journal()] == ["Me"]
    transport = client.get_httpx_client()
    if target.name == IN_PROCESS:
        assert isinstance(transport, TestClient)
    else:
        assert not isinstance(transport, TestClient)
        assert target.base_url.startswith("http://127.0.0.1:")


@pytest.mark.live
def test_a_live_test_starts_at_the_same_moment_as_an_in_process_one(
    hex_live_server: str, hex_live_mock: HexMock, hex_mock: HexMock
) -> None:
    assert hex_live_server
    hex_live_mock.advance(90)  # what an earlier test may have done
    hex_live_mock.reset()  # what hex_live_server does before the next one

    assert hex_live_mock.clock.now() == hex_mock.clock.now()
