"""Collections: listing, creating, reading and editing (name, description, sharing).

Projects join collections from the project side (EditProjectSharingCollections); a collection's own
sharing decides who its members are (hex_mock/permissions.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hex_mock.errors import HexError, unprocessable
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import NONE, collection_visibility, require_collection, require_role
from hex_mock.resources.render import page_args, page_body
from hex_mock.store import Collection, Workspace, with_grants


def render_collection(ws: Workspace, collection: Collection) -> dict[str, Any]:
    """The spec's `Collection`: optional keys are left out rather than sent as null."""
    rendered: dict[str, Any] = {"id": collection.id, "name": collection.name}
    if collection.description is not None:
        rendered["description"] = collection.description
    creator = ws.users.get(collection.creator_id) if collection.creator_id else None
    if creator is not None:
        rendered["creator"] = {"email": creator.email, "id": creator.id}
    sharing: dict[str, Any] = {
        "users": [{"access": access, "id": uid} for uid, access in collection.user_access.items()],
        # Groups deleted since they were given access are no longer shown.
        "groups": [
            {"access": access, "id": gid}
            for gid, access in collection.group_access.items()
            if gid in ws.groups
        ],
    }
    if collection.workspace_access is not None:
        sharing["workspace"] = {"members": collection.workspace_access}
    rendered["sharing"] = sharing
    return rendered


# --- sharing: the same body shape on create and (under `upsert`) on edit -----------------------------


@dataclass
class SharingChange:
    """A validated `CollectionSharing` body; "NONE" means take the principal's access away."""

    users: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    workspace: str | None = None  # None leaves the workspace share as it is

    def apply(self, collection: Collection) -> None:
        collection.user_access = with_grants(collection.user_access, self.users)
        collection.group_access = with_grants(collection.group_access, self.groups)
        if self.workspace is not None:
            collection.workspace_access = None if self.workspace == NONE else self.workspace


def parse_sharing(ws: Workspace, sharing: Mapping[str, Any] | None) -> SharingChange:
    """404 naming every unknown user or group id, 422 for deactivated users; later duplicates win."""
    change = SharingChange()
    if not sharing:
        return change
    change.users = {entry["id"]: entry["access"] for entry in sharing.get("users", ())}
    change.groups = {entry["id"]: entry["access"] for entry in sharing.get("groups", ())}
    unknown = [f"sharing.users: no user with id {uid}" for uid in change.users if uid not in ws.users]
    unknown += [f"sharing.groups: no group with id {gid}" for gid in change.groups if gid not in ws.groups]
    if unknown:
        raise HexError(404, "Not found", issues=unknown)
    deactivated = [uid for uid, access in change.users.items() if access != NONE and _deactivated(ws, uid)]
    if deactivated:
        raise unprocessable(
            "Validation Failed", *(f"sharing.users: user {uid} is deactivated" for uid in deactivated)
        )
    change.workspace = sharing.get("workspace", {}).get("members")
    return change


def _deactivated(ws: Workspace, user_id: str) -> bool:
    user = ws.users.get(user_id)
    return user is not None and user.deactivated


# --- handlers ---------------------------------------------------------------------------------------


def _name_key(collection: Collection) -> tuple[str, str]:
    return (collection.name.casefold(), collection.id)


@handles("ListCollections")
def list_collections(ws: Workspace, call: Call) -> Reply:
    # NAME is the only order Hex offers, and always ascending.
    page = paginate(
        ws.collections.sorted_by("collections:NAME", _name_key),
        sort_key=_name_key,
        include=collection_visibility(ws, call.caller.user),
        **page_args(call),
    )
    return Reply(200, page_body(page, lambda collection: render_collection(ws, collection)))


@handles("CreateCollection")
def create_collection(ws: Workspace, call: Call) -> Reply:
    require_role(call.caller, "MANAGER", "creating a collection")
    sharing = parse_sharing(ws, call.body.get("sharing"))
    collection = Collection(
        id=ws.ids.uuid(),
        name=call.body["name"],
        created_at=ws.clock.now(),
        creator_id=call.caller.user.id,
        description=call.body.get("description"),
    )
    sharing.apply(collection)
    ws.collections.put(collection.id, collection)
    return Reply(201, render_collection(ws, collection))


@handles("GetCollection")
def get_collection(ws: Workspace, call: Call) -> Reply:
    collection = require_collection(ws, call.caller, call.path["collectionId"])
    return Reply(200, render_collection(ws, collection))


@handles("EditCollection")
def edit_collection(ws: Workspace, call: Call) -> Reply:
    collection = require_collection(ws, call.caller, call.path["collectionId"], manage=True)
    body = call.body
    sharing = parse_sharing(ws, body.get("sharing", {}).get("upsert"))
    if "name" in body:
        collection.name = body["name"]
    if "description" in body:
        collection.description = body["description"]
    sharing.apply(collection)
    return Reply(200, render_collection(ws, collection))
