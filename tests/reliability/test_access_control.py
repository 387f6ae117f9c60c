"""Access control over every operation of the spec, table-driven: missing, unknown, revoked,
expired or deactivated tokens get 401; a workspace token without the scope an operation needs gets
403; a user a project is not shared with can neither read nor change it (404/403) through any
project-scoped operation. Secrets never reach logs, the journal or the dump."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.testclient import TestClient

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS
from hex_mock.scopes import ALL_SCOPES
from hex_mock.spec import load_spec
from hex_mock.testing import ProcessServer, ThreadServer, bearer
from tests.reliability.support import API
from tests.resources.demo_ids import (
    ACTIVE_CUSTOMER_SUGGESTION,
    ANA,
    ANA_THREAD,
    COMPANY_METRICS,
    CUSTOMERS_FILE_CHANGE,
    DATA_TEAM,
    MAX,
    SEMANTIC_PROJECT,
    WAREHOUSE,
)

SPEC = load_spec()
OPERATIONS = {operation.operation_id: operation for operation in SPEC.operations}

# A project shared with nobody but its owner, Eve, with a notebook and a chart (loaded on top of
# the demo workspace), so that every project-scoped operation has something real to refuse.
SECRET = "5e0c7e7a-1111-4a2b-8c3d-4e5f6a7b8c9d"
SECRET_NOTES = "5e0c7e7a-2222-4a2b-8c3d-4e5f6a7b8c9d"
SECRET_CHART = "5e0c7e7a-3333-4a2b-8c3d-4e5f6a7b8c9d"
SECRET_CHART_STATIC = "5e0c7e7a-4444-4a2b-8c3d-4e5f6a7b8c9d"
SECRET_QUERY = "5e0c7e7a-5555-4a2b-8c3d-4e5f6a7b8c9d"
FIXTURES = {
    "projects": [
        {
            "id": SECRET,
            "title": "Secret",
            "owner": "eve@example.com",
            "published_version": 1,
            "embedding_enabled": True,
            "cells": [
                {"id": SECRET_NOTES, "type": "MARKDOWN", "source": "# Private"},
                {"id": SECRET_QUERY, "type": "SQL", "source": "select 'Private'"},
                {"id": SECRET_CHART, "static_id": SECRET_CHART_STATIC, "type": "CHART", "label": "c"},
            ],
        }
    ]
}
OWNER = "hxtp_demo_eve_editor"
STRANGERS = {
    "guest": "hxtp_demo_gus_guest",
    "explorer": "hxtp_demo_ed_explorer",
    "manager": "hxtp_demo_max_manager",
}
HEX_MD = "4b3a2918-0f7e-4d6c-9b5a-483726150f9e"


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: Any = None


# One row per operation: how to call it on the Secret project (or on a demo record where the
# operation is not project-scoped). RUN stands for a run of Secret.
RUN = "{run}"
P = f"{API}/projects/{SECRET}"
TABLE: dict[str, Call] = {
    "ListProjects": Call("GET", f"{API}/projects"),
    "CreateProject": Call("POST", f"{API}/projects", {"title": "New"}),
    "GetProject": Call("GET", P),
    "UpdateProject": Call("PATCH", P, {"status": "Completed"}),
    "GetQueriedTables": Call("GET", f"{P}/queriedTables"),
    "EditProjectSharingUsers": Call(
        "PATCH",
        f"{P}/sharing/users",
        {"sharing": {"upsert": {"users": [{"user": {"id": MAX}, "access": "CAN_VIEW"}]}}},
    ),
    "EditProjectSharingGroups": Call(
        "PATCH",
        f"{P}/sharing/groups",
        {"sharing": {"upsert": {"groups": [{"group": {"id": DATA_TEAM}, "access": "CAN_VIEW"}]}}},
    ),
    "EditProjectSharingCollections": Call(
        "PATCH",
        f"{P}/sharing/collections",
        {
            "sharing": {
                "upsert": {"collections": [{"collection": {"id": COMPANY_METRICS}, "access": "CAN_VIEW"}]}
            }
        },
    ),
    "EditProjectSharingOrgAndPublic": Call(
        "PATCH", f"{P}/sharing/workspaceAndPublic", {"sharing": {"workspace": "CAN_VIEW"}}
    ),
    "GetProjectRuns": Call("GET", f"{P}/runs"),
    "RunProject": Call("POST", f"{P}/runs", {}),
    "GetRunStatus": Call("GET", f"{P}/runs/{RUN}"),
    "CancelRun": Call("DELETE", f"{P}/runs/{RUN}"),
    "GetChartImageFromRun": Call("GET", f"{P}/runs/{RUN}/cells/{SECRET_CHART_STATIC}/image"),
    "RunProjectLegacy": Call("POST", f"{API}/project/{SECRET}/run", {}),
    "GetRunStatusLegacy": Call("GET", f"{API}/project/{SECRET}/run/{RUN}"),
    "CancelRunLegacy": Call("DELETE", f"{API}/project/{SECRET}/run/{RUN}"),
    "GetProjectRunsLegacy": Call("GET", f"{API}/project/{SECRET}/runs"),
    "ListCells": Call("GET", f"{API}/cells?projectId={SECRET}"),
    "CreateCell": Call(
        "POST",
        f"{API}/cells",
        {"projectId": SECRET, "cellType": "CODE", "contents": {"codeCell": {"source": "x"}}},
    ),
    "GetCell": Call("GET", f"{API}/cells/{SECRET_NOTES}"),
    "UpdateCell": Call(
        "PATCH", f"{API}/cells/{SECRET_NOTES}", {"contents": {"markdownCell": {"source": "# Mine"}}}
    ),
    "DeleteCell": Call("DELETE", f"{API}/cells/{SECRET_NOTES}"),
    "ListCollections": Call("GET", f"{API}/collections"),
    "CreateCollection": Call("POST", f"{API}/collections", {"name": "C"}),
    "GetCollection": Call("GET", f"{API}/collections/{COMPANY_METRICS}"),
    "EditCollection": Call("PATCH", f"{API}/collections/{COMPANY_METRICS}", {"name": "Renamed"}),
    "ListGroups": Call("GET", f"{API}/groups"),
    "CreateGroup": Call("POST", f"{API}/groups", {"name": "G"}),
    "GetGroup": Call("GET", f"{API}/groups/{DATA_TEAM}"),
    "DeleteGroup": Call("DELETE", f"{API}/groups/{DATA_TEAM}"),
    "EditGroup": Call("PATCH", f"{API}/groups/{DATA_TEAM}", {"name": "D"}),
    "Me": Call("GET", f"{API}/users/me"),
    "ListUsers": Call("GET", f"{API}/users"),
    "DeactivateUser": Call("POST", f"{API}/users/{ANA}/deactivate"),
    "ListDataConnections": Call("GET", f"{API}/data-connections"),
    "GetDataConnection": Call("GET", f"{API}/data-connections/{WAREHOUSE}"),
    "CreateDataConnection": Call(
        "POST",
        f"{API}/data-connections",
        {
            "name": "N",
            "type": "databricks",
            "connectionDetails": {"databricks": {"accessToken": "t", "jdbcUrl": "j"}},
        },
    ),
    "EditDataConnection": Call("PATCH", f"{API}/data-connections/{WAREHOUSE}", {"name": "Renamed"}),
    "UpdateDataConnectionSchema": Call(
        "PATCH",
        f"{API}/data-connections/{WAREHOUSE}/schema",
        {"updates": [{"type": "DATABASE", "name": "analytics", "status": None}]},
    ),
    # The archive's form is left out: every check here comes before the body is read.
    "IngestSemanticProject": Call("POST", f"{API}/semantic-projects/{SEMANTIC_PROJECT}/ingest"),
    "IngestSemanticModel": Call("POST", f"{API}/semantic-models/{SEMANTIC_PROJECT}/ingest"),
    "UpdateSemanticProject": Call("PATCH", f"{API}/semantic-projects/{SEMANTIC_PROJECT}", {"updates": []}),
    "UpdateSemanticModel": Call("PATCH", f"{API}/semantic-models/{SEMANTIC_PROJECT}", {"updates": []}),
    "ListDraftGuides": Call("GET", f"{API}/guides/draft/list"),
    "UpsertGuideDraft": Call(
        "PUT", f"{API}/guides/draft", {"files": [{"filePath": "a.md", "contents": "x"}]}
    ),
    "PublishGuideDrafts": Call("POST", f"{API}/guides/publish", {"orgGuideFileIds": [HEX_MD]}),
    "DeleteGuideDraft": Call("DELETE", f"{API}/guides/draft/{HEX_MD}"),
    "ExportProject": Call("POST", f"{API}/projects/export", {"projectId": SECRET}),
    "GetCellOutput": Call("GET", f"{API}/cells/{SECRET_QUERY}/output"),
    "GetChartImageFromLogic": Call("GET", f"{API}/cells/{SECRET_CHART}/image"),
    "CreatePresignedUrl": Call("POST", f"{API}/embedding/createPresignedUrl/{SECRET}", {}),
    "CreateThread": Call("POST", f"{API}/threads", {"prompt": "Summarise it", "projectId": SECRET}),
    "ContinueThread": Call("POST", f"{API}/threads/{ANA_THREAD}/followup", {"prompt": "And then?"}),
    "GetThread": Call("GET", f"{API}/threads/{ANA_THREAD}"),
    "GetThreadMessages": Call("GET", f"{API}/threads/{ANA_THREAD}/messages"),
    "ListThreads": Call("GET", f"{API}/threads"),
    "ListTopics": Call("GET", f"{API}/context/topics"),
    "GetSuggestions": Call("GET", f"{API}/suggestions"),
    "GetSuggestion": Call("GET", f"{API}/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}"),
    "UpdateSuggestion": Call(
        "POST", f"{API}/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}", {"status": "COMPLETED"}
    ),
    "UpdateSuggestionUpdate": Call(
        "POST",
        f"{API}/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}/changes/{CUSTOMERS_FILE_CHANGE}",
        {"updateTarget": "FILE_UPDATE", "status": "COMPLETED"},
    ),
    "TriggerSuggestionReview": Call("POST", f"{API}/suggestions/{ACTIVE_CUSTOMER_SUGGESTION}/review"),
    "BatchUpdateComputeProfile": Call(
        "POST",
        f"{API}/projects/compute-profile/batch",
        {"projectIds": [SECRET], "computeProfile": {"image": "python-3.11", "size": "large"}},
    ),
}
# A multi-target write answers 200 and lists the projects it refused in `errors` (tests/resources/
# test_compute_profiles.py checks that a stranger's request leaves the project as it was).
MULTI_TARGET = frozenset({"BatchUpdateComputeProfile"})
PROJECT_SCOPED = sorted(
    name
    for name, call in TABLE.items()
    if name not in MULTI_TARGET
    and any(
        secret in json.dumps(call.__dict__) for secret in (SECRET, SECRET_NOTES, SECRET_QUERY, SECRET_CHART)
    )
)


@dataclass
class World:
    mock: HexMock
    client: TestClient
    run: str

    def send(self, operation_id: str, token: str | None) -> httpx.Response:
        call = TABLE[operation_id]
        headers = bearer(token) if token is not None else {}
        path = call.path.replace(RUN, self.run)
        response: httpx.Response = self.client.request(call.method, path, json=call.body, headers=headers)
        return response


@pytest.fixture
def world() -> Iterator[World]:
    mock = HexMock(fixtures="demo", validate_responses=True, rate_limits=NO_RATE_LIMITS)
    mock.load_fixtures(FIXTURES)
    mock.set_run_progression("immediate")
    with TestClient(mock.app, base_url="http://mock.test") as client:
        run = client.post(f"{P}/runs", json={}, headers=bearer(OWNER))
        assert run.status_code == 201, run.text
        yield World(mock, client, run.json()["runId"])


def test_the_table_has_every_operation_of_the_spec() -> None:
    assert sorted(TABLE) == sorted(OPERATIONS)
    for operation_id, call in TABLE.items():
        assert call.method == OPERATIONS[operation_id].method.upper(), operation_id
    assert len(PROJECT_SCOPED) == 26


BAD_CREDENTIALS = {
    "missing": None,
    "empty": "",
    "unknown": "hxtp_not_a_token_anyone_has",
    "revoked": "hxtp_demo_eve_revoked",
    "expired": "hxtp_demo_eve_expired",
    "deactivated user": "hxtp_demo_old_deactivated",
    "a workspace lookalike": "hxtw_demo_readonly_",
}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_refuses_bad_credentials_with_401(world: World, operation_id: str) -> None:
    before = world.mock.dump()
    for name, token in BAD_CREDENTIALS.items():
        response = world.send(operation_id, token)
        assert response.status_code == 401, f"{operation_id} with a {name} token: {response.status_code}"
        assert response.text == "Unauthorized"
        assert response.headers["www-authenticate"].startswith("Bearer")
    call = TABLE[operation_id]
    other_scheme = world.client.request(
        call.method, call.path.replace(RUN, world.run), headers={"Authorization": "Basic aHhicDpkZW1v"}
    )
    assert other_scheme.status_code == 401
    assert world.mock.dump() == before


def _workspace_token(world: World, scopes: frozenset[str]) -> str:
    token = world.mock.workspace.issue_token(ANA, kind="workspace", scopes=scopes)
    assert token.secret is not None
    return token.secret


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_a_workspace_token_needs_the_operations_scopes(world: World, operation_id: str) -> None:
    needed = OPERATIONS[operation_id].scopes
    if not needed:
        assert operation_id == "Me"  # how any token checks itself
        assert world.send(operation_id, _workspace_token(world, frozenset())).status_code == 200
        return
    before = world.mock.dump(), len(world.mock.workspace.tokens)
    for missing in needed:
        refused = world.send(operation_id, _workspace_token(world, ALL_SCOPES - {missing}))
        assert refused.status_code == 403, f"{operation_id} without {missing}: {refused.status_code}"
        assert f"token lacks the scope {missing}" in refused.text
    state = world.mock.dump()
    assert {key: value for key, value in state.items() if key != "tokens"} == {
        key: value for key, value in before[0].items() if key != "tokens"
    }
    allowed = world.send(operation_id, _workspace_token(world, needed))
    assert "token lacks the scope" not in allowed.text


@pytest.mark.parametrize("stranger", sorted(STRANGERS))
@pytest.mark.parametrize("operation_id", PROJECT_SCOPED)
def test_a_project_not_shared_with_a_user_is_closed_to_them(
    world: World, operation_id: str, stranger: str
) -> None:
    before = world.mock.dump()
    refused = world.send(operation_id, STRANGERS[stranger])
    assert refused.status_code in (403, 404), (
        f"{stranger} on {operation_id}: {refused.status_code} {refused.text}"
    )
    assert SECRET_NOTES not in refused.text
    assert "Private" not in refused.text
    assert world.mock.dump() == before, f"{stranger} changed the project through {operation_id}"
    # The same call by the owner is not refused: the refusal was about access, not the request.
    allowed = world.send(operation_id, OWNER)
    assert allowed.status_code not in (401, 403, 404), f"owner on {operation_id}: {allowed.text}"


# --- secrets stay secret -------------------------------------------------------------------------


def test_tokens_are_compared_in_constant_time(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)  # auth.py calls hmac.compare_digest
    assert world.send("Me", OWNER).status_code == 200
    assert compared, "authentication must go through hmac.compare_digest"


@pytest.mark.live
def test_no_secret_reaches_logs_the_journal_or_the_dump(tmp_path: Path) -> None:
    secrets = {
        "personal": "hxtp_" + "p4ssw0rdlike" * 3,
        "workspace": "hxtw_" + "w0rkspacesecret" * 3,
        "revoked": "hxtp_" + "r3voked" * 5,
        "admin": "mock-admin-" + "s3cret" * 5,
        "state": "hxtp_" + "st4te" * 6,
        "connection": "c0nnection-passw0rd" * 2,
        "private key": "-----BEGIN PRIVATE KEY-----" + "k3y" * 10,
    }
    fixtures = tmp_path / "fixtures.yaml"
    fixtures.write_text(
        yaml.safe_dump(
            {
                "users": [{"email": "a@example.com", "role": "ADMIN"}],
                "tokens": [
                    {"secret": secrets["personal"], "user": "a@example.com"},
                    {"secret": secrets["workspace"], "user": "a@example.com", "scopes": ["projects:read"]},
                    {"secret": secrets["revoked"], "user": "a@example.com", "revoked": True},
                ],
            }
        )
    )
    arguments = ["--fixtures", str(fixtures), "--log-level", "debug", "--control-plane"]
    arguments += ["--admin-token", secrets["admin"], "--state-file", str(tmp_path / "state.json")]
    server = ProcessServer(*arguments).start()
    try:
        with httpx.Client(base_url=server.base_url) as client:
            for token in secrets.values():
                client.get(f"{API}/users/me", headers=bearer(token))
                client.get(f"{API}/projects?token={token}&access_token={token}", headers=bearer(token))
                client.post(
                    f"{API}/groups",
                    json={"name": "g", "apiToken": token},
                    headers=bearer(secrets["personal"]),
                )
                client.post(f"{API}/groups", content=b"{", headers=bearer(token))
                client.get(f"{API}/users/me", headers={"Authorization": token})  # scheme forgotten
            postgres = {"username": "u", "database": "d", "port": 5432, "hostname": "h"}
            created = client.post(
                f"{API}/data-connections",
                json={
                    "name": "Warehouse",
                    "type": "postgres",
                    "connectionDetails": {"postgres": {**postgres, "password": secrets["connection"]}},
                },
                headers=bearer(secrets["personal"]),
            )
            assert created.status_code == 201, created.text
            edited = client.patch(
                f"{API}/data-connections/{created.json()['id']}",
                json={"connectionDetails": {"snowflake": {"privateKey": secrets["private key"]}}},
                headers=bearer(secrets["personal"]),
            )
            assert edited.status_code == 422  # refused, and still never journalled, logged or saved
            admin = bearer(secrets["admin"])
            journal = client.get("/__mock__/journal", headers=admin)
            state = client.get("/__mock__/state", headers=admin)
            assert journal.status_code == state.status_code == 200
    finally:
        output = server.stop()
    assert "DEBUG" in output or "debug" in output.lower() or output  # the server did log something
    stored = (tmp_path / "state.json").read_text()
    for name, secret in secrets.items():
        for where, text in (
            ("logs", output),
            ("journal", journal.text),
            ("dump", state.text),
            ("state file", stored),
        ):
            assert secret not in text, f"the {name} token appears in the {where}"


def test_no_secret_reaches_the_loggers_in_process(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    mock = world.mock
    with (
        ThreadServer(mock.app, log_level="debug") as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        for token in (OWNER, "hxtp_demo_eve_revoked", "hxtp_unknown_secret_value"):
            client.get(f"{API}/users/me", headers=bearer(token))
            client.get(f"{API}/projects?password={token}", headers=bearer(token))
            client.post(
                f"{API}/groups",
                content=b'{"name": 1}',
                headers=bearer(token) | {"content-type": "text/plain"},
            )
    server_side = ("hex_mock", "uvicorn", "starlette", "asyncio")  # not the test's own httpx client
    logged = "\n".join(
        record.getMessage() for record in caplog.records if record.name.startswith(server_side)
    )
    assert any(record.name.startswith("uvicorn") for record in caplog.records)  # the capture works
    text = logged + json.dumps([entry.__dict__ for entry in mock.journal()]) + json.dumps(mock.dump())
    for token in (OWNER, "hxtp_demo_eve_revoked", "hxtp_unknown_secret_value"):
        assert token not in text
