"""Data connections through the generated client: list and read, with typed connection details."""

from __future__ import annotations

from hex_api_client import AuthenticatedClient
from hex_api_client.api.data_connections import get_data_connection, list_data_connections
from hex_api_client.models import (
    DataConnection,
    DataConnectionList,
    DataConnectionSchemaRefreshAccess,
    DataConnectionSortBy,
    DataConnectionType,
    PostgresConnectionDetails,
    SnowflakeConnectionDetails,
    SortDirection,
)
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
