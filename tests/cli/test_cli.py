"""`hex-mock serve` and `hex-mock coverage`, including a real served process on loopback."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hex_mock import cli
from hex_mock.mock import HexMock
from hex_mock.spec import load_spec


def test_coverage_lists_every_operation_as_handled(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["coverage"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(load_spec().operations)
    assert all(line.startswith("ok") for line in lines)
    listed = {line.split()[-1] for line in lines}
    assert {"GetRunStatusLegacy", "ExportProject", "GetCellOutput", "GetChartImageFromLogic"} <= listed
    assert "CreatePresignedUrl" in listed
    assert "ListTopics" in listed
    assert {"GetSuggestions", "TriggerSuggestionReview", "BatchUpdateComputeProfile"} <= listed


def one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """Runs the command, which must fail with exit status 1 and one line on stderr, printing nothing."""
    assert cli.main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("hex-mock: ")
    return lines[0]


def test_control_plane_off_loopback_needs_an_admin_token(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--admin-token" in one_line_error(capsys, ["serve", "--host", "0.0.0.0", "--control-plane"])


def test_an_admin_token_without_the_control_plane_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--control-plane" in one_line_error(capsys, ["serve", "--admin-token", "s3cret"])


@pytest.mark.parametrize("port", ["99999", "-1", "eighty"])
def test_a_port_outside_1_to_65535_is_refused(capsys: pytest.CaptureFixture[str], port: str) -> None:
    assert "--port" in one_line_error(capsys, ["serve", "--port", port])


def test_an_unknown_flag_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--colour" in one_line_error(capsys, ["serve", "--colour"])


def test_a_missing_fixtures_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    line = one_line_error(capsys, ["serve", "--fixtures", str(missing)])
    assert str(missing) in line
    assert "No such file" in line


def test_a_busy_port_fails_before_any_banner(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert f":{port}" in one_line_error(capsys, ["serve", "--port", str(port)])


def test_a_rate_limit_for_an_unknown_group_stops_the_start(capsys: pytest.CaptureFixture[str]) -> None:
    assert "no rate-limit group 'hex-nope'" in one_line_error(capsys, ["serve", "--rate-limit", "hex-nope=5"])


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


def test_banner_gives_each_group_budget_and_how_to_lift_it() -> None:
    mock = HexMock()
    mock.set_rate_limit("hex-chart-image", per_minute=None, per_hour=None)
    text = cli.banner("http://127.0.0.1:8000", mock.workspace, False, True, rate_limits=mock.rate_limits())
    assert "Rate limits per token (lift one with --rate-limit GROUP=none):" in text
    assert "  hex-api: 30 a minute, 1800 an hour" in text
    assert "  hex-api-30rpm: 30 a minute" in text
    assert "  hex-chart-image: no limit" in text


def test_banner_names_every_url_and_the_demo_tokens() -> None:
    workspace = HexMock().workspace
    text = cli.banner("http://127.0.0.1:8000", workspace, control_plane=True, public_secrets=True)
    assert "Mock Hex API at http://127.0.0.1:8000/api/v1" in text
    assert "Hex(token, base_url='http://127.0.0.1:8000')" in text  # the client takes the origin
    assert "http://127.0.0.1:8000/openapi.json" in text
    assert "Control plane:  http://127.0.0.1:8000/__mock__/" in text
    assert "Dashboard:      http://127.0.0.1:8000/__mock__/ui" in text
    assert "hxtp_demo_ana_admin  personal token of ana@example.com (ADMIN)" in text
    assert "hxtp_demo_eve_revoked  personal token of eve@example.com (EDITOR), revoked" in text
    assert "hxtw_demo_runner  workspace token of ana@example.com (ADMIN), scopes projects:read" in text
    assert "curl -H 'Authorization: Bearer hxtp_demo_ana_admin'" in text
    assert "Dashboard" not in cli.banner("http://127.0.0.1:8000", workspace, False, public_secrets=True)


def test_banner_lists_the_tokens_of_custom_fixtures_without_their_secrets() -> None:
    fixtures = {
        "users": [{"email": "kim@example.com", "role": "MANAGER"}],
        "tokens": [{"secret": "hxtp_kim_s3cret", "user": "kim@example.com"}],
    }
    workspace = HexMock(fixtures=fixtures).workspace
    text = cli.banner("http://[::1]:9000", workspace, control_plane=False, public_secrets=False)
    assert "hxtp_kim_...  personal token of kim@example.com (MANAGER)" in text
    assert "s3cret" not in text
    assert "Bearer $HEX_TOKEN' http://[::1]:9000/api/v1/users/me" in text
    assert "hxtp_demo" not in text


def test_banner_without_tokens_says_so() -> None:
    empty = HexMock(fixtures=None).workspace
    assert "Tokens: none" in cli.banner("http://127.0.0.1:1", empty, False, public_secrets=False)


@pytest.fixture
def served() -> Iterator[tuple[str, str]]:
    """`hex-mock serve --port 0`: the banner, printed once the port is bound, names the port."""
    process = subprocess.Popen(
        [sys.executable, "-m", "hex_mock", "serve", "--port", "0", "--control-plane"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or lines[-1] not in ("", "Tokens:\n"):  # "": the process ended early
            lines.append(process.stdout.readline())
        banner = "".join(lines)
        found = re.search(r"Mock Hex API at (http://127\.0\.0\.1:(\d+))/api/v1", banner)
        assert found is not None, banner
        assert found.group(2) != "0"
        yield found.group(1), banner
    finally:
        process.terminate()
        process.communicate(timeout=10)  # also closes the pipe


@pytest.mark.live
def test_served_mock_answers_like_hex(served: tuple[str, str]) -> None:
    base_url, _ = served
    # The banner comes after the bind: the first request is answered, no waiting for start-up.
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
    assert spec["servers"] == [{"url": f"{base_url}/api", "description": "this mock of Hex's API"}]
    assert httpx.get(f"{base_url}/__mock__/clock").status_code == 200


def test_serving_freezes_the_start_up_heap_and_uses_the_shared_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import uvicorn

    from hex_mock import serving

    seen: dict[str, object] = {}

    def run(server: uvicorn.Server, sockets: list[socket.socket]) -> None:
        config = server.config
        seen.update(
            proxy_headers=config.proxy_headers,
            server_header=config.server_header,
            access_log=config.access_log,
            frozen=gc.get_freeze_count(),
            port=sockets[0].getsockname()[1],
        )

    monkeypatch.setattr(uvicorn.Server, "run", run)
    gc.unfreeze()
    try:
        serving.serve(object(), host="127.0.0.1", port=0)
    finally:
        gc.unfreeze()
    frozen = seen["frozen"]
    assert isinstance(frozen, int)
    assert frozen > 0
    assert seen["port"] != 0  # bound before uvicorn starts
    assert (seen["proxy_headers"], seen["server_header"], seen["access_log"]) == (False, False, False)


def test_check_fixtures_counts_a_valid_document(capsys: pytest.CaptureFixture[str]) -> None:
    from hex_mock.fixtures import DEMO

    assert cli.main(["check-fixtures", str(DEMO)]) == 0
    assert (
        capsys.readouterr().out == f"{DEMO}: valid (6 users, 10 tokens, 2 groups, 2 data connections,"
        " 2 collections, 6 projects, 2 guides, 2 topics, 4 threads, 3 suggestions)\n"
    )


def test_check_fixtures_names_the_file_and_the_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = tmp_path / "ci.yaml"
    document.write_text("projects:\n  - {title: T, owner: ana@example.com, published_verison: 2}\n")
    line = one_line_error(capsys, ["check-fixtures", str(document)])
    assert line.startswith(f"hex-mock: {document}: projects[0].published_verison: unknown key")


def test_serve_refuses_bad_fixtures_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = tmp_path / "ci.json"
    document.write_text('{"users": [{"email": "kim@example.com", "role": "BOSS"}]}')
    line = one_line_error(capsys, ["serve", "--port", "0", "--fixtures", str(document)])
    assert line.startswith(f"hex-mock: cannot start: {document}: users[0].role: 'BOSS' is not one of")


def served_mock(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> HexMock:
    """The HexMock `hex-mock serve ARGV` would serve (uvicorn replaced by a stand-in)."""
    from hex_mock import mock as mock_module
    from hex_mock import serving

    made: list[HexMock] = []
    served: list[object] = []

    class Recorded(HexMock):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            made.append(self)

    monkeypatch.setattr(mock_module, "HexMock", Recorded)

    def serve(app: object, *, sock: socket.socket, **_settings: object) -> None:
        sock.close()
        served.append(app)

    monkeypatch.setattr(serving, "serve", serve)
    assert cli.main(["serve", "--port", "0", *argv]) == 0
    assert served == [made[0].app]
    return made[0]


def test_start_up_settings_survive_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    mock = served_mock(
        monkeypatch,
        [
            "--clock", "manual", "--start-time", "2026-03-01T12:00:00Z",
            "--run-progression", "reads", "--run-reads", "3", "--kernel-capacity", "2",
        ],
    )  # fmt: skip
    for _ in range(2):
        settings = mock.workspace.run_settings
        assert (settings.progression, settings.reads, settings.kernel_capacity) == ("reads", 3, 2)
        assert mock.clock.now().isoformat() == "2026-03-01T12:00:00+00:00"
        mock.set_run_progression("immediate")
        mock.set_kernel_capacity(9)
        mock.advance(60)
        mock.reset()


def test_the_real_clock_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from hex_mock.clock import SystemClock

    assert isinstance(served_mock(monkeypatch, []).clock, SystemClock)


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--start-time", "2026-03-01T12:00:00Z"], "--start-time sets a manual clock's time"),
        (["--clock", "manual", "--start-time", "noon"], "not an ISO 8601 time: 'noon'"),
        (["--run-reads", "3"], "--run-reads needs --run-progression"),
        (["--run-progression", "reads", "--run-reads", "0"], "reads must be an integer of at least 1"),
        (["--run-progression", "immediate", "--run-pending-seconds", "1"], "takes no parameters"),
        (["--run-progression", "sideways"], "invalid choice: 'sideways'"),
        (["--kernel-capacity", "-1"], "kernel capacity must be an integer of at least 0"),
    ],
)
def test_bad_start_up_settings_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    assert reason in one_line_error(capsys, ["serve", "--port", "0", *argv])
