"""`make bench`'s own servers (`python -m scripts.bench serve KIND`) start through hex_mock/testing.py
on a port the kernel chose, read back from the banner they print. (Prism's port, read from its
socket, is tests/pipeline/test_testing.py's banner-less child.)"""

from __future__ import annotations

import httpx
import pytest

from hex_mock.testing import DEMO_ADMIN_TOKEN, DEMO_WEEKLY_PROJECT, bearer
from scripts.bench import BenchServer, get_ok


@pytest.mark.live
def test_a_bench_server_reports_the_port_it_bound_and_serves_its_kind() -> None:
    with BenchServer("floor") as server:
        assert server.port != 0
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        path = f"{server.api_root}/v1/projects/{DEMO_WEEKLY_PROJECT}"
        get_ok(server, path, DEMO_ADMIN_TOKEN)
        project = httpx.get(f"{server.base_url}{path}", headers=bearer(DEMO_ADMIN_TOKEN)).json()
    assert project["id"] == DEMO_WEEKLY_PROJECT
