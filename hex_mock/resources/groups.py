"""Groups: named sets of workspace users that projects, collections and data connections are shared with.

Every workspace member (not guests) may list and read groups; creating, editing and deleting them is
workspace administration, so it needs the Admin or Manager role. Members are users by id; an id that
matches no user makes the whole request a 400 naming the ids, and deactivated users cannot be added
(they keep the memberships they had; see users.py).

Deleting a group also withdraws every grant made to it (project, collection and data connection
sharing), so no record keeps pointing at a group that no longer exists and nobody keeps access
through it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hex_mock.clock import isoformat
from hex_mock.errors import bad_request, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_manager, require_member
from hex_mock.resources.render import descending, listed, page_args, page_body, text_key
from hex_mock.store import Group, Workspace, with_grants

# Hex declares no default sort for groups; creation order is what an unsorted list naturally shows.
DEFAULT_SORT = "CREATED_AT"
SORT_KEYS: Mapping[str, Callable[[Group], tuple[Any, ...]]] = {
    "CREATED_AT": lambda group: (isoformat(group.created_at), group.id),
    "NAME": lambda group: (*text_key(group.name), group.id),
}


def render_group(group: Group) -> dict[str, Any]:
    return {"id": group.id, "name": group.name, "createdAt": isoformat(group.created_at)}


def _members(user_ids: Iterable[str]) -> dict[str, Any]:
    return {"users": [{"id": user_id} for user_id in user_ids]}


def _require_group(ws: Workspace, group_id: str) -> Group:
    group = ws.groups.get(group_id)
    if group is None:
        raise not_found("Group not found")
    return group


def _user_ids(ws: Workspace, members: Mapping[str, Any] | None, field: str, *, joining: bool) -> list[str]:
    """The distinct user ids of a `GroupMembers` object, in order; 404 for unknown users (as for every
    unknown id inside a body), 400 when joining deactivated ones."""
    ids = list(dict.fromkeys(item["id"] for item in (members or {}).get("users", [])))
    unknown = [user_id for user_id in ids if user_id not in ws.users]
    if unknown:
        raise not_found("Unknown users", f"{field}: no user with id {listed(unknown)}")
    if joining:
        inactive = [user_id for user_id in ids if (user := ws.users.get(user_id)) and user.deactivated]
        if inactive:
            raise bad_request(
                "Deactivated users cannot join a group", f"{field}: {listed(inactive)} deactivated"
            )
    return ids


@handles("ListGroups")
def list_groups(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "listing groups")
    sort_by = call.query.get("sortBy", DEFAULT_SORT)
    sort_key = SORT_KEYS[sort_by]
    page = paginate(
        ws.groups.sorted_by(f"groups:{sort_by}", sort_key),
        sort_key=sort_key,
        descending=descending(call),
        **page_args(call),
    )
    return Reply(200, page_body(page, render_group))


@handles("CreateGroup")
def create_group(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "creating a group")
    member_ids = _user_ids(ws, call.body.get("members"), "members.users", joining=True)
    group = Group(id=ws.ids.uuid(), name=call.body["name"], created_at=ws.clock.now(), member_ids=member_ids)
    ws.groups.put(group.id, group)
    return Reply(201, {"id": group.id, "name": group.name, "members": _members(group.member_ids)})


@handles("GetGroup")
def get_group(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "reading a group")
    return Reply(200, render_group(_require_group(ws, call.path["groupId"])))


@handles("EditGroup")
def edit_group(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "editing a group")
    group = _require_group(ws, call.path["groupId"])
    members: Mapping[str, Any] = call.body.get("members") or {}
    adding = _user_ids(ws, members.get("add"), "members.add.users", joining=True)
    removing = _user_ids(ws, members.get("remove"), "members.remove.users", joining=False)
    both = [user_id for user_id in adding if user_id in removing]
    if both:
        raise bad_request(
            "Conflicting membership changes",
            f"members: {listed(both)} cannot be both added and removed",
        )

    if "name" in call.body:
        group.name = call.body["name"]
    kept = [user_id for user_id in group.member_ids if user_id not in removing]
    group.member_ids = kept + [user_id for user_id in adding if user_id not in kept]
    return Reply(200, render_group(group))


@handles("DeleteGroup")
def delete_group(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "deleting a group")
    group = _require_group(ws, call.path["groupId"])
    revoked = {group.id: "NONE"}
    for holders in (ws.projects, ws.collections, ws.data_connections):
        for holder in holders:
            if group.id in holder.group_access:
                holder.group_access = with_grants(holder.group_access, revoked)
    ws.groups.remove(group.id)
    return Reply(204)
