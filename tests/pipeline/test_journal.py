"""The request journal: what was called, by whom, with what outcome; never a secret."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.testclient import TestClient

from hex_mock.app import Runtime
from hex_mock.journal import MAX_JOURNAL_BODY_BYTES, REDACTED, Journal, redact
from hex_mock.store import secret_digest
from tests.pipeline.conftest import ADMIN_ID, PERSONAL, PROJECT_ID, AppFactory, bearer


def journal_of(app: Starlette) -> Journal:
    runtime: Runtime = app.state.runtime
    return runtime.journal


def test_entries_record_the_request_and_its_outcome(make_app: AppFactory) -> None:
    app = make_app()
    client = TestClient(app, base_url="http://mock.test", headers=bearer(PERSONAL))
    client.get(f"/api/v1/projects/{PROJECT_ID}")
    client.get("/api/v1/projects?limit=0&statuses=DRAFT")
    client.get("/api/v1/nowhere")
    client.get("/api/v1/users/me", headers={"Authorization": "Bearer hxtp_wrong"})
    entries = journal_of(app).entries()
    assert [(e.method, e.path, e.operation_id, e.status) for e in entries] == [
        ("GET", f"/api/v1/projects/{PROJECT_ID}", "GetProject", 200),
        ("GET", "/api/v1/projects", "ListProjects", 400),
        ("GET", "/api/v1/nowhere", None, 404),
        ("GET", "/api/v1/users/me", "Me", 401),
    ]
    first = entries[0]
    assert (first.user_id, first.token_kind, first.timestamp) == (
        ADMIN_ID,
        "personal",
        "2025-01-06T09:00:00.000Z",
    )
    assert entries[1].query == (("limit", "0"), ("statuses", "DRAFT"))
    assert (entries[3].user_id, entries[3].token_kind) == (None, None)
    assert journal_of(app).entries("Me") == [entries[3]]


def test_secrets_never_reach_the_journal(make_app: AppFactory) -> None:
    app = make_app()
    client = TestClient(app, base_url="http://mock.test", headers=bearer(PERSONAL))
    settings = {
        "token": "t0",
        "password": "p0",
        "clientSecret": "s0",
        "privateKey": "k0",
        "access_token": "z0",
        "serviceAccountJsonConfig": {"private_key": "g0"},
        "nested": [{"refreshToken": "r0", "warehouse": "wh"}],
    }
    response = client.post(
        "/api/v1/projects?api_token=q0&view=full", json={"title": "x", "settings": settings}
    )
    assert response.status_code == 201
    [entry] = journal_of(app).entries()
    assert entry.body == {
        "title": "x",
        "settings": {
            "token": REDACTED,
            "password": REDACTED,
            "clientSecret": REDACTED,
            "privateKey": REDACTED,
            "access_token": REDACTED,
            "serviceAccountJsonConfig": REDACTED,
            "nested": [{"refreshToken": REDACTED, "warehouse": "wh"}],
        },
    }
    assert entry.query == (("api_token", REDACTED), ("view", "full"))
    text = repr(journal_of(app).entries())
    for secret in (PERSONAL, "t0", "p0", "s0", "k0", "z0", "g0", "r0", "q0"):
        assert secret not in text


def test_bodies_refused_by_the_schema_are_journalled_redacted(make_app: AppFactory) -> None:
    app = make_app()
    client = TestClient(app, base_url="http://mock.test", headers=bearer(PERSONAL))
    assert (
        client.post("/api/v1/projects", json={"title": "", "settings": {"password": "p0"}}).status_code == 422
    )
    [entry] = journal_of(app).entries()
    assert entry.body == {"title": "", "settings": {"password": REDACTED}}


def test_journal_is_bounded() -> None:
    journal = Journal(capacity=3)
    for index in range(5):
        journal.record(
            method="GET",
            path=f"/{index}",
            query=(),
            operation_id=None,
            status=404,
            user_id=None,
            token_kind=None,
            moment=datetime(2025, 1, 6, 9, 0, tzinfo=UTC),
            body=None,
            trace_id="t",
            token_digest=None,
            response=b"",
            response_headers={},
        )
    assert [entry.path for entry in journal] == ["/2", "/3", "/4"]
    assert len(journal) == 3
    journal.clear()
    assert journal.entries() == []


def test_redact_leaves_other_values_alone() -> None:
    value = {"name": "n", "items": [1, {"password": "x"}], "tokenCount": 3}
    # `tokenCount` looks like a credential by name; redacting it too is the safe side to err on.
    assert redact(value) == {"name": "n", "items": [1, {"password": REDACTED}], "tokenCount": REDACTED}
    assert redact(None) is None


def test_entries_keep_the_response_redacted_and_the_token_by_digest(make_app: AppFactory) -> None:
    app = make_app()
    client = TestClient(app, base_url="http://mock.test", headers=bearer(PERSONAL))
    created = client.post("/api/v1/projects", json={"title": "x"})
    missing = client.get("/api/v1/nowhere", headers={"Authorization": ""})
    answered, unauthenticated = journal_of(app).entries()
    assert (answered.response, answered.token_digest) == (created.json(), secret_digest(PERSONAL))
    # Hex's edge answers a missing token in plain text, which the journal keeps as sent.
    assert (
        (unauthenticated.response, unauthenticated.token_digest)
        == (missing.text, None)
        == ("Unauthorized", None)
    )


def test_responses_are_redacted_when_read_and_large_ones_kept_as_a_marker() -> None:
    journal = Journal()
    moment = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    common: dict[str, Any] = {
        "method": "GET",
        "path": "/",
        "query": (),
        "operation_id": None,
        "status": 200,
        "user_id": None,
        "token_kind": None,
        "moment": moment,
        "body": None,
        "trace_id": "t",
        "token_digest": None,
    }
    journal.record(**common, response=b'{"token":"z9","ok":true}', response_headers={"Retry-After": "3"})
    large = b'"' + b"a" * MAX_JOURNAL_BODY_BYTES + b'"'
    journal.record(**common, response=large, response_headers={})
    journal.record(**common, response=b"Unauthorized", response_headers={})
    small, kept_as_marker, plain = journal.entries()
    assert (small.response, small.response_headers) == ({"token": REDACTED, "ok": True}, {"Retry-After": "3"})
    assert kept_as_marker.response == f"[not kept: {len(large)} bytes]"
    assert plain.response == "Unauthorized"
