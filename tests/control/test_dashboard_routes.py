"""The dashboard's routes and the control plane's index, in-process: what they serve and who may
see it. tests/browser drives the page itself."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from hex_mock import run_lifecycle as lifecycle
from hex_mock.dashboard.views import MAX_RUNS
from hex_mock.mock import HexMock
from hex_mock.store import secret_digest
from tests.control.test_control_plane import ADMIN, WEEKLY_REVENUE

ORIGIN = "http://mock.test"


def basic(password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()}


@pytest.fixture
def mock() -> HexMock:
    return HexMock(validate_responses=True)


@pytest.fixture
def client(mock: HexMock) -> Iterator[TestClient]:
    with TestClient(mock.app, base_url=ORIGIN) as test_client:
        yield test_client


def test_the_index_links_the_dashboard_and_every_endpoint(client: TestClient) -> None:
    index = client.get("/__mock__/").json()
    assert index["dashboard"] == "/__mock__/ui"
    assert "POST /__mock__/clock/advance" in index["endpoints"]
    assert "GET /__mock__/faults" in index["endpoints"]
    assert client.get(index["dashboard"]).status_code == 200


def test_clock_and_faults_say_what_the_dashboard_shows(client: TestClient) -> None:
    assert client.get("/__mock__/clock").json()["manual"] is True
    client.post("/__mock__/faults", json={"operationId": "GetProject", "status": 503, "count": 2})
    assert client.get("/__mock__/faults").json() == {"pending": {"GetProject": 2}}


def test_the_page_shows_the_workspace_and_never_a_secret(client: TestClient) -> None:
    client.post(f"/api/v1/projects/{WEEKLY_REVENUE}/runs", headers=ADMIN)
    page = client.get("/__mock__/ui")
    assert page.headers["content-type"].startswith("text/html")
    for shown in ("Weekly revenue", "PENDING", "ana@example.com", secret_digest("hxtp_demo_ana_admin")[:12]):
        assert shown in page.text
    assert "hxtp_demo_ana_admin" not in page.text
    assert (
        client.get("/__mock__/ui/static/dashboard.js").headers["content-type"].startswith("text/javascript")
    )
    assert client.get("/__mock__/ui/static/nothing.js").status_code == 404


def test_only_the_latest_runs_are_listed(mock: HexMock, client: TestClient) -> None:
    project = mock.workspace.projects.get(WEEKLY_REVENUE)
    assert project is not None
    for number in range(MAX_RUNS + 2):
        lifecycle.create_run(mock.workspace, project, trace_id=f"trace-{number}")
        mock.advance(1)
    newest = max(mock.workspace.runs, key=lambda run: run.created_at)
    workspace = client.get("/__mock__/ui/workspace").text
    assert workspace.count("data-run=") == MAX_RUNS
    assert workspace.index("data-run=") == workspace.index(f'data-run="{newest.id}"')
    assert f"and {len(mock.workspace.runs) - MAX_RUNS} older runs" in workspace


def test_the_journal_filters_and_replays(client: TestClient) -> None:
    client.get(f"/api/v1/projects/{WEEKLY_REVENUE}", headers=ADMIN)
    client.post("/api/v1/groups?dryRun=x y", json={"name": "O'Neil"}, headers=ADMIN)
    client.get("/api/v1/projects")
    created = client.get("/__mock__/ui/journal", params={"operation": "CreateGroup"}).text
    assert created.count('class="entry"') == 1
    assert (
        "curl -X POST 'http://mock.test/api/v1/groups?dryRun=x+y' "
        '-H "Authorization: Bearer $HEX_API_TOKEN" '
        "-H 'Content-Type: application/json' --data '{\"name\":\"O'\"'\"'Neil\"}'"
    ) in created.replace("&#34;", '"').replace("&#39;", "'")
    assert client.get("/__mock__/ui/journal", params={"status": "4xx"}).text.count('class="entry"') == 1
    assert client.get("/__mock__/ui/journal", params={"token": "none"}).text.count('class="entry"') == 1
    refused = client.get("/__mock__/ui/journal", params={"status": "teapot"})
    assert (refused.status_code, refused.text) == (
        400,
        "status filter 'teapot': expected a status such as 404 or a class such as 4xx",
    )


@pytest.mark.parametrize(
    "path", ["/__mock__/", "/__mock__/ui", "/__mock__/ui/journal", "/__mock__/ui/static/dashboard.js"]
)
def test_the_dashboard_is_guarded_like_the_control_plane(path: str) -> None:
    with TestClient(HexMock(admin_token="s3cret").app, base_url=ORIGIN) as client:
        refused = client.get(path)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"] == 'Basic realm="hex-mock control plane", charset="UTF-8"'
        assert client.get(path, headers=basic("wrong")).status_code == 401
        assert client.get(path, headers={"Authorization": "Basic !!"}).status_code == 401
        assert client.get(path, headers=basic("s3cret")).status_code == 200
        assert client.get(path, headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_browser_credentials_change_the_mock_only_from_its_own_origin() -> None:
    with TestClient(HexMock(admin_token="s3cret").app, base_url=ORIGIN) as client:
        elsewhere = {"Origin": "http://evil.test"}
        assert client.post("/__mock__/reset", headers={**basic("s3cret"), **elsewhere}).status_code == 403
        assert (
            client.post("/__mock__/reset", headers={**basic("s3cret"), "Origin": ORIGIN}).status_code == 204
        )
        assert client.get("/__mock__/state", headers={**basic("s3cret"), **elsewhere}).status_code == 200
        behind_tls = {**basic("s3cret"), "Origin": "https://mock.test"}  # a proxy ended TLS
        assert client.post("/__mock__/reset", headers=behind_tls).status_code == 204
        # A Bearer token is sent by code that chose to, never by a browser on its own.
        bearer = {"Authorization": "Bearer s3cret", **elsewhere}
        assert client.post("/__mock__/reset", headers=bearer).status_code == 204


def test_the_switcher_lists_the_workspaces_and_the_page_shows_the_chosen_one(
    mock: HexMock, client: TestClient
) -> None:
    assert 'id="workspace-switcher"' not in client.get("/__mock__/ui").text  # one workspace: no switcher
    made = mock.create_workspace({"groups": [{"name": "Made elsewhere"}]})
    page = client.get("/__mock__/ui", params={"workspace": made.id}).text
    assert f'<body data-workspace="{made.id}">' in page
    assert f"<option selected>{made.id}</option>" in page
    assert "Made elsewhere" in page
    assert "Made elsewhere" not in client.get("/__mock__/ui").text
    assert "Made elsewhere" in client.get("/__mock__/ui/workspace", params={"workspace": made.id}).text
    for path in ("/__mock__/ui", "/__mock__/ui/workspace", "/__mock__/ui/journal"):
        assert client.get(path, params={"workspace": "gone"}).status_code == 404
