"""Who may see and change projects and collections: the mock's small version of Hex's permission model.

Project access is one of `store.ACCESS_LEVELS` (NONE < APP_ONLY < CAN_VIEW < CAN_EDIT < FULL_ACCESS).
A user's effective access to a project is the highest of:

- FULL_ACCESS if they own it;
- the project's share to them directly;
- the project's shares to groups they belong to;
- the project's shares to collections they are a member of (the level is the one the project gives
  that collection, not anything about the collection itself);
- the project's workspace share, unless their role is outside the workspace audience (GUEST and the
  internal EMBEDDED_USER / ANONYMOUS roles never get workspace-level sharing).

Workspace roles do not widen project access: an Admin sees only projects shared with them (Hex
documents no admin override). A project whose effective access is NONE does not exist as far as the
caller can tell (NotFoundError, never ForbiddenError). Every token, personal or workspace, acts as the
user it belongs to.

Collection access values are free strings (Hex does not enumerate them); the mock treats any value
other than "NONE" as membership. A user is a member of a collection through a direct share, a group
share or the collection's workspace share (same audience rule as above). Admins and Managers create
and manage collections, so they see and may edit every collection; anyone else sees only collections
they are a member of, or that they created.

What a role may do with the access it has:

- creating a project needs role EDITOR or above; creating or editing a collection, MANAGER or above;
- setting a status: ADMIN and MANAGER on any project they can see; EDITOR needs CAN_EDIT; endorsed
  statuses (`ws.statuses[name] is True`) only ADMIN and MANAGER, to set or to clear; lower roles never;
- editing sharing needs CAN_EDIT or more, and FULL_ACCESS to grant FULL_ACCESS or to change a grant
  that is FULL_ACCESS; the owner's own FULL_ACCESS cannot be lowered at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from hex_mock.caller import Caller
from hex_mock.domain_errors import ForbiddenError, NotFoundError
from hex_mock.store import ACCESS_LEVELS, ORG_ROLES, Collection, Group, Project, User, Workspace, access_rank

NONE = "NONE"
FULL_ACCESS = "FULL_ACCESS"
CAN_EDIT = "CAN_EDIT"
# Roles that are part of "everyone in the workspace" for workspace-level sharing.
WORKSPACE_AUDIENCE = frozenset({"ADMIN", "MANAGER", "EDITOR", "EXPLORER", "MEMBER"})
WORKSPACE_MANAGERS = frozenset({"ADMIN", "MANAGER"})


def role_at_least(user: User, role: str) -> bool:
    """ORG_ROLES runs highest to lowest, so a smaller index is a higher role."""
    return ORG_ROLES.index(user.role) <= ORG_ROLES.index(role)


def require_role(caller: Caller, role: str, action: str) -> None:
    if not role_at_least(caller.user, role):
        raise ForbiddenError(f"Insufficient access: {action} needs the {role} role or above")


# --- collections ------------------------------------------------------------------------------------


def require_member(caller: Caller, action: str) -> None:
    """ForbiddenError for guests and the internal embedded/anonymous roles (they see only their shares)."""
    require_role(caller, "MEMBER", action)


def require_manager(caller: Caller, action: str) -> None:
    """ForbiddenError unless the caller is an Admin or a Manager (workspace-wide administration)."""
    require_role(caller, "MANAGER", action)


def _in_audience(user: User) -> bool:
    return user.role in WORKSPACE_AUDIENCE


def _group_ids(ws: Workspace, user: User) -> frozenset[str]:
    # An index rather than a scan: every project access check asks, and groups can be many.
    return frozenset(ws.groups.index("groups.by_member", _memberships, _add_memberships).get(user.id, ()))


def _memberships(groups: Iterable[Group]) -> dict[str, set[str]]:
    """user id -> ids of the groups they are a member of."""
    by_member: dict[str, set[str]] = {}
    for group in groups:
        _add_memberships(by_member, group)
    return by_member


def _add_memberships(by_member: dict[str, set[str]], group: Group) -> None:
    for user_id in group.member_ids:
        by_member.setdefault(user_id, set()).add(group.id)


def _collection_grants(
    collection: Collection, user: User, group_ids: frozenset[str], in_audience: bool
) -> list[str]:
    grants = [collection.user_access.get(user.id)]
    grants += [level for group_id, level in collection.group_access.items() if group_id in group_ids]
    if in_audience:
        grants.append(collection.workspace_access)
    return [grant for grant in grants if grant is not None and grant != NONE]


def _strongest_grant(grants: list[str]) -> str | None:
    # Known project levels rank as usual; unknown strings (e.g. "MEMBER") rank just above NONE.
    return max(grants, key=lambda g: access_rank(g) if g in ACCESS_LEVELS else 1, default=None)


def collection_access(ws: Workspace, user: User, collection: Collection) -> str | None:
    """The user's strongest membership grant on the collection, or None if they are not a member."""
    return _strongest_grant(_collection_grants(collection, user, _group_ids(ws, user), _in_audience(user)))


def can_see_collection(ws: Workspace, user: User, collection: Collection) -> bool:
    return (
        user.role in WORKSPACE_MANAGERS
        or collection.creator_id == user.id
        or collection_access(ws, user, collection) is not None
    )


def collection_visibility(ws: Workspace, user: User) -> Callable[[Collection], bool]:
    """`can_see_collection` for many collections: the user's groups are looked up once."""
    if user.role in WORKSPACE_MANAGERS:
        return lambda _collection: True
    group_ids, in_audience = _group_ids(ws, user), _in_audience(user)
    return lambda collection: (
        collection.creator_id == user.id or bool(_collection_grants(collection, user, group_ids, in_audience))
    )


def require_collection(
    ws: Workspace, caller: Caller, collection_id: str, *, manage: bool = False
) -> Collection:
    """The collection; NotFoundError if absent or invisible; ForbiddenError if `manage` by a non-manager."""
    collection = ws.collections.get(collection_id)
    if collection is None or not can_see_collection(ws, caller.user, collection):
        raise NotFoundError()
    if manage:
        require_role(caller, "MANAGER", "changing a collection")
    return collection


# --- projects ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Viewer:
    """What project access depends on, computed once per request rather than once per project."""

    user: User
    group_ids: frozenset[str]
    collection_ids: frozenset[str]
    in_audience: bool

    def access(self, project: Project) -> str:
        # The strongest grant that reaches the user, found without building a list of them: list
        # pages ask this once per project they look at.
        if project.owner_id == self.user.id:
            return FULL_ACCESS
        best = project.user_access.get(self.user.id, NONE)
        rank = access_rank(best)
        for grants, reaching in (
            (project.group_access, self.group_ids),
            (project.collection_access, self.collection_ids),
        ):
            if grants and reaching:
                for principal_id, level in grants.items():
                    if principal_id in reaching and access_rank(level) > rank:
                        best, rank = level, access_rank(level)
        if self.in_audience and access_rank(project.workspace_access) > rank:
            best = project.workspace_access
        return best


def project_access_for(ws: Workspace, user: User) -> Callable[[Project], str]:
    """`project_access` for many projects (list endpoints)."""
    group_ids, in_audience = _group_ids(ws, user), _in_audience(user)
    collection_ids = frozenset(
        collection.id
        for collection in ws.collections
        if _collection_grants(collection, user, group_ids, in_audience)
    )
    return _Viewer(user, group_ids, collection_ids, in_audience).access


def project_access(ws: Workspace, user: User, project: Project) -> str:
    """The user's effective access level on the project (see the module docstring)."""
    # As project_access_for(ws, user)(project), but only the collections this project is shared
    # with are looked at, so a single lookup does not scan every collection in the workspace.
    group_ids, in_audience = _group_ids(ws, user), _in_audience(user)
    collection_ids = frozenset(
        collection_id
        for collection_id in project.collection_access
        if (collection := ws.collections.get(collection_id)) is not None
        and _collection_grants(collection, user, group_ids, in_audience)
    )
    return _Viewer(user, group_ids, collection_ids, in_audience).access(project)


def require_project(ws: Workspace, caller: Caller, project_id: str, minimum: str = "APP_ONLY") -> Project:
    """The project; NotFoundError if absent or not shared with the caller; ForbiddenError below `minimum`."""
    project = ws.projects.get(project_id)
    if project is None:
        raise NotFoundError()
    access = project_access(ws, caller.user, project)
    if access == NONE:
        raise NotFoundError()
    if access_rank(access) < access_rank(minimum):
        raise ForbiddenError(
            f"Insufficient access: this needs {minimum} on the project, the caller has {access}"
        )
    return project


def require_status_change(ws: Workspace, caller: Caller, project: Project, status: str | None) -> None:
    """ForbiddenError unless the caller may replace the project's status with `status` (None clears it)."""
    user = caller.user
    if user.role in WORKSPACE_MANAGERS:
        return
    if not role_at_least(user, "EDITOR"):
        raise ForbiddenError(f"Insufficient access: the {user.role} role cannot change project statuses")
    # Removing an endorsement is as privileged as granting one.
    endorsed = [
        name for name in (project.status, status) if name is not None and ws.statuses.get(name, False)
    ]
    if endorsed:
        raise ForbiddenError(
            f"Insufficient access: only Admins and Managers can set or clear the endorsed status "
            f"{endorsed[0]!r}"
        )
    if access_rank(project_access(ws, user, project)) < access_rank(CAN_EDIT):
        raise ForbiddenError("Insufficient access: Editors need CAN_EDIT on the project to change its status")


def require_sharing_change(caller_access: str, before: str, after: str) -> None:
    """ForbiddenError unless one with `caller_access` on a project may change a grant `before` -> `after`."""
    if access_rank(caller_access) < access_rank(CAN_EDIT):
        raise ForbiddenError(
            "Insufficient access: changing a project's sharing needs CAN_EDIT or FULL_ACCESS"
        )
    if FULL_ACCESS in (before, after) and caller_access != FULL_ACCESS:
        raise ForbiddenError(
            "Insufficient access: only users with FULL_ACCESS can grant or change FULL_ACCESS"
        )
