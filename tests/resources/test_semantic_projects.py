"""Semantic projects through HTTP: ingesting a zip archive (multipart/form-data) within its limits,
and setting statuses on the ingested datasets and views, on both path spellings.

Demo (hex_mock/demo.yaml): "Revenue model" with datasets orders and customers and the view revenue.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.resources import semantic_projects
from hex_mock.store import SemanticProject, Workspace
from tests.resources.conftest import EDITOR, bearer
from tests.resources.demo_ids import SEMANTIC_PROJECT, UNKNOWN

PREFIXES = ["/api/v1/semantic-projects", "/api/v1/semantic-models"]


def archive(files: Mapping[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zipped:
        for path, content in files.items():
            zipped.writestr(path, content)
    return buffer.getvalue()


MODEL = {
    "datasets/orders.yml": (
        "id: orders\ndimensions:\n  - {id: order_id, type: number}\n  - {id: ordered_at, type: timestamp}\n"
    ),
    "datasets/accounts.yaml": "base_sql_table: analytics.public.accounts\n",
    "views/revenue.yml": "id: revenue\nbase_dataset: orders\n",
    "README.md": "# Revenue model\n",
}


def ingest(
    client: TestClient, data: bytes, prefix: str = PREFIXES[0], project: str = SEMANTIC_PROJECT, **form: str
) -> Any:
    return client.post(
        f"{prefix}/{project}/ingest", files={"file": ("model.zip", data, "application/zip")}, data=form
    )


def project(workspace: Workspace) -> SemanticProject:
    found = workspace.semantic_projects.get(SEMANTIC_PROJECT)
    assert found is not None
    return found


@pytest.mark.parametrize("prefix", PREFIXES)
def test_ingest_replaces_datasets_and_views(client: TestClient, workspace: Workspace, prefix: str) -> None:
    response = ingest(client, archive(MODEL), prefix, debug="true")

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["contents"] == ["dataset:accounts", "dataset:orders", "view:revenue"]
    assert body["skipped"] == {"README.md": "not a YAML file"}
    assert body["debug"]["metricflowModelSchemas"]["orders"] == {
        "order_id": "number",
        "ordered_at": "timestamp",
    }
    assert (project(workspace).datasets, project(workspace).views) == (["accounts", "orders"], ["revenue"])


def test_dry_run_and_quiet_ingest(client: TestClient, workspace: Workspace) -> None:
    response = ingest(client, archive(MODEL), dryRun="true", verbose="false")
    assert response.status_code == 201
    assert response.json()["contents"] == []
    assert project(workspace).datasets == ["orders", "customers"]


def test_statuses_survive_for_what_remains(client: TestClient, workspace: Workspace) -> None:
    patch = {
        "updates": [
            {"type": "DATASET", "name": "orders", "status": "Certified"},
            {"type": "DATASET", "name": "customers", "status": "Certified"},
        ]
    }
    assert client.patch(f"{PREFIXES[0]}/{SEMANTIC_PROJECT}", json=patch).status_code == 200

    response = ingest(client, archive(MODEL))

    assert project(workspace).statuses == {"DATASET": {"orders": "Certified"}}
    assert response.json()["warnings"] == [
        "the status of dataset 'customers' was dropped: the archive no longer defines it"
    ]


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"not a zip at all", "is not a zip archive"),
        (archive(MODEL)[:-30], "is not a zip archive"),
    ],
)
def test_a_corrupt_archive_is_a_clear_400(
    client: TestClient, workspace: Workspace, data: bytes, detail: str
) -> None:
    response = ingest(client, data)
    assert response.status_code == 400
    assert response.json()["reason"] == "Invalid semantic project archive"
    assert detail in response.json()["details"]
    assert project(workspace).datasets == ["orders", "customers"]


def test_a_damaged_entry_is_a_400(client: TestClient) -> None:
    data = bytearray(archive({"datasets/orders.yml": "id: orders\n" * 50}))
    data[40:44] = b"XXXX"  # inside the first entry's compressed bytes
    response = ingest(client, bytes(data))
    assert response.status_code == 400
    assert "cannot be read" in response.json()["details"]


def test_zip_bombs_are_refused_before_expanding(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    size = 200_000
    assert size > semantic_projects.RATIO_CHECKED_FROM_BYTES
    bomb = archive({"datasets/big.yml": b"a" * size})
    response = ingest(client, bomb)
    assert response.status_code == 400
    assert "compressed more than 100 to 1" in response.json()["details"]

    monkeypatch.setattr(semantic_projects, "MAX_ARCHIVE_ENTRIES", 2)
    assert "more than 2" in ingest(client, archive(MODEL)).json()["details"]
    monkeypatch.setattr(semantic_projects, "MAX_UNCOMPRESSED_BYTES", 100)
    assert (
        "more than 100"
        in ingest(client, archive({"views/a.yml": "x" * 101}, zipfile.ZIP_STORED)).json()["details"]
    )


def test_yaml_problems_stop_the_ingest(client: TestClient, workspace: Workspace) -> None:
    files = {**MODEL, "views/broken.yml": "id: [unclosed\n", "datasets/bomb.yml": "a: &x [1]\nb: *x\n"}
    response = ingest(client, archive(files))
    assert response.status_code == 400
    problems = response.json()["problems"]
    assert [problem["cause_paths"] for problem in problems] == [
        [["datasets/bomb.yml"]],
        [["views/broken.yml"]],
    ]
    assert "aliases" in problems[0]["message"]
    assert project(workspace).datasets == ["orders", "customers"]


def test_ingest_refusals(client: TestClient) -> None:
    assert ingest(client, archive(MODEL), project=UNKNOWN).status_code == 404
    assert ingest(client, archive(MODEL), **{"dryRun": "maybe"}).status_code == 400
    as_json = client.post(f"{PREFIXES[0]}/{SEMANTIC_PROJECT}/ingest", json={"dryRun": True})
    assert as_json.status_code == 415
    no_file = client.post(
        f"{PREFIXES[0]}/{SEMANTIC_PROJECT}/ingest", files={"other": ("a", b"b")}, data={"verbose": "true"}
    )
    assert no_file.status_code == 400
    assert "file" in no_file.json()["details"]
    editor = client.post(
        f"{PREFIXES[0]}/{SEMANTIC_PROJECT}/ingest",
        files={"file": ("m.zip", archive(MODEL))},
        headers=bearer(EDITOR),
    )
    assert editor.status_code == 403


def test_ingest_is_limited_to_three_a_minute(client: TestClient) -> None:
    statuses = [ingest(client, archive(MODEL), dryRun="true").status_code for _ in range(4)]
    assert statuses == [201, 201, 201, 429]


def test_the_journal_describes_the_upload_without_its_bytes(client: TestClient) -> None:
    ingest(client, archive(MODEL), dryRun="true")
    (entry,) = client.app.state.runtime.journal.entries()  # type: ignore[attr-defined]
    assert entry.body["file"].startswith("[file model.zip: ")
    assert entry.body["dryRun"] is True


@pytest.mark.parametrize("prefix", PREFIXES)
def test_update_statuses_all_or_nothing(client: TestClient, workspace: Workspace, prefix: str) -> None:
    url = f"{prefix}/{SEMANTIC_PROJECT}"
    good = {"type": "VIEW", "name": "revenue", "status": "Certified"}
    refused = client.patch(
        url, json={"updates": [good, {"type": "DATASET", "name": "orders", "status": "Gold"}]}
    )
    assert refused.status_code == 400
    assert refused.json()["details"] == [
        {"name": "orders", "type": "DATASET", "reason": "invalid_status", "value": "Gold"}
    ]
    assert project(workspace).statuses == {}

    missing = client.patch(url, json={"updates": [{"type": "VIEW", "name": "orders", "status": None}]})
    assert missing.status_code == 404
    assert missing.json()["details"] == [{"name": "orders", "type": "VIEW", "reason": "not_found"}]

    done = client.patch(url, json={"updates": [good]})
    assert done.json() == {"updated": {"views": [{"status": "Certified", "name": "revenue"}], "datasets": []}}
    assert project(workspace).statuses == {"VIEW": {"revenue": "Certified"}}
    assert client.patch(f"{prefix}/{UNKNOWN}", json={"updates": [good]}).status_code == 404
