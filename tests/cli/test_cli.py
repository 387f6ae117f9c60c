"""`hex-mock serve` and `hex-mock coverage`, including a real served process on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from hex_mock import cli


def test_coverage_lists_every_operation_as_handled(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["coverage"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 41
    assert all(line.startswith("ok") for line in lines)
    assert any("GetRunStatusLegacy" in line for line in lines)


def test_control_plane_off_loopback_needs_an_admin_token(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--host", "0.0.0.0", "--control-plane"]) == 2
    assert "--admin-token" in capsys.readouterr().err


def test_a_rate_limit_for_an_unknown_group_stops_the_start(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--rate-limit", "hex-nope=5"]) == 2
    assert "no rate-limit group 'hex-nope'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
        ("example.com", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert cli.is_loopback(host) is loopback


def test_banner_names_the_url_and_a_working_token() -> None:
    text = cli.banner("http://127.0.0.1:8000", demo=True, control_plane=True)
    assert "http://127.0.0.1:8000/api/v1" in text
    assert "hxtp_demo_ana_admin" in text
    assert "/__mock__/" in text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "hex_mock", "serve", "--port", str(port), "--control-plane"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:  # wait for the child process to bind: start-up plumbing, not a timed assertion
            try:
                httpx.get(f"{base_url}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"hex-mock did not start: {process.stdout.read() if process.stdout else ''}"
                    ) from None
                time.sleep(0.05)
        yield base_url, process
    finally:
        process.terminate()
        process.communicate(timeout=10)  # also closes the pipe


@pytest.mark.live
def test_served_mock_answers_like_hex(served: tuple[str, subprocess.Popen[str]]) -> None:
    base_url, _ = served
    headers = {"Authorization": "Bearer hxtp_demo_ana_admin"}
    projects = httpx.get(f"{base_url}/api/v1/projects", headers=headers)
    assert projects.status_code == 200
    assert projects.json()["values"]
    assert "server" not in projects.headers  # Hex sends none; uvicorn would add its own
    refused = httpx.get(f"{base_url}/api/v1/projects")
    assert (refused.status_code, refused.text, refused.headers["www-authenticate"]) == (
        401,
        "Unauthorized",
        "Bearer",
    )
    assert projects.headers["x-trace-id"] != refused.headers["x-trace-id"]
    spec = httpx.get(f"{base_url}/openapi.json").json()
    assert spec["info"]["title"] == "Hex API"
    assert httpx.get(f"{base_url}/__mock__/clock").status_code == 200


def test_serving_freezes_the_start_up_heap_and_uses_the_shared_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import uvicorn

    from hex_mock import serving

    seen: dict[str, object] = {}

    def run(_app: object, **settings: object) -> None:
        seen.update(settings, frozen=gc.get_freeze_count())

    monkeypatch.setattr(uvicorn, "run", run)
    gc.unfreeze()
    try:
        serving.serve(object(), host="127.0.0.1", port=1)
    finally:
        gc.unfreeze()
    frozen = seen["frozen"]
    assert isinstance(frozen, int)
    assert frozen > 0
    assert (seen["proxy_headers"], seen["server_header"], seen["access_log"]) == (False, False, False)
