"""Data connections: the workspace's warehouse connections, their secrets and their catalogs.

Every workspace member (not guests) may list and read connections; lists always carry the full form.
Creating and editing connections and setting catalog statuses needs the Admin or Manager role, as a
connection is workspace-wide administration.

Secrets are write-only. Whatever a request or a fixture gives that is not one of the settings the
spec declares readable for the connection's type (an allow-list, so a secret under a name nobody
anticipated is caught too) is kept only as a digest: never rendered, dumped or saved in clear.

The catalog is the connection's list of qualified table names; its databases and schemas follow
from them. UpdateDataConnectionSchema checks every update before it applies any.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hex_mock.clock import isoformat
from hex_mock.errors import not_found, unprocessable
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_manager, require_member
from hex_mock.resources.render import descending, page_args, page_body, text_key
from hex_mock.resources.status_updates import apply_status_updates
from hex_mock.store import DataConnection, Workspace, secret_digest, with_grants

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
# Who may use a connection nobody said otherwise about (API-created or from fixtures).
DEFAULT_WORKSPACE_SHARING: Mapping[str, str] = {"members": "QUERY"}

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
    """The spec's full `DataConnection`."""
    rendered: dict[str, Any] = {"id": connection.id, "name": connection.name, "type": connection.type}
    if connection.description is not None:
        rendered["description"] = connection.description
    rendered |= {
        "connectionDetails": _connection_details(connection),
        "connectViaSsh": connection.connect_via_ssh,
        "includeMagic": connection.include_magic,
        "allowWritebackCells": connection.allow_writeback_cells,
    }
    if connection.schema_filters is not None:
        rendered["schemaFilters"] = connection.schema_filters
    if connection.schema_refresh_schedule is not None:
        rendered["schemaRefreshSchedule"] = connection.schema_refresh_schedule
    rendered |= {
        "schemaRefreshAccess": connection.schema_refresh_access,
        "sharing": _sharing(ws, connection),
    }
    return rendered


def split_secrets(kind: str, details: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str | None]]:
    """A connection's settings, and the digests of its secrets (None for a secret sent as null,
    which clears it): whatever is not a readable setting of its type counts as a secret."""
    readable = READABLE_SETTINGS.get(kind, frozenset())
    settings = {key: value for key, value in details.items() if key in readable}
    digests = {
        key: None if value is None else secret_digest(str(value))
        for key, value in details.items()
        if key not in readable
    }
    return settings, digests


def _present(digests: Mapping[str, str | None]) -> dict[str, str]:
    return {key: digest for key, digest in digests.items() if digest is not None}


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


# --- CreateDataConnection, EditDataConnection ------------------------------------------------------


def _details_of_type(kind: str, details: Mapping[str, Any]) -> Mapping[str, Any]:
    """The settings under `details`' one key, which must be the connection's type (422 otherwise)."""
    if list(details) != [kind]:
        raise unprocessable(
            "Validation Failed",
            f"connectionDetails: must hold exactly one entry, `{kind}` (the connection's type); "
            f"got {', '.join(sorted(details)) or 'none'}",
        )
    settings: Mapping[str, Any] = details[kind]
    return settings


def _group_grants(ws: Workspace, grants: list[Mapping[str, Any]], at: str) -> dict[str, str]:
    """group id -> access from a list of grants (the last grant of a group wins); 404 for unknown groups."""
    unknown = [grant["group"]["id"] for grant in grants if grant["group"]["id"] not in ws.groups]
    if unknown:
        raise not_found("Group not found", f"{at}: no group with id {', '.join(dict.fromkeys(unknown))}")
    return {grant["group"]["id"]: grant["access"] for grant in grants}


def _workspace_sharing(current: Mapping[str, str], change: Mapping[str, str] | None) -> dict[str, str]:
    return {**current, **(change or {})}


@handles("CreateDataConnection")
def create_data_connection(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "creating data connections")
    body = call.body
    kind: str = body["type"]
    settings, digests = split_secrets(kind, _details_of_type(kind, body["connectionDetails"]))
    sharing = body.get("sharing") or {}
    groups = _group_grants(ws, sharing.get("groups", []), "sharing.groups")
    connection = DataConnection(
        id=ws.ids.uuid(),
        name=body["name"],
        type=kind,
        created_at=ws.clock.now(),
        description=body.get("description"),
        connection_details=settings,
        secret_digests=_present(digests),
        connect_via_ssh=body.get("connectViaSsh", False),
        include_magic=body.get("includeMagic", True),
        allow_writeback_cells=body.get("allowWritebackCells", False),
        schema_refresh_access=body.get("schemaRefreshAccess", "USERS_WITH_QUERY_ACCESS"),
        workspace_sharing=_workspace_sharing(DEFAULT_WORKSPACE_SHARING, sharing.get("workspace")),
        group_access=with_grants({}, groups),
        schema_filters=body.get("schemaFilters"),
        schema_refresh_schedule=body.get("schemaRefreshSchedule"),
    )
    ws.data_connections.put(connection.id, connection)
    return Reply(201, render_connection(ws, connection))


def _require_connection(ws: Workspace, connection_id: str) -> DataConnection:
    connection = ws.data_connections.get(connection_id)
    if connection is None:
        raise not_found("Data connection not found")
    return connection


# Body fields copied as they are onto the record field of the same meaning.
_PLAIN_EDITS = {
    "name": "name",
    "description": "description",
    "connectViaSsh": "connect_via_ssh",
    "includeMagic": "include_magic",
    "allowWritebackCells": "allow_writeback_cells",
    "schemaFilters": "schema_filters",
    "schemaRefreshSchedule": "schema_refresh_schedule",
    "schemaRefreshAccess": "schema_refresh_access",
}


@handles("EditDataConnection")
def edit_data_connection(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "editing data connections")
    connection = _require_connection(ws, call.path["dataConnectionId"])
    body = call.body
    # Everything is checked and worked out before the first field is assigned.
    changes: dict[str, Any] = {field: body[key] for key, field in _PLAIN_EDITS.items() if key in body}
    if "connectionDetails" in body:
        settings, digests = split_secrets(
            connection.type, _details_of_type(connection.type, body["connectionDetails"])
        )
        changes["connection_details"] = {**connection.connection_details, **settings}
        changes["secret_digests"] = _present({**connection.secret_digests, **digests})
    sharing = body.get("sharing") or {}
    if "groups" in sharing:
        grants = _group_grants(ws, sharing["groups"].get("upsert", []), "sharing.groups.upsert")
        changes["group_access"] = with_grants(connection.group_access, grants)
    if "workspace" in sharing:
        changes["workspace_sharing"] = _workspace_sharing(connection.workspace_sharing, sharing["workspace"])
    for field, value in changes.items():
        setattr(connection, field, value)
    return Reply(201, render_connection(ws, connection))


# --- UpdateDataConnectionSchema -----------------------------------------------------------------------

_RESPONSE_KEYS = {"DATABASE": "databases", "SCHEMA": "schemas", "TABLE": "tables"}
LEVELS = tuple(_RESPONSE_KEYS)


def catalog(connection: DataConnection) -> dict[str, dict[str, list[str]]]:
    """The connection's catalog objects by level: casefolded name -> the qualified names stored."""
    objects: dict[str, dict[str, list[str]]] = {level: {} for level in LEVELS}
    for table in dict.fromkeys(connection.tables):
        parts = table.split(".")
        names = {"TABLE": table, "SCHEMA": ".".join(parts[:-1])}
        if len(parts) == 3:
            names["DATABASE"] = parts[0]
        for level, name in names.items():
            stored = objects[level].setdefault(name.casefold(), [])
            if name and name not in stored:
                stored.append(name)
    return objects


def _levels(connection: DataConnection) -> int:
    # A catalog of `schema.table` names has no database level; an empty catalog is taken to have one.
    return 3 if all(table.count(".") == 2 for table in connection.tables) else 2


def _resolve(
    levels: int, objects: Mapping[str, Mapping[str, list[str]]], level: str, name: str
) -> tuple[str | None, str | None]:
    """(the stored name an update targets, None) or (None, why it is refused). Names match
    case-insensitively when no stored name matches exactly."""
    if level == "DATABASE" and levels == 2:
        return None, "database_not_supported"
    parts = name.split(".")
    if len(parts) != {"DATABASE": 1, "SCHEMA": levels - 1, "TABLE": levels}[level] or not all(parts):
        return None, "invalid_name_format"
    candidates = objects[level].get(name.casefold(), [])
    if name in candidates:
        return name, None
    if len(candidates) > 1:
        return None, "ambiguous_name"
    if candidates:
        return candidates[0], None
    return None, "not_found"


@handles("UpdateDataConnectionSchema")
def update_data_connection_schema(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "setting statuses on a data connection's catalog")
    connection = _require_connection(ws, call.path["dataConnectionId"])
    objects, levels = catalog(connection), _levels(connection)
    statuses, updated = apply_status_updates(
        connection.catalog_statuses,
        call.body["updates"],
        lambda level, name: _resolve(levels, objects, level, name),
        ws.statuses,
        _RESPONSE_KEYS,
        call.trace_id,
    )
    connection.catalog_statuses = statuses
    return Reply(200, {"updated": updated})
