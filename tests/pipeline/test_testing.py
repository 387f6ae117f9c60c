"""hex_mock/testing.py: the served mock's ports are the ones bound, read back, and a restarted child
keeps its port; a child printing no banner has its port read from its socket; the thread server
serves the app it was given."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from hex_mock.mock import HexMock
from hex_mock.testing import DEMO_ADMIN_TOKEN, UUID_PATTERN, ProcessServer, ThreadServer, bearer


@pytest.mark.live
def test_the_thread_server_serves_the_app_on_the_port_it_bound() -> None:
    mock = HexMock(fixtures="demo", seed=0)
    with ThreadServer(mock.app) as server:
        assert server.port != 0
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        me = httpx.get(f"{server.base_url}/api/v1/users/me", headers=bearer(DEMO_ADMIN_TOKEN))
    assert me.status_code == 200
    assert UUID_PATTERN.fullmatch(me.json()["id"])
    assert not server.thread.is_alive()


@pytest.mark.live
def test_the_child_process_reports_its_port_and_a_restart_keeps_it() -> None:
    server = ProcessServer().start()
    try:
        first_port = server.port
        assert first_port != 0
        assert server.base_url == f"http://127.0.0.1:{first_port}"
        assert httpx.get(f"{server.base_url}/openapi.json").status_code == 200
        server.kill()
        server.start()
        assert server.port == first_port
        assert httpx.get(f"{server.base_url}/openapi.json").status_code == 200
    finally:
        output = server.stop()
    assert output.count(f"Mock Hex API at http://127.0.0.1:{first_port}/api/v1") == 2


def test_a_child_that_cannot_start_says_why() -> None:
    with pytest.raises(
        RuntimeError, match=r"-m hex_mock serve --port 0 --fixtures \S+ did not start"
    ) as refused:
        ProcessServer("--fixtures", "/no/such/fixtures.yaml").start()
    assert "fixtures.yaml" in str(refused.value)


class QuietServer(ProcessServer):
    """Python's own file server: what it prints is no banner this class knows."""

    banner = None

    def command(self) -> list[str]:
        return [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1"]


@pytest.mark.live
def test_a_child_printing_no_banner_has_its_port_read_from_its_listening_socket(tmp_path: Path) -> None:
    (tmp_path / "hello.txt").write_text("hello")
    with QuietServer(cwd=tmp_path) as server:
        assert server.port != 0
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        assert httpx.get(f"{server.base_url}/hello.txt").text == "hello"


@pytest.mark.live
def test_waiting_until_idle_lets_a_request_the_client_gave_up_on_finish() -> None:
    mock = HexMock(fixtures="demo", seed=0)
    # The client's timeout leaves the server thread time to take the request before it gives up.
    mock.inject_fault("Me", delay=0.6)
    with ThreadServer(mock.app) as server:
        with pytest.raises(httpx.TimeoutException):
            httpx.get(f"{server.base_url}/api/v1/users/me", headers=bearer(DEMO_ADMIN_TOKEN), timeout=0.2)
        server.wait_idle()
        assert [entry.status for entry in mock.journal("Me")] == [200]
