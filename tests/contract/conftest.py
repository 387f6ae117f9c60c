"""Reporting for the contract suite: how to replay a failure, and which profile and seed ran."""

from __future__ import annotations

from collections.abc import Generator

import pytest
from _pytest.terminal import TerminalReporter

from tests.contract.profiles import replay_hint

IN_PROCESS_REPLAY = (
    "Replay: start a fresh mock with `make serve` (demo workspace, seed 0) and run the curl command(s) "
    "above in order; every example and every stateful scenario starts from a freshly reset mock."
)
LIVE_REPLAY = (
    "Replay: run the curl command above against the same server, with your token in place of "
    "[Filtered]; the same seed generates the same requests."
)

# The modules whose failures come from schemathesis, with curl commands to replay.
SCHEMATHESIS_MODULES = frozenset({"test_operations.py", "test_stateful.py", "live_suite.py"})

_ran: set[bool] = set()  # which kinds ran: True for the live suite, False for the in-process tests


def pytest_report_header() -> str:
    # Shown when pytest starts from tests/contract (as `make contract-deep` does).
    return replay_hint()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    live = item.path.name == "live_suite.py"
    _ran.add(live)
    if report.when == "call" and report.failed and item.path.name in SCHEMATHESIS_MODULES:
        how = LIVE_REPLAY if live else IN_PROCESS_REPLAY
        report.sections.append(("hex contract suite: replay", f"{how}\n{replay_hint(live=live)}"))
    return report


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    for live in sorted(_ran):
        terminalreporter.write_line(replay_hint(live=live))
