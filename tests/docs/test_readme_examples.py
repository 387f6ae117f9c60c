"""The README's Python examples run as written (against the mock the README says to use)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hex_mock.mock import HexMock
from tests.client.sdk import resource_methods

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
PYTHON_BLOCKS: list[str] = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
pytest_plugins = ["pytester"]


def block_containing(marker: str) -> str:
    [block] = [block for block in PYTHON_BLOCKS if marker in block]
    return block


@pytest.mark.parametrize("marker", ["def test_my_orchestrator", "def test_my_job_sees_a_quiet_workspace"])
def test_the_plugin_examples_pass_under_pytest(pytester: pytest.Pytester, marker: str) -> None:
    pytester.makepyfile(test_example=block_containing(marker))
    result = pytester.runpytest_subprocess("-p", "no:randomly")
    result.assert_outcomes(passed=1)


def run_block(marker: str, base_url: str) -> None:
    code = block_containing(marker).replace("http://127.0.0.1:8000", base_url)
    exec(compile(code, "README.md", "exec"), {})


@pytest.mark.live
def test_the_client_example_runs_against_the_served_mock(
    hex_live_server: str, hex_live_mock: HexMock, capsys: pytest.CaptureFixture[str]
) -> None:
    hex_live_mock.set_run_progression("immediate")
    run_block("create_and_wait(published.id", hex_live_server)
    assert capsys.readouterr().out.strip() == "Campaign attribution COMPLETED"
    called = [entry.operation_id for entry in hex_live_mock.journal()]
    assert called == ["ListProjects", "RunProject", "GetRunStatus"]


@pytest.mark.live
def test_the_async_example_pages_through_every_project(
    hex_live_server: str, hex_live_mock: HexMock, capsys: pytest.CaptureFixture[str]
) -> None:
    run_block("AsyncHex(", hex_live_server)
    assert capsys.readouterr().out.strip() == "3"
    assert [entry.operation_id for entry in hex_live_mock.journal()] == ["ListProjects"] * 2


@pytest.mark.live
def test_the_error_example_catches_a_404(hex_live_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_block("except NotFoundError", hex_live_server)
    assert capsys.readouterr().out.strip() == "404 NOT_FOUND"


def test_the_method_table_matches_the_spec() -> None:
    rows = dict(re.findall(r"^\| (\w+) \| `hex_api\.(\w+\.\w+)` \|$", README, re.MULTILINE))
    legacy = set(re.findall(r"^\| (\w+) \| low-level only \(deprecated\)", README, re.MULTILINE))
    assert {name: tuple(path.split(".")) for name, path in rows.items()} == resource_methods()
    assert legacy == {"RunProjectLegacy", "GetRunStatusLegacy", "CancelRunLegacy", "GetProjectRunsLegacy"}
