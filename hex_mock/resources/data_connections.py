"""Data connections: read-only views of the workspace's warehouse connections, without their secrets.

Every workspace member (not guests) may list and read connections; lists always carry the full form.
A connection's stored settings may include secrets (fixtures can hold a password or a private key, as
a real connection does), so the renderer copies only the settings the spec declares readable for the
connection's type: an allow-list, so a secret under a name nobody anticipated is never sent either.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hex_mock.clock import isoformat
from hex_mock.errors import not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_member
from hex_mock.resources.render import descending, page_args, page_body, text_key
from hex_mock.store import DataConnection, Workspace

# The non-secret settings of each connection type: the properties of the spec's
# `<Type>ConnectionSettings` schemas.
READABLE_SETTINGS: Mapping[str, frozenset[str]] = {
    "athena": frozenset({"accessKeyId", "workgroup", "catalog", "s3OutputPath", "port", "hostname"}),
    "bigquery": frozenset({"enableStorageApi", "enableDriveAccess", "projectId"}),
    "clickhouse": frozenset({"username", "port", "hostname"}),
    "databricks": frozenset({"jdbcUrl"}),
    "postgres": frozenset({"username", "database", "port", "hostname"}),
    "redshift": frozenset({"username", "database", "port", "host"}),
    "snowflake": frozenset({"role", "username", "schema", "database", "warehouse", "accountName"}),
    "trino": frozenset({"sessionProperties", "username", "schema", "catalog", "port", "hostname"}),
}
AUDIENCES = ("public", "guests", "members")

SORT_KEYS: Mapping[str, Callable[[DataConnection], tuple[Any, ...]]] = {
    "NAME": lambda connection: (*text_key(connection.name), connection.id),
    "CREATED_AT": lambda connection: (isoformat(connection.created_at), connection.id),
}


def _connection_details(connection: DataConnection) -> dict[str, Any] | None:
    readable = READABLE_SETTINGS.get(connection.type)
    if readable is None:
        return None
    settings = {key: value for key, value in connection.connection_details.items() if key in readable}
    return {connection.type: settings}


def _sharing(ws: Workspace, connection: DataConnection) -> dict[str, Any]:
    groups = [
        (group, access)
        for group_id, access in connection.group_access.items()
        if (group := ws.groups.get(group_id)) is not None
    ]
    groups.sort(key=lambda pair: (*text_key(pair[0].name), pair[0].id))
    return {
        "workspace": {audience: connection.workspace_sharing.get(audience, "NONE") for audience in AUDIENCES},
        "groups": [
            {"access": access, "group": {"name": group.name, "id": group.id}} for group, access in groups
        ],
    }


def render_connection(ws: Workspace, connection: DataConnection) -> dict[str, Any]:
    """The spec's full `DataConnection` (schema filters and refresh schedules are not modelled)."""
    rendered: dict[str, Any] = {"id": connection.id, "name": connection.name, "type": connection.type}
    if connection.description is not None:
        rendered["description"] = connection.description
    rendered |= {
        "connectionDetails": _connection_details(connection),
        "connectViaSsh": connection.connect_via_ssh,
        "includeMagic": connection.include_magic,
        "allowWritebackCells": connection.allow_writeback_cells,
        "schemaRefreshAccess": connection.schema_refresh_access,
        "sharing": _sharing(ws, connection),
    }
    return rendered


@handles("ListDataConnections")
def list_data_connections(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "listing data connections")
    sort_by = call.query.get("sortBy", "NAME")
    sort_key = SORT_KEYS[sort_by]
    page = paginate(
        ws.data_connections.sorted_by(f"data_connections:{sort_by}", sort_key),
        sort_key=sort_key,
        descending=descending(call),
        **page_args(call),
    )
    return Reply(200, page_body(page, lambda connection: render_connection(ws, connection)))


@handles("GetDataConnection")
def get_data_connection(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "reading a data connection")
    connection = ws.data_connections.get(call.path["dataConnectionId"])
    if connection is None:
        raise not_found("Data connection not found")
    return Reply(200, render_connection(ws, connection))
