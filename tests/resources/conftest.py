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

# The demo tokens, one per role, under the short names these tests use.
from hex_mock.testing import DEMO_ADMIN_TOKEN as ADMIN
from hex_mock.testing import DEMO_EDITOR_TOKEN as EDITOR
from hex_mock.testing import DEMO_EXPLORER_TOKEN as EXPLORER
from hex_mock.testing import DEMO_GUEST_TOKEN as GUEST
from hex_mock.testing import DEMO_MANAGER_TOKEN as MANAGER
from hex_mock.testing import DEMO_READONLY_WORKSPACE_TOKEN as READONLY_WORKSPACE
from hex_mock.testing import bearer

__all__ = ["ADMIN", "EDITOR", "EXPLORER", "GUEST", "MANAGER", "READONLY_WORKSPACE", "bearer"]


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
