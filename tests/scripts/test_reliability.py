"""`make reliability` end to end on a short run (load, one kill -9, limits, the corpus over HTTP), what
counts as a lost write, how a load client counts retries and unexpected answers, and the verdict it
derives from its findings."""

from __future__ import annotations

import asyncio
import random
import re
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import yaml

from scripts import reliability
from scripts.reliability import KINDS, ROOT, Client, Findings, Ledger


@pytest.mark.live
def test_a_short_run_writes_every_section_and_loses_nothing(tmp_path: Path) -> None:
    output = tmp_path / "RELIABILITY.md"
    arguments = ["--seconds", "3", "--crashes", "1", "--connections", "4", "--fuzz-seconds", "0"]

    assert reliability.main([*arguments, "--output", str(output)]) == 0

    text = output.read_text()
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Reliability",
        "## Load, crashes and durability",
        "## Limits under a burst",
        "## Hostile input",
        "## Machine",
    ]
    assert "| **Data lost** | **0** |" in text
    assert "| after kill -9 #1 (mid-load) |" in text
    survived = re.search(r"\| Injected faults survived .* \| ([\d,]+) of ([\d,]+) seen", text)
    assert survived is not None
    assert survived.group(1) == survived.group(2)  # every injected 503 retried to an answer
    # The corpus holds a well-formed request per operation in each target's directory: most are served.
    served = re.search(r"sent as raw HTTP/1\.1 to the served mock: 2xx: ([\d,]+)", text)
    assert served is not None
    assert int(served.group(1).replace(",", "")) >= 64


def test_the_verdict_fails_on_loss_5xx_unexpected_answers_or_too_many_runs_admitted() -> None:
    assert Findings(checks=[("at the end", 10, 0)]).ok
    assert not Findings(checks=[("at the end", 10, 1)]).ok
    assert not Findings(failures=["corpus/x: 500"]).ok
    assert not Findings(fuzzed={"asgi (FAILED: see .fuzz/)": 1}).ok
    findings = Findings()
    findings.ledger.unexpected.append("GET /x: 500")
    assert not findings.ok
    findings = Findings()
    findings.burst[201] = 21
    assert not findings.ok
    findings.burst[201] = findings.burst_limit[0]
    assert findings.ok
    findings.burst_limit = (findings.burst_limit[0] - 1, 60.0)  # the verdict follows the limit read
    assert not findings.ok


def test_the_run_limit_is_the_specs_and_the_only_one_the_served_mock_keeps(tmp_path: Path) -> None:
    groups = yaml.safe_load((ROOT / "spec" / "hex-api.yaml").read_text())["x-hex-rate-limit-groups"]
    group, limit = reliability.run_limit()
    assert Findings().burst_limit == limit == (groups[group]["perMinute"], 60.0)
    lifted = {f"--rate-limit={name}=none" for name in groups if name != group}
    arguments = reliability.Server(tmp_path / "state.db", tmp_path / "server.log").arguments
    assert lifted <= set(arguments)
    assert not any(argument.startswith(f"--rate-limit={group}") for argument in arguments)


def test_a_record_is_lost_unless_it_reads_back_as_acknowledged_or_as_a_cut_off_write() -> None:
    ledger = Ledger(uncertain={("group", "g2"): {"renamed, answer cut off"}, ("share", "g3"): {"stale"}})
    ledger.records["group"] = {"g1": "one", "g2": "two", "g3": "three", "g4": "four"}
    ledger.records["run"] = {"r1": None, "r2": "KILLED", "r3": None}  # None: any state will do
    found: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
    found["group"] = {"g1": "one", "g2": "renamed, answer cut off", "g3": "stale"}
    found["run"] = {"r1": "COMPLETED", "r2": "RUNNING"}
    assert ledger.lost(found) == ["group g3", "group g4", "run r2", "run r3"]


def test_a_client_edits_only_records_it_created() -> None:
    """Two edits of one record in flight at once could be acknowledged in another order than saved."""
    ledger = Ledger(created={(0, "group"): ["mine"], (1, "group"): ["theirs"], (1, "cell"): ["theirs"]})
    client = Client(cast(httpx.AsyncClient, None), ledger, random.Random(0), index=0)
    assert client.can("group")
    assert not client.can("cell")
    assert {client.pick("group") for _ in range(20)} == {"mine"}


def test_injected_503s_are_retried_and_any_other_answer_is_noted_once() -> None:
    answers = iter(
        [(503, "Injected by scripts/reliability.py")] * 2 + [(500, "boom"), (429, "slow down"), (201, "{}")]
    )

    def serve(_request: httpx.Request) -> httpx.Response:
        status, text = next(answers)
        return httpx.Response(status, text=text)

    async def run() -> Ledger:
        ledger = Ledger()
        async with httpx.AsyncClient(transport=httpx.MockTransport(serve), base_url="http://mock") as http:
            client = Client(http, ledger, random.Random(0), index=0)
            assert not client.answered(await client.call("POST", "/groups"), 201)  # two 503s, then a 500
            assert not client.answered(await client.call("POST", "/groups"), 201)  # a 429: expected
            assert client.answered(await client.call("POST", "/groups"), 201)
        return ledger

    ledger = asyncio.run(run())
    assert (ledger.faults_seen, ledger.faults_failed) == (2, 0)
    assert ledger.unexpected == ["POST /groups: 500 boom"]
    assert ledger.statuses == {503: 2, 500: 1, 429: 1, 201: 1}
    assert ledger.writes_acknowledged == 1
