"""Data connections through HTTP: listing, reading, sharing, and never a secret in a response.

Demo connections (hex_mock/demo.yaml): "Warehouse" (snowflake, created 2024-01-15) and "Product
database" (postgres, created 2024-01-16), both QUERY for workspace members.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.store import DataConnection, Workspace
from tests.resources.conftest import EXPLORER, GUEST, bearer
from tests.resources.demo_ids import DATA_TEAM, MARKETING_GROUP, UNKNOWN, WAREHOUSE

PRODUCT_DB = "d9a926d9-99d3-4efb-8a20-7a0a55e7276e"


def names(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/v1/data-connections", params=params)
    assert response.status_code == 200, response.text
    return [connection["name"] for connection in response.json()["values"]]


def test_get_data_connection_in_full(client: TestClient) -> None:
    response = client.get(f"/api/v1/data-connections/{WAREHOUSE}")

    assert response.status_code == 200
    assert response.json() == {
        "id": WAREHOUSE,
        "name": "Warehouse",
        "type": "snowflake",
        "description": "The analytics warehouse",
        "connectionDetails": {
            "snowflake": {
                "accountName": "acme-xy12345",
                "warehouse": "ANALYTICS_WH",
                "database": "ANALYTICS",
                "schema": "PUBLIC",
                "role": "ANALYST",
                "username": "hex_service",
            }
        },
        "connectViaSsh": False,
        "includeMagic": True,
        "allowWritebackCells": False,
        "schemaRefreshAccess": "USERS_WITH_QUERY_ACCESS",
        "sharing": {"workspace": {"public": "NONE", "guests": "NONE", "members": "QUERY"}, "groups": []},
    }


def test_a_connection_without_description_omits_it(client: TestClient) -> None:
    body = client.get(f"/api/v1/data-connections/{PRODUCT_DB}").json()

    assert "description" not in body
    assert body["connectionDetails"] == {
        "postgres": {
            "hostname": "db.internal.example.com",
            "port": 5432,
            "database": "product",
            "username": "readonly",
        }
    }


@pytest.mark.parametrize(
    ("connection_type", "details", "secrets"),
    [
        ("postgres", {"hostname": "h", "password": "hunter2"}, ["password"]),
        (
            "snowflake",
            {"username": "u", "privateKey": "-----BEGIN", "passphrase": "p"},
            ["privateKey", "passphrase"],
        ),
        ("databricks", {"jdbcUrl": "jdbc:x", "accessToken": "dapi123"}, ["accessToken"]),
        ("bigquery", {"projectId": "p", "serviceAccountJsonConfig": "{}"}, ["serviceAccountJsonConfig"]),
        ("athena", {"accessKeyId": "AKIA", "secretAccessKey": "s"}, ["secretAccessKey"]),
        ("redshift", {"host": "h", "password": "p", "sslRootCert": "c"}, ["password", "sslRootCert"]),
        ("trino", {"hostname": "h", "password": "p", "apiToken": "t"}, ["password", "apiToken"]),
    ],
)
def test_secrets_stored_with_a_connection_are_never_returned(
    client: TestClient,
    workspace: Workspace,
    connection_type: str,
    details: dict[str, Any],
    secrets: list[str],
) -> None:
    connection = DataConnection(
        id=UNKNOWN,
        name="With secrets",
        type=connection_type,
        created_at=datetime(2024, 5, 1, tzinfo=UTC),
        connection_details=details,
    )
    workspace.data_connections.put(connection.id, connection)

    one = client.get(f"/api/v1/data-connections/{UNKNOWN}").json()
    listed = client.get("/api/v1/data-connections").json()["values"]

    for rendered in (one, next(item for item in listed if item["id"] == UNKNOWN)):
        settings = rendered["connectionDetails"][connection_type]
        assert not set(secrets) & set(settings)
        assert set(settings) == set(details) - set(secrets)


def test_group_sharing_names_the_groups_that_still_exist(client: TestClient, workspace: Workspace) -> None:
    connection = workspace.data_connections.get(WAREHOUSE)
    assert connection is not None
    connection.group_access = {
        **connection.group_access,
        **{MARKETING_GROUP: "VIEW_RESULTS", DATA_TEAM: "QUERY", UNKNOWN: "QUERY"},
    }
    connection.workspace_sharing = {"members": "VIEW_RESULTS", "guests": "QUERY"}

    sharing = client.get(f"/api/v1/data-connections/{WAREHOUSE}").json()["sharing"]

    assert sharing == {
        "workspace": {"public": "NONE", "guests": "QUERY", "members": "VIEW_RESULTS"},
        "groups": [
            {"access": "QUERY", "group": {"name": "Data team", "id": DATA_TEAM}},
            {"access": "VIEW_RESULTS", "group": {"name": "Marketing", "id": MARKETING_GROUP}},
        ],
    }


def test_list_data_connections_by_name_in_full_form(client: TestClient) -> None:
    response = client.get("/api/v1/data-connections")

    assert response.status_code == 200
    body = response.json()
    assert [c["name"] for c in body["values"]] == ["Product database", "Warehouse"]
    assert body["values"][1] == client.get(f"/api/v1/data-connections/{WAREHOUSE}").json()
    assert body["pagination"] == {"after": None, "before": None}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sortDirection": "DESC"}, ["Warehouse", "Product database"]),
        ({"sortBy": "CREATED_AT"}, ["Warehouse", "Product database"]),
        ({"sortBy": "CREATED_AT", "sortDirection": "DESC"}, ["Product database", "Warehouse"]),
    ],
)
def test_list_data_connections_sorting(
    client: TestClient, params: dict[str, str], expected: list[str]
) -> None:
    assert names(client, **params) == expected


def test_list_data_connections_pages(client: TestClient) -> None:
    first = client.get("/api/v1/data-connections", params={"limit": 1}).json()
    second = client.get(
        "/api/v1/data-connections", params={"limit": 1, "after": first["pagination"]["after"]}
    ).json()

    assert [c["name"] for c in first["values"] + second["values"]] == ["Product database", "Warehouse"]
    assert second["pagination"] == {"after": None, "before": second["pagination"]["before"]}
    assert second["pagination"]["before"] is not None


def test_get_unknown_data_connection_is_404(client: TestClient) -> None:
    response = client.get(f"/api/v1/data-connections/{UNKNOWN}")

    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_guests_cannot_read_data_connections(client: TestClient) -> None:
    listing = client.get("/api/v1/data-connections", headers=bearer(GUEST))
    one = client.get(f"/api/v1/data-connections/{WAREHOUSE}", headers=bearer(GUEST))

    assert (listing.status_code, one.status_code) == (403, 403)


def test_explorers_can_read_data_connections(client: TestClient) -> None:
    assert client.get(f"/api/v1/data-connections/{WAREHOUSE}", headers=bearer(EXPLORER)).status_code == 200
