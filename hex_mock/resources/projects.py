"""Projects: listing, reading, creating, setting the status, queried tables and the four sharing edits.

Who may see or change what is decided in hex_mock/permissions.py. `render_project` is the one place a
project record becomes the spec's `Project` shape; other modules reuse it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from hex_mock.caller import Caller
from hex_mock.clock import isoformat
from hex_mock.errors import bad_request
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import (
    NONE,
    can_see_collection,
    project_access,
    project_access_for,
    require_project,
    require_role,
    require_sharing_change,
    require_status_change,
)
from hex_mock.resources.render import page_args, page_body
from hex_mock.store import Project, Table, Workspace, with_grants

# --- rendering --------------------------------------------------------------------------------------


def _email(ws: Workspace, user_id: str) -> str:
    user = ws.users.get(user_id)
    return user.email if user is not None else ""


def _shares(grants: Mapping[str, str], table: Table[Any], attribute: str, ref: str) -> list[dict[str, Any]]:
    """Grants in the order they were made, naming each principal by `attribute` (email or name).

    Principals that no longer exist (a deleted group) are left out rather than shown nameless.
    """
    return [
        {ref: {attribute: getattr(record, attribute)}, "access": access}
        for principal_id, access in grants.items()
        if (record := table.get(principal_id)) is not None
    ]


def render_sharing(ws: Workspace, project: Project) -> dict[str, Any]:
    return {
        "users": _shares(project.user_access, ws.users, "email", "user"),
        "collections": _shares(project.collection_access, ws.collections, "name", "collection"),
        "groups": _shares(project.group_access, ws.groups, "name", "group"),
        "workspace": {"access": project.workspace_access},
        "publicWeb": {"access": project.public_access},
        "support": {"access": project.support_access},
    }


def _timestamp(moment: datetime | None) -> str | None:
    return None if moment is None else isoformat(moment)


def render_project(ws: Workspace, project: Project, *, include_sharing: bool = False) -> dict[str, Any]:
    """The spec's `Project`, keys in the order Hex sends them; `sharing` only when asked for."""
    all_time, seven, fourteen, thirty = project.app_views
    rendered: dict[str, Any] = {
        "id": project.id,
        "title": project.title,
        "description": project.description,
        "type": project.type,
        "creator": {"email": _email(ws, project.creator_id)},
        "owner": {"email": _email(ws, project.owner_id)},
        "status": {"name": project.status} if project.status is not None else None,
        "categories": [{"name": name, "description": ws.categories.get(name)} for name in project.categories],
        "reviews": {"required": project.reviews_required},
        "analytics": {
            "appViews": {
                "allTime": all_time,
                "lastSevenDays": seven,
                "lastFourteenDays": fourteen,
                "lastThirtyDays": thirty,
            },
            "lastViewedAt": _timestamp(project.last_viewed_at),
            "publishedResultsUpdatedAt": _timestamp(project.published_results_updated_at),
        },
        "lastEditedAt": isoformat(project.last_edited_at),
        "lastPublishedAt": _timestamp(project.last_published_at),
        "createdAt": isoformat(project.created_at),
        "archivedAt": _timestamp(project.archived_at),
        "trashedAt": _timestamp(project.trashed_at),
        "schedules": [dict(schedule) for schedule in project.schedules],
    }
    if include_sharing:
        rendered["sharing"] = render_sharing(ws, project)
    return rendered


# --- ListProjects -----------------------------------------------------------------------------------

# Sort keys end with the id so the order is total. A project that was never published sorts as if
# published before everything else: first in ASC, last in the default DESC.
NEVER = datetime.min.replace(tzinfo=UTC)
SORT_KEYS: Mapping[str, Callable[[Project], tuple[Any, ...]]] = {
    "CREATED_AT": lambda p: (p.created_at, p.id),
    "LAST_EDITED_AT": lambda p: (p.last_edited_at, p.id),
    "LAST_PUBLISHED_AT": lambda p: (p.last_published_at or NEVER, p.id),
}


def _user_ids_with_email(ws: Workspace, email: str | None) -> frozenset[str] | None:
    """Emails compare case-insensitively, as Hex's do; None (no filter) stays None."""
    if email is None:
        return None
    return frozenset(user.id for user in ws.users if user.email.casefold() == email.casefold())


def _list_filter(ws: Workspace, call: Call) -> Callable[[Project], bool]:
    query = call.query
    archived, trashed = query.get("includeArchived", False), query.get("includeTrashed", False)
    components = query.get("includeComponents", False)
    statuses = frozenset(query.get("statuses") or ())
    categories = frozenset(query.get("categories") or ())
    creators = _user_ids_with_email(ws, query.get("creatorEmail"))
    owners = _user_ids_with_email(ws, query.get("ownerEmail"))
    collection_id: str | None = query.get("collectionId")
    access = project_access_for(ws, call.caller.user)

    def include(project: Project) -> bool:
        return (
            (archived or project.archived_at is None)
            and (trashed or project.trashed_at is None)
            and (components or project.type != "COMPONENT")
            and (not statuses or project.status in statuses)
            and (not categories or not categories.isdisjoint(project.categories))
            and (creators is None or project.creator_id in creators)
            and (owners is None or project.owner_id in owners)
            and (collection_id is None or project.collection_access.get(collection_id, NONE) != NONE)
            # Visibility last: it is the most expensive test.
            and access(project) != NONE
        )

    return include


@handles("ListProjects")
def list_projects(ws: Workspace, call: Call) -> Reply:
    sort_by = call.query.get("sortBy", "CREATED_AT")
    sort_key = SORT_KEYS[sort_by]
    page = paginate(
        ws.projects.sorted_by(f"projects:{sort_by}", sort_key),
        sort_key=sort_key,
        include=_list_filter(ws, call),
        # Unlike the other sortable lists, projects default to newest first.
        descending=call.query.get("sortDirection", "DESC") == "DESC",
        **page_args(call),
    )
    sharing = call.query.get("includeSharing", False)
    return Reply(200, page_body(page, lambda project: render_project(ws, project, include_sharing=sharing)))


# --- GetProject, CreateProject, UpdateProject -------------------------------------------------------


@handles("GetProject")
def get_project(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.path["projectId"])
    return Reply(200, render_project(ws, project, include_sharing=call.query.get("includeSharing", False)))


@handles("CreateProject")
def create_project(ws: Workspace, call: Call) -> Reply:
    require_role(call.caller, "EDITOR", "creating a project")
    project = ws.add_project(call.caller.user.id, call.body["title"], call.body.get("description"))
    return Reply(201, render_project(ws, project))


@handles("UpdateProject")
def update_project(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.path["projectId"])
    if "status" not in call.body:
        # Nothing to change: a PATCH without fields is a no-op, not an edit.
        return Reply(200, render_project(ws, project))
    status: str | None = call.body["status"]
    # Who may change statuses at all comes first; an unknown name is never an endorsed one.
    require_status_change(ws, call.caller, project, status)
    if status is not None and status not in ws.statuses:
        known = ", ".join(repr(name) for name in ws.statuses)
        raise bad_request(f"Unknown status {status!r}", f"status: must be one of {known} or null")
    project.status = status
    project.last_edited_at = ws.clock.now()
    return Reply(200, render_project(ws, project))


# --- GetQueriedTables -------------------------------------------------------------------------------

# Table references in SQL: the identifier after FROM or JOIN, optionally qualified and quoted.
TABLE_REFERENCE = re.compile(r'\b(?:from|join)\s+((?:"?[\w$]+"?\.){0,2}"?[\w$]+"?)', re.IGNORECASE)


def _referenced_tables(source: str, tables: Sequence[str]) -> list[str]:
    """The connection's qualified tables that `source` reads, matching `orders`, `public.orders` etc."""
    references = {match.replace('"', "").casefold() for match in TABLE_REFERENCE.findall(source)}
    return [
        table
        for table in tables
        if any(table.casefold() == ref or table.casefold().endswith("." + ref) for ref in references)
    ]


@dataclass(frozen=True)
class QueriedTable:
    connection_id: str
    connection_name: str
    table_name: str


def queried_tables(ws: Workspace, project: Project) -> list[QueriedTable]:
    """Tables of its data connections that the project's SQL cells read, sorted by (table, connection)."""
    found: set[QueriedTable] = set()
    for cell_id in project.cell_ids:
        cell = ws.cells.get(cell_id)
        if cell is None or cell.cell_type != "SQL" or cell.data_connection_id is None:
            continue
        connection = ws.data_connections.get(cell.data_connection_id)
        if connection is None:
            continue
        found.update(
            QueriedTable(connection.id, connection.name, table)
            for table in _referenced_tables(cell.source or "", connection.tables)
        )
    return sorted(found, key=_queried_table_key)


def _queried_table_key(table: QueriedTable) -> tuple[str, str]:
    return (table.table_name, table.connection_id)


@handles("GetQueriedTables")
def get_queried_tables(ws: Workspace, call: Call) -> Reply:
    # The tables reveal the notebook's logic, which app-only viewers cannot see.
    project = require_project(ws, call.caller, call.path["projectId"], minimum="CAN_VIEW")
    page = paginate(queried_tables(ws, project), sort_key=_queried_table_key, **page_args(call))
    body = page_body(
        page,
        lambda t: {
            "dataConnectionId": t.connection_id,
            "dataConnectionName": t.connection_name,
            "tableName": t.table_name,
        },
    )
    return Reply(200, body | {"traceId": call.trace_id})


# --- sharing edits ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrincipalKind:
    """How one of the three list-style sharing edits names, finds and stores its principals."""

    plural: str  # the body's list key: `sharing.upsert.users`
    ref: str  # each item's principal key (`{user: {id}}`) and the errors' id key (`userIds`)
    grants_field: str  # the Project field holding these grants
    # Why this principal cannot be given `access` on the project, or None if it can.
    problem: Callable[[Workspace, Caller, Project, str, str], str | None]

    @property
    def ids_key(self) -> str:
        return f"{self.ref}Ids"


def _user_problem(ws: Workspace, _caller: Caller, project: Project, user_id: str, access: str) -> str | None:
    user = ws.users.get(user_id)
    if user is None:
        return "User not found"
    if user.deactivated:
        return "User is deactivated"
    if user_id == project.owner_id and access != "FULL_ACCESS":
        return "The project owner's FULL_ACCESS cannot be changed"
    return None


def _group_problem(
    ws: Workspace, _caller: Caller, _project: Project, group_id: str, _access: str
) -> str | None:
    return None if group_id in ws.groups else "Group not found"


def _collection_problem(
    ws: Workspace, caller: Caller, _project: Project, collection_id: str, _access: str
) -> str | None:
    collection = ws.collections.get(collection_id)
    # A collection the caller cannot see is reported exactly like one that does not exist.
    if collection is None or not can_see_collection(ws, caller.user, collection):
        return "Collection not found"
    return None


USERS = PrincipalKind("users", "user", "user_access", _user_problem)
GROUPS = PrincipalKind("groups", "group", "group_access", _group_problem)
COLLECTIONS = PrincipalKind("collections", "collection", "collection_access", _collection_problem)


def _sharing_editor(ws: Workspace, call: Call) -> tuple[Project, str]:
    """The project and the caller's access to it, once the caller is known to be allowed to share it."""
    project = require_project(ws, call.caller, call.path["projectId"])
    access = project_access(ws, call.caller.user, project)
    require_sharing_change(access, NONE, NONE)
    return project, access


def _sharing_reply(ws: Workspace, project: Project, errors: list[dict[str, Any]]) -> Reply:
    body: dict[str, Any] = {"project": render_project(ws, project, include_sharing=True)}
    if errors:
        body["errors"] = errors
    return Reply(200, body)


def _edit_principal_sharing(ws: Workspace, call: Call, kind: PrincipalKind) -> Reply:
    project, caller_access = _sharing_editor(ws, call)
    grants: Mapping[str, str] = getattr(project, kind.grants_field)
    # Validate every item before applying any, so a 403 never leaves half the changes applied.
    changes: dict[str, str] = {}  # later items for the same principal win, as with any upsert
    refused: dict[str, list[str]] = {}  # reason -> ids, in the order first seen
    for item in call.body["sharing"]["upsert"][kind.plural]:
        principal_id, access = item[kind.ref]["id"], item["access"]
        reason = kind.problem(ws, call.caller, project, principal_id, access)
        if reason is not None:
            ids = refused.setdefault(reason, [])
            if principal_id not in ids:
                ids.append(principal_id)
            continue
        require_sharing_change(caller_access, grants.get(principal_id, NONE), access)
        changes[principal_id] = access
    setattr(project, kind.grants_field, with_grants(grants, changes))
    errors = [{kind.ids_key: ids, "reason": reason} for reason, ids in refused.items()]
    return _sharing_reply(ws, project, errors)


@handles("EditProjectSharingUsers")
def edit_project_sharing_users(ws: Workspace, call: Call) -> Reply:
    return _edit_principal_sharing(ws, call, USERS)


@handles("EditProjectSharingGroups")
def edit_project_sharing_groups(ws: Workspace, call: Call) -> Reply:
    return _edit_principal_sharing(ws, call, GROUPS)


@handles("EditProjectSharingCollections")
def edit_project_sharing_collections(ws: Workspace, call: Call) -> Reply:
    return _edit_principal_sharing(ws, call, COLLECTIONS)


# Hex only offers "Can view app" and "Can explore" (or nothing) to the public web.
PUBLIC_WEB_LEVELS = ("APP_ONLY", "CAN_VIEW", "NONE")


@handles("EditProjectSharingOrgAndPublic")
def edit_project_sharing_org_and_public(ws: Workspace, call: Call) -> Reply:
    project, caller_access = _sharing_editor(ws, call)
    change = call.body["sharing"]
    errors: list[dict[str, Any]] = []
    workspace: str | None = change.get("workspace")
    public_web: str | None = change.get("publicWeb")
    if workspace is not None:
        require_sharing_change(caller_access, project.workspace_access, workspace)
    if public_web is not None and public_web not in PUBLIC_WEB_LEVELS:
        errors.append(
            {
                "type": "publicWeb",
                "reason": f"Public-web access can only be {', '.join(PUBLIC_WEB_LEVELS)}, not {public_web}",
            }
        )
        public_web = None
    if public_web is not None:
        require_sharing_change(caller_access, project.public_access, public_web)
    if workspace is not None:
        project.workspace_access = workspace
    if public_web is not None:
        project.public_access = public_web
    return _sharing_reply(ws, project, errors)
