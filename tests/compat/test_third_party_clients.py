"""Third-party Hex clients keep working against the served mock.

Each test replays, over HTTP on loopback, what a public Hex client sends and what it reads from the
answer, so a change to the mock that would break that client fails here. The clients themselves are
not installed: the requests and the reading rules below are written from their public sources.

- hex-toolkit (an SDK on httpx + pydantic) calls the plural run paths; it parses `projectVersion` of
  run objects into an `int` (pydantic's lax mode accepts "7"), reads `reason` or else the body text of
  an error, `Retry-After` of a 429, `invalid`/`notFound` of a 422 with empty defaults, and returns
  `None` for an empty body.
- dagster-hex (Hex's Dagster integration, on requests) calls only the legacy singular paths, sends
  `{"updateCache": false, "inputParams": ...}` and its own User-Agent, returns a body only when the
  Content-Type starts with `application/json`, and polls the run until its status is terminal.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest

from hex_mock.mock import HexMock

pytestmark = pytest.mark.live

TOKEN = "hxtp_demo_ana_admin"
WEEKLY = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"  # published, with app inputs (hex_mock/demo.yaml)
UNKNOWN = "00000000-1111-4222-8333-444444444444"
RUN_STATUSES = {"PENDING", "RUNNING", "ERRORED", "COMPLETED", "KILLED", "UNABLE_TO_ALLOCATE_KERNEL"}
DAGSTER_TERMINAL = {"COMPLETED", "ERRORED", "UNABLE_TO_ALLOCATE_KERNEL"}


# --- hex-toolkit ------------------------------------------------------------------------------------


def toolkit(base_url: str, token: str = TOKEN) -> httpx.Client:
    return httpx.Client(
        base_url=f"{base_url}/api",
        headers={"Authorization": f"Bearer {token}", "User-Agent": "hex-python-sdk/0.1.0"},
    )


def toolkit_body(response: httpx.Response) -> Any:
    return response.json() if response.content else None


def toolkit_error(response: httpx.Response) -> tuple[str, str | None]:
    """(the reason it reports, the trace id it reports) for an error response."""
    try:
        data = response.json()
    except ValueError:
        data = {}
    return data.get("reason", response.text or "Unknown error"), data.get("traceId")


def toolkit_run_status(data: dict[str, Any]) -> None:
    """What hex-toolkit's ProjectStatusResponse model demands of a run object."""
    assert int(data["projectVersion"]) >= 1  # pydantic's lax int: a number or a numeric string
    assert data["status"] in RUN_STATUSES
    for key in ("startTime", "endTime"):
        if data[key] is not None:
            datetime.fromisoformat(data[key].replace("Z", "+00:00"))
    assert data["elapsedTime"] is None or isinstance(data["elapsedTime"], int | float)


def test_hex_toolkit_runs_follows_and_lists_a_run(hex_live_server: str, hex_live_mock: HexMock) -> None:
    with toolkit(hex_live_server) as client:
        request = {"dryRun": False, "updatePublishedResults": False, "useCachedSqlResults": True}
        started = client.post(f"/v1/projects/{WEEKLY}/runs", json=request)
        assert started.status_code == 201
        run = toolkit_body(started)
        assert isinstance(run["projectVersion"], int)  # RunProject's reply keeps the number
        hex_live_mock.advance(10)

        status = client.get(f"/v1/projects/{WEEKLY}/runs/{run['runId']}")
        toolkit_run_status(toolkit_body(status))
        assert toolkit_body(status)["status"] == "COMPLETED"

        listed = toolkit_body(client.get(f"/v1/projects/{WEEKLY}/runs", params={"limit": 5, "offset": 0}))
        assert [entry["runId"] for entry in listed["runs"]] == [run["runId"]]
        for entry in listed["runs"]:
            toolkit_run_status(entry)

        second = toolkit_body(client.post(f"/v1/projects/{WEEKLY}/runs", json=request))
        cancelled = client.delete(f"/v1/projects/{WEEKLY}/runs/{second['runId']}")
        assert cancelled.status_code == 204
        assert toolkit_body(cancelled) is None


def test_hex_toolkit_reads_every_error_it_handles(hex_live_server: str, hex_live_mock: HexMock) -> None:
    with toolkit(hex_live_server, "hxtp_no_such_token") as refused_client:
        refused = refused_client.get("/v1/projects")
        assert refused.status_code == 401
        assert toolkit_error(refused) == ("Unauthorized", None)
    with toolkit(hex_live_server) as client:
        missing = client.get(f"/v1/projects/{UNKNOWN}/runs")
        assert missing.status_code == 404
        reason, _ = toolkit_error(missing)  # the newer envelope has no `reason`: it reports the text
        assert "NOT_FOUND" in reason

        bad_inputs = client.post(f"/v1/projects/{WEEKLY}/runs", json={"inputParams": {"typo": 1}})
        assert bad_inputs.status_code == 422
        data = bad_inputs.json()
        assert (data.get("invalid", []), data.get("notFound", [])) == ([], [])  # its defaults hold

        hex_live_mock.set_rate_limit("hex-api", per_minute=1, per_hour=None)  # used up by the 404 above
        limited = client.get(f"/v1/projects/{WEEKLY}")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1


# --- dagster-hex ------------------------------------------------------------------------------------


def dagster(base_url: str, token: str = TOKEN) -> httpx.Client:
    return httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {token}", "User-Agent": "HexDagsterOp/0.1.0"}
    )


def dagster_json(response: httpx.Response) -> Any:
    """dagster-hex's make_request: 422 is a failure with the body, other errors raise, and a body is
    returned only for a JSON Content-Type."""
    assert response.status_code != 422, response.text
    response.raise_for_status()
    assert response.headers.get("Content-Type", "").startswith("application/json")
    return response.json()


def test_dagster_hex_runs_and_polls_over_the_legacy_paths(
    hex_live_server: str, hex_live_mock: HexMock
) -> None:
    with dagster(hex_live_server) as client:
        body = {"updateCache": False, "inputParams": {"region": "EMEA"}}
        run = dagster_json(client.post(f"/api/v1/project/{WEEKLY}/run", json=body))
        assert set(run) >= {"projectId", "runId", "runUrl", "runStatusUrl", "traceId"}
        assert "/api/v1/project/" in run["runStatusUrl"]  # the family it called

        seen = []
        for _ in range(10):
            status = dagster_json(client.get(f"api/v1/project/{WEEKLY}/run/{run['runId']}"))
            assert status["status"] in RUN_STATUSES - {"KILLED"}
            assert status["traceId"]
            seen.append(status["status"])
            if status["status"] in DAGSTER_TERMINAL:
                break
            hex_live_mock.advance(3)  # its poll interval
        assert seen == ["PENDING", "RUNNING", "COMPLETED"]


def test_dagster_hex_reports_a_legacy_422_with_its_json_body(hex_live_server: str) -> None:
    with dagster(hex_live_server) as client:
        refused = client.post(
            f"/api/v1/project/{WEEKLY}/run", json={"updateCache": False, "inputParams": None}
        )
        assert refused.status_code == 422
        assert refused.json()["reason"] == "Validation Failed"  # what dagster-hex#2 met on Hex
        conflicting = client.post(
            f"/api/v1/project/{WEEKLY}/run", json={"updateCache": True, "inputParams": {"region": "EMEA"}}
        )
        assert conflicting.status_code == 422
        assert conflicting.json()["reason"] == "Cannot update the cache if specifying custom input parameters"
