"""A demo workspace on a manual clock behind the mock app, with responses checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from hex_mock.app import create_app
from hex_mock.clock import ManualClock
from hex_mock.fixtures import DEMO, load_fixtures, read_document
from hex_mock.ids import IdFactory
from hex_mock.store import Workspace

# Demo tokens (hex_mock/demo.yaml), one per role.
ADMIN = "hxtp_demo_ana_admin"
MANAGER = "hxtp_demo_max_manager"
EDITOR = "hxtp_demo_eve_editor"
EXPLORER = "hxtp_demo_ed_explorer"
GUEST = "hxtp_demo_gus_guest"
READONLY_WORKSPACE = "hxtw_demo_readonly"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def workspace(clock: ManualClock) -> Workspace:
    ws = Workspace(clock=clock, ids=IdFactory(seed=0))
    load_fixtures(ws, read_document(DEMO))
    return ws


@pytest.fixture
def client(workspace: Workspace) -> Iterator[TestClient]:
    app = create_app(workspace, validate_responses=True, require_all_handlers=False)
    with TestClient(app, base_url="http://mock.test", raise_server_exceptions=True) as test_client:
        test_client.headers.update(bearer(ADMIN))
        yield test_client
