"""Users: who is calling (Me), who is in the workspace (ListUsers) and deactivation.

Deactivated users are left out of ListUsers, including its `groupId` and `userIds` filters: the
`User` shape has no field that could tell a client a listed user is deactivated, and a client
listing users wants the people it can share with. Deactivation keeps the user's group memberships
(Hex admins can reactivate a user, and memberships are part of what reactivation would restore);
they are hidden because the user is. Once deactivated, every token of the user stops working (the
kernel's authentication refuses tokens of deactivated users).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hex_mock.errors import bad_request, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_member, require_role
from hex_mock.resources.render import descending, page_args, page_body, render_user, text_key
from hex_mock.store import User, Workspace

SORT_KEYS: Mapping[str, Callable[[User], tuple[Any, ...]]] = {
    "NAME": lambda user: (*text_key(user.name), user.email.casefold(), user.id),
    "EMAIL": lambda user: (*text_key(user.email), user.id),
}


@handles("Me")
def me(ws: Workspace, call: Call) -> Reply:
    token = call.caller.token
    # A workspace token acts for the workspace, not for the admin who created it, so no user fields.
    body: dict[str, Any] = render_user(call.caller.user) if token.kind == "personal" else {}
    body["org"] = {"id": ws.org_id}
    # Epoch seconds, as in a JWT `exp` claim; null for tokens that never expire.
    body["token"] = {"exp": int(token.expires_at.timestamp()) if token.expires_at is not None else None}
    return Reply(200, body)


def _user_id_filter(raw: str | None) -> frozenset[str] | None:
    """The ids of `userIds=<id>,<id>` (the spec's pattern has checked them), or None without the filter."""
    if raw is None:
        return None
    return frozenset(part.strip().lower() for part in raw.split(","))


def _member_filter(ws: Workspace, group_id: str | None) -> frozenset[str] | None:
    if group_id is None:
        return None
    group = ws.groups.get(group_id)
    if group is None:
        raise not_found("Group not found")
    return frozenset(group.member_ids)


@handles("ListUsers")
def list_users(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "listing users")
    wanted = _user_id_filter(call.query.get("userIds"))
    members = _member_filter(ws, call.query.get("groupId"))

    def include(user: User) -> bool:
        return (
            not user.deactivated
            and (wanted is None or user.id.lower() in wanted)
            and (members is None or user.id in members)
        )

    sort_by = call.query.get("sortBy", "NAME")
    sort_key = SORT_KEYS[sort_by]
    page = paginate(
        ws.users.sorted_by(f"users:{sort_by}", sort_key),
        sort_key=sort_key,
        include=include,
        descending=descending(call),
        **page_args(call),
    )
    return Reply(200, page_body(page, render_user))


@handles("DeactivateUser")
def deactivate_user(ws: Workspace, call: Call) -> Reply:
    require_role(call.caller, "ADMIN", "deactivating a user")
    user = ws.users.get(call.path["userId"])
    if user is None:
        raise not_found("User not found")
    if user.id == call.caller.user.id:
        # The caller has the right to deactivate users, just not this one: a bad request, not a 403.
        raise bad_request("You cannot deactivate yourself", "userId: is the caller's own user")
    # Deactivating a deactivated user changes nothing and succeeds, so retries are safe.
    user.deactivated = True
    return Reply(200, {"user": render_user(user)})
