"""Data connections through the generated client: list, read, create and edit with typed connection
details (secrets write-only), and catalog statuses."""

from __future__ import annotations

import json

import pytest

from hex_api_client import AuthenticatedClient
from hex_api_client.api.data_connections import get_data_connection, list_data_connections
from hex_api_client.models import (
    CreateDataConnectionRequest,
    DataConnection,
    DataConnectionList,
    DataConnectionSchemaRefreshAccess,
    DataConnectionSortBy,
    DataConnectionType,
    EditDataConnectionRequest,
    NewSnowflakeConnection,
    NewSnowflakeConnectionDetails,
    PostgresConnectionDetails,
    SchemaObjectType,
    SchemaObjectUpdate,
    SnowflakeConnectionDetails,
    SnowflakeConnectionDetailsChange,
    SnowflakeConnectionDetailsChangeSnowflake,
    SortDirection,
    UpdateDataConnectionSchemaRequest,
)
from hex_mock.mock import HexMock
from tests.client.conftest import Sdk
from tests.client.support import PRODUCT_DATABASE, WAREHOUSE, expect


def test_list_data_connections(client: AuthenticatedClient) -> None:
    listing = expect(
        list_data_connections.sync(
            client=client, sort_by=DataConnectionSortBy.NAME, sort_direction=SortDirection.DESC
        ),
        DataConnectionList,
    )

    # Each item is the full DataConnection (tried first in the anyOf), not the summary.
    warehouse, product = (expect(item, DataConnection) for item in listing.values)
    assert (warehouse.id, warehouse.type_) == (WAREHOUSE, DataConnectionType.SNOWFLAKE)
    assert (product.id, product.type_) == (PRODUCT_DATABASE, DataConnectionType.POSTGRES)
    postgres = expect(product.connection_details, PostgresConnectionDetails).postgres
    assert (postgres.hostname, postgres.port, postgres.database) == (
        "db.internal.example.com",
        5432,
        "product",
    )


def test_get_data_connection(client: AuthenticatedClient) -> None:
    connection = expect(get_data_connection.sync(WAREHOUSE, client=client), DataConnection)

    assert (connection.name, connection.description) == ("Warehouse", "The analytics warehouse")
    snowflake = expect(connection.connection_details, SnowflakeConnectionDetails).snowflake
    assert (snowflake.account_name, snowflake.warehouse, snowflake.role) == (
        "acme-xy12345",
        "ANALYTICS_WH",
        "ANALYST",
    )
    assert (connection.connect_via_ssh, connection.include_magic, connection.allow_writeback_cells) == (
        False,
        True,
        False,
    )
    assert connection.schema_refresh_access is DataConnectionSchemaRefreshAccess.USERS_WITH_QUERY_ACCESS


@pytest.mark.anyio
async def test_create_edit_and_set_catalog_statuses_through_the_sdk(sdk: Sdk, mock: HexMock) -> None:
    body = CreateDataConnectionRequest(
        name="Events",
        type_=DataConnectionType.SNOWFLAKE,
        connection_details=NewSnowflakeConnectionDetails(
            snowflake=NewSnowflakeConnection(
                username="HEX",
                database="EVENTS",
                warehouse="WH",
                account_name="acme",
                private_key="-----BEGIN PRIVATE KEY-----",
                passphrase="key passphrase",
            )
        ),
    )
    created = await sdk.call(sdk.client.data_connections.create(body=body))
    snowflake = expect(created.connection_details, SnowflakeConnectionDetails).snowflake
    assert "privateKey" not in snowflake.to_dict()
    assert snowflake.additional_properties == {}

    change = EditDataConnectionRequest(
        connection_details=SnowflakeConnectionDetailsChange(
            snowflake=SnowflakeConnectionDetailsChangeSnowflake(warehouse="BIG_WH", passphrase="rotated")
        )
    )
    edited = await sdk.call(sdk.client.data_connections.edit(created.id, body=change))
    assert expect(edited.connection_details, SnowflakeConnectionDetails).snowflake.warehouse == "BIG_WH"
    assert "rotated" not in json.dumps(mock.dump(), default=str)

    updates = UpdateDataConnectionSchemaRequest(
        updates=[
            SchemaObjectUpdate(type_=SchemaObjectType.SCHEMA, name="analytics.public", status="Certified")
        ]
    )
    result = await sdk.call(sdk.client.data_connections.update_schema(WAREHOUSE, body=updates))
    assert [(item.name, item.status) for item in result.updated.schemas] == [
        ("analytics.public", "Certified")
    ]
