"""CreatePresignedUrl through HTTP, and following the URL it returns.

Demo cast (hex_mock/demo.yaml): "Weekly revenue" is published (version 7) with signed embedding on;
Marketing (Max) sees its app only; "Campaign attribution" is published with embedding off; "Churn
model" was never published.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from hex_mock.clock import ManualClock
from hex_mock.store import Workspace
from tests.resources.conftest import GUEST, MANAGER, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import CAMPAIGN, CHURN, UNKNOWN, WEEKLY


def presign(client: TestClient, project_id: str = WEEKLY, token: str | None = None, **body: Any) -> Any:
    return client.post(
        f"/api/v1/embedding/createPresignedUrl/{project_id}",
        json=body,
        headers=bearer(token) if token else None,
    )


def url(client: TestClient, **body: Any) -> str:
    response = presign(client, **body)
    assert response.status_code == 200, response.text
    return str(response.json()["url"])


def follow(client: TestClient, address: str) -> Any:
    return client.get(urlsplit(address).path)


def test_the_url_points_at_this_server_and_opens_once(client: TestClient) -> None:
    address = url(client, hexUserAttributes={"orgId": "acme"}, displayOptions={"theme": "dark"})

    assert address.startswith("http://mock.test/embedded/hxe_")
    first, second = follow(client, address), follow(client, address)

    assert first.status_code == 200
    assert first.headers["content-type"].startswith("text/html")
    for shown in ("Weekly revenue", "acme", "dark"):
        assert shown in first.text
    assert second.status_code == 410
    assert "already been used" in second.text


def test_each_call_signs_a_new_url(client: TestClient) -> None:
    assert url(client) != url(client)


def test_the_url_expires_after_15_seconds_by_default(client: TestClient, clock: ManualClock) -> None:
    late, in_time = url(client), url(client)
    clock.advance(14.9)
    assert follow(client, in_time).status_code == 200
    clock.advance(0.1)
    expired = follow(client, late)
    assert expired.status_code == 410
    assert "expired" in expired.text


def test_expires_in_is_in_milliseconds_and_capped_at_five_minutes(
    client: TestClient, clock: ManualClock
) -> None:
    short, capped = url(client, expiresIn=500), url(client, expiresIn=3_600_000)
    clock.advance(1)
    assert follow(client, short).status_code == 410
    clock.advance(298)
    assert follow(client, capped).status_code == 200
    longest = url(client, expiresIn=3_600_000)
    clock.advance(300)
    assert follow(client, longest).status_code == 410


def test_test_mode_serves_a_page_that_says_so(client: TestClient) -> None:
    page = follow(client, url(client, testMode=True))

    assert page.status_code == 200
    assert "Test mode" in page.text


def test_test_mode_requests_are_not_rate_limited(client: TestClient) -> None:
    for _ in range(40):
        assert presign(client, testMode=True).status_code == 200
    answers = [presign(client).status_code for _ in range(31)]
    assert answers[:30] == [200] * 30
    assert answers[30] == 429
    assert presign(client, testMode=True).status_code == 200


def test_projects_without_embedding_or_a_published_version_are_refused(
    client: TestClient, workspace: Workspace
) -> None:
    off = presign(client, CAMPAIGN)
    assert off.status_code == 422
    assert off.json()["reason"] == "Signed embedding is not enabled for this project"
    churn = workspace.projects.get(CHURN)
    assert churn is not None
    churn.embedding_enabled = True
    unpublished = presign(client, CHURN)
    assert unpublished.status_code == 422
    assert unpublished.json()["reason"] == "This project has not been published"


def test_a_url_stops_working_when_embedding_is_turned_off(client: TestClient, workspace: Workspace) -> None:
    address = url(client)
    project = workspace.projects.get(WEEKLY)
    assert project is not None
    project.embedding_enabled = False

    assert follow(client, address).status_code == 403


def test_unknown_tokens_are_not_found(client: TestClient) -> None:
    assert client.get("/embedded/hxe_nothing").status_code == 404


def test_who_may_embed(client: TestClient) -> None:
    assert presign(client, token=MANAGER).status_code == 200  # app only is enough
    assert presign(client, token=GUEST).status_code == 404
    assert presign(client, UNKNOWN).status_code == 404
    assert presign(client, token=READONLY_WORKSPACE).status_code == 403  # no embedding:write scope


@pytest.mark.parametrize(
    "body",
    [{"expiresIn": 0}, {"expiresIn": "15000"}, {"hexUserAttributes": {"orgId": 1}}, {"testMode": "yes"}],
)
def test_malformed_bodies_are_refused_in_the_tsoa_envelope(client: TestClient, body: dict[str, Any]) -> None:
    response = presign(client, **body)

    assert response.status_code == 422
    assert response.json()["reason"] == "Validation Failed"
