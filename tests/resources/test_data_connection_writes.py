"""Data connection writes through HTTP: creating and editing connections with write-only secrets, and
setting statuses in a connection's catalog, all or nothing.

Demo catalog (hex_mock/demo.yaml): "Warehouse" holds analytics.public.{orders, customers, regions}.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.testclient import TestClient

from hex_mock.journal import REDACTED, is_secret_key
from hex_mock.persistence import workspace_data
from hex_mock.spec import load_spec
from hex_mock.store import DataConnection, Workspace
from tests.resources.conftest import ADMIN, EDITOR, MANAGER, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import DATA_TEAM, UNKNOWN, WAREHOUSE

SECRET = "correct-horse-battery-staple"
POSTGRES: dict[str, Any] = {
    "name": "Reporting replica",
    "type": "postgres",
    "connectionDetails": {
        "postgres": {
            "username": "hex_reader",
            "password": SECRET,
            "database": "reporting",
            "port": 5432,
            "hostname": "replica.example.com",
        }
    },
}


def create(client: TestClient, body: dict[str, Any] = POSTGRES, token: str = ADMIN) -> Any:
    return client.post("/api/v1/data-connections", json=body, headers=bearer(token))


def test_create_returns_the_connection_without_its_secrets(client: TestClient) -> None:
    response = create(client)

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["connectionDetails"] == {
        "postgres": {
            "username": "hex_reader",
            "database": "reporting",
            "port": 5432,
            "hostname": "replica.example.com",
        }
    }
    assert created["sharing"]["workspace"] == {"public": "NONE", "guests": "NONE", "members": "QUERY"}
    assert client.get(f"/api/v1/data-connections/{created['id']}").json() == created
    listed = client.get("/api/v1/data-connections", params={"limit": 100}).json()["values"]
    assert created["id"] in [item["id"] for item in listed]


def test_a_secret_is_never_echoed_journalled_or_dumped_in_clear(
    client: TestClient, workspace: Workspace
) -> None:
    created = create(client).json()
    edit = {"connectionDetails": {"postgres": {"password": "rotated-" + SECRET}}}
    assert client.patch(f"/api/v1/data-connections/{created['id']}", json=edit).status_code == 201

    journal = client.app.state.runtime.journal  # type: ignore[attr-defined]
    entries = [(entry.body, entry.response) for entry in journal.entries()]
    assert SECRET not in json.dumps(entries)
    assert entries[0][0]["connectionDetails"]["postgres"]["password"] == REDACTED
    assert SECRET not in json.dumps(workspace_data(workspace), default=str)
    stored = workspace.data_connections.get(created["id"])
    assert stored is not None
    assert "password" not in stored.connection_details
    assert set(stored.secret_digests) == {"password"}


def test_fixture_secrets_are_kept_only_as_digests(workspace: Workspace) -> None:
    warehouse = workspace.data_connections.get(WAREHOUSE)
    assert warehouse is not None
    assert not set(warehouse.connection_details) & {"password", "privateKey", "passphrase"}


def test_connection_details_must_be_of_the_connection_type(client: TestClient, workspace: Workspace) -> None:
    before = len(workspace.data_connections)
    body = {**POSTGRES, "type": "snowflake"}

    response = create(client, body)

    assert response.status_code == 422
    assert "connectionDetails" in response.json()["details"]
    assert len(workspace.data_connections) == before


def test_details_under_a_second_type_are_refused(client: TestClient) -> None:
    athena = {
        "athena": {
            "secretAccessKey": "key",
            "accessKeyId": "id",
            "s3OutputPath": "s3://out/",
            "port": 443,
            "hostname": "athena.example.com",
        }
    }
    body = {**POSTGRES, "connectionDetails": {**POSTGRES["connectionDetails"], **athena}}
    response = create(client, body)
    assert response.status_code == 422
    assert "athena, postgres" in response.json()["details"]


def test_missing_required_settings_are_refused(client: TestClient) -> None:
    body = {**POSTGRES, "connectionDetails": {"postgres": {"username": "hex_reader"}}}
    response = create(client, body)
    assert response.status_code == 422
    assert set(response.json()) == {"reason", "details", "traceId"}


def test_only_admins_and_managers_write_connections(client: TestClient) -> None:
    assert create(client, token=EDITOR).status_code == 403
    assert create(client, token=MANAGER).status_code == 201
    refused = create(client, token=READONLY_WORKSPACE)
    assert refused.status_code == 403
    assert "data_connections:write" in refused.json()["details"]


def test_unknown_group_is_404_and_nothing_is_created(client: TestClient, workspace: Workspace) -> None:
    before = len(workspace.data_connections)
    body = {**POSTGRES, "sharing": {"groups": [{"access": "QUERY", "group": {"id": UNKNOWN}}]}}
    response = create(client, body)
    assert response.status_code == 404
    assert UNKNOWN in response.json()["details"]
    assert len(workspace.data_connections) == before


def test_edit_merges_settings_and_sharing(client: TestClient) -> None:
    created = create(
        client, {**POSTGRES, "sharing": {"groups": [{"access": "QUERY", "group": {"id": DATA_TEAM}}]}}
    ).json()
    edit = {
        "name": "Replica",
        "connectionDetails": {"postgres": {"hostname": "replica2.example.com"}},
        "schemaRefreshSchedule": {"cadence": "HOURLY", "enabled": True},
        "sharing": {
            "workspace": {"guests": "VIEW_RESULTS"},
            "groups": {"upsert": [{"access": "NONE", "group": {"id": DATA_TEAM}}]},
        },
    }

    response = client.patch(f"/api/v1/data-connections/{created['id']}", json=edit)

    assert response.status_code == 201, response.text
    edited = response.json()
    assert edited["name"] == "Replica"
    assert edited["connectionDetails"]["postgres"]["hostname"] == "replica2.example.com"
    assert edited["connectionDetails"]["postgres"]["database"] == "reporting"
    assert edited["schemaRefreshSchedule"] == {"cadence": "HOURLY", "enabled": True}
    assert edited["sharing"] == {
        "workspace": {"public": "NONE", "guests": "VIEW_RESULTS", "members": "QUERY"},
        "groups": [],
    }
    cleared = client.patch(
        f"/api/v1/data-connections/{created['id']}", json={"schemaRefreshSchedule": None}
    ).json()
    assert "schemaRefreshSchedule" not in cleared


def test_edit_with_details_of_another_type_changes_nothing(client: TestClient, workspace: Workspace) -> None:
    edit = {"name": "Renamed", "connectionDetails": {"postgres": {"hostname": "elsewhere"}}}
    response = client.patch(f"/api/v1/data-connections/{WAREHOUSE}", json=edit)
    assert response.status_code == 422
    warehouse = workspace.data_connections.get(WAREHOUSE)
    assert warehouse is not None
    assert warehouse.name == "Warehouse"


def test_edit_unknown_connection_is_404(client: TestClient) -> None:
    assert client.patch(f"/api/v1/data-connections/{UNKNOWN}", json={"name": "x"}).status_code == 404


def test_renaming_shows_in_queried_tables(client: TestClient, workspace: Workspace) -> None:
    projects_with_tables = [
        project.id
        for project in workspace.projects
        if client.get(f"/api/v1/projects/{project.id}/queriedTables").json().get("values")
    ]
    assert projects_with_tables
    client.patch(f"/api/v1/data-connections/{WAREHOUSE}", json={"name": "Renamed warehouse"})
    tables = client.get(f"/api/v1/projects/{projects_with_tables[0]}/queriedTables").json()["values"]
    assert "Renamed warehouse" in {table["dataConnectionName"] for table in tables}


# --- UpdateDataConnectionSchema -----------------------------------------------------------------------


def update_schema(client: TestClient, *updates: dict[str, Any], connection: str = WAREHOUSE) -> Any:
    return client.patch(f"/api/v1/data-connections/{connection}/schema", json={"updates": list(updates)})


def statuses(workspace: Workspace) -> Any:
    warehouse = workspace.data_connections.get(WAREHOUSE)
    assert isinstance(warehouse, DataConnection)
    return warehouse.catalog_statuses


def test_statuses_are_set_and_cleared(client: TestClient, workspace: Workspace) -> None:
    status = next(iter(workspace.statuses))
    response = update_schema(
        client,
        {"type": "TABLE", "name": "ANALYTICS.public.orders", "status": status},
        {"type": "SCHEMA", "name": "analytics.public", "status": status},
        {"type": "DATABASE", "name": "analytics", "status": status},
    )

    assert response.status_code == 200, response.text
    assert response.json() == {
        "updated": {
            "tables": [{"status": status, "name": "analytics.public.orders"}],
            "schemas": [{"status": status, "name": "analytics.public"}],
            "databases": [{"status": status, "name": "analytics"}],
        }
    }
    assert statuses(workspace)["TABLE"] == {"analytics.public.orders": status}
    update_schema(client, {"type": "TABLE", "name": "analytics.public.orders", "status": None})
    assert "TABLE" not in statuses(workspace)


def test_one_refused_update_applies_none(client: TestClient, workspace: Workspace) -> None:
    status = next(iter(workspace.statuses))
    response = update_schema(
        client,
        {"type": "TABLE", "name": "analytics.public.orders", "status": status},
        {"type": "TABLE", "name": "analytics.public.customers", "status": "No such status"},
        {"type": "SCHEMA", "name": "analytics", "status": status},
        {"type": "TABLE", "name": "analytics.public.ordres", "status": status},
    )

    assert response.status_code == 400
    assert response.json()["details"] == [
        {
            "name": "analytics.public.customers",
            "type": "TABLE",
            "reason": "invalid_status",
            "value": "No such status",
        },
        {"name": "analytics", "type": "SCHEMA", "reason": "invalid_name_format"},
        {"name": "analytics.public.ordres", "type": "TABLE", "reason": "not_found"},
    ]
    assert statuses(workspace) == {}


def test_only_missing_objects_is_a_404(client: TestClient) -> None:
    response = update_schema(client, {"type": "DATABASE", "name": "nowhere", "status": None})
    assert response.status_code == 404
    assert response.json()["details"] == [{"name": "nowhere", "type": "DATABASE", "reason": "not_found"}]


def test_names_that_fold_together_are_ambiguous(client: TestClient, workspace: Workspace) -> None:
    warehouse = workspace.data_connections.get(WAREHOUSE)
    assert warehouse is not None
    warehouse.tables = [*warehouse.tables, "analytics.public.Orders"]
    response = update_schema(client, {"type": "TABLE", "name": "ANALYTICS.PUBLIC.ORDERS", "status": None})
    assert response.json()["details"][0]["reason"] == "ambiguous_name"


def test_a_catalog_without_databases_refuses_database_updates(
    client: TestClient, workspace: Workspace
) -> None:
    warehouse = workspace.data_connections.get(WAREHOUSE)
    assert warehouse is not None
    warehouse.tables = ["public.orders"]
    response = update_schema(client, {"type": "DATABASE", "name": "analytics", "status": None})
    assert response.json()["details"][0]["reason"] == "database_not_supported"
    assert (
        update_schema(client, {"type": "TABLE", "name": "public.orders", "status": None}).status_code == 200
    )


def _write_only_properties(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for name, schema in (node.get("properties") or {}).items():
            if isinstance(schema, dict) and schema.get("writeOnly"):
                found.add(name)
        for value in node.values():
            found |= _write_only_properties(value)
    elif isinstance(node, list):
        for value in node:
            found |= _write_only_properties(value)
    return found


def test_the_journal_redacts_every_write_only_field_of_the_spec() -> None:
    document = load_spec().document
    write_only = _write_only_properties(document)
    assert {"password", "passphrase", "privateKey", "sslRootCert"} <= write_only
    assert [name for name in sorted(write_only) if not is_secret_key(name)] == []
