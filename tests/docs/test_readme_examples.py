"""The README's Python examples run as written (against the mock the README says to use)."""

from __future__ import annotations

import re

import pytest

from hex_mock.mock import HexMock
from scripts.spec_check import ROOT

README = (ROOT / "README.md").read_text()
PYTHON_BLOCKS: list[str] = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
pytest_plugins = ["pytester"]


def block_containing(marker: str) -> str:
    [block] = [block for block in PYTHON_BLOCKS if marker in block]
    return block


def test_the_plugin_example_passes_under_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_example=block_containing("def test_"))
    result = pytester.runpytest_subprocess("-p", "no:randomly")
    result.assert_outcomes(passed=1)


@pytest.mark.live
def test_the_client_example_runs_against_the_served_mock(
    hex_live_server: str, hex_live_mock: HexMock, capsys: pytest.CaptureFixture[str]
) -> None:
    code = block_containing("AuthenticatedClient(").replace("http://127.0.0.1:8000", hex_live_server)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "Campaign attribution PENDING"
    called = [entry.operation_id for entry in hex_live_mock.journal()]
    assert called == ["ListProjects", "RunProject", "GetRunStatus"]
