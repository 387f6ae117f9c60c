"""Aim generated requests at what exists, and keep valid data consistent where the spec cannot say how.

Installed as schemathesis hooks (`install`), so it sees every case of every phase: the spec's
examples, coverage, fuzzing and stateful steps. It only edits the parts of a case that were
generated as *valid* data (a part generated to break the schema is left exactly as schemathesis
made it), and every choice is a pure function of the generated values, so a run stays reproducible.

Two kinds of edit, each for a rule the spec states in prose but no schema can express:

- References. A random UUID is well-formed and names nothing, so it only ever reaches the 404
  branch. Path and query ids are pointed at records the server holds three times in four (the
  fourth keeps the random id: its 404 is a valid answer to valid data); ids inside bodies always
  are (an unknown one there is refused as invalid input). Ids the server issued during a stateful
  scenario (links put them there) are never touched. Cursors are replaced by cursors the server
  issued for the same listing (see world.CursorMint), and `after`/`before` are never sent together.
- Rules that depend on the workspace's state, or that OpenAPI cannot state (the spec lists them in
  `x-hex-constraints`): a project's status is one the workspace defines, a cell edit sends the
  entry of the cell's type, a new cell goes inside a section cell, a run names no inputs the app
  lacks, a group edit does not add and remove the same user.

Everything a request's shape decides is in the spec's schemas, so it is left exactly as generated;
everything else the mock refuses is left for the checks to see.
"""

from __future__ import annotations

import copy
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from schemathesis import BaseSchema, Case, HookContext
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

from tests.contract.world import CellRef, CursorMint, Get, World

UUID = re.compile(r"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
CONTENT_KEYS = {"CODE": "codeCell", "SQL": "sqlCell", "MARKDOWN": "markdownCell"}
SECTION_TYPES = frozenset({"COLLAPSIBLE", "BLOCK", "CELL_GROUP"})
# The operations whose path parameter `id` is a suggestion's.
SUGGESTION_OPERATIONS = frozenset(
    {"GetSuggestion", "UpdateSuggestion", "UpdateSuggestionUpdate", "TriggerSuggestionReview"}
)

Body = dict[str, Any]
AnyCase = Case[Any]


def _hash(*parts: object) -> int:
    return zlib.crc32(repr(parts).encode("utf-8", "surrogatepass"))


def pick(pool: Sequence[str], *seed: object, keep_one_in: int = 4) -> str | None:
    """A member of `pool` chosen by `seed`, or None (keep the generated value) one time in `keep_one_in`."""
    if not pool:
        return None
    digest = _hash(*seed)
    if keep_one_in and digest % keep_one_in == 0:
        return None
    return pool[(digest // max(keep_one_in, 1)) % len(pool)]


def operation_id(case: AnyCase) -> str:
    value = case.operation.definition.raw.get("operationId")
    return str(value) if value is not None else case.operation.label


def _positive(case: AnyCase, location: ParameterLocation) -> bool:
    meta = case.meta
    return meta is None or not meta.is_negative_at(location)


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_wire(item) for item in value)
    return str(value)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


class Repair:
    """The hook over one server's `world`; see the module docstring."""

    def __init__(self, world: World, mint: CursorMint, lookup: Get | None = None) -> None:
        """`lookup` reads the server under test: during a stateful scenario, cells are read from it
        rather than from `world` (see `_live`)."""
        self.world = world
        self.mint = mint
        self.lookup = lookup
        # Ids the server issued since `world` was read: links put them into cases, so they stay.
        self.issued: set[str] = set()
        self._bodies: Mapping[str, Callable[[AnyCase, Body], None]] = {
            "UpdateProject": self._update_project,
            "EditProjectSharingUsers": lambda _case, body: self._sharing_refs(body, "user", world.users),
            "EditProjectSharingGroups": lambda _case, body: self._sharing_refs(body, "group", world.groups),
            "EditProjectSharingCollections": lambda _case, body: self._sharing_refs(
                body, "collection", world.collections
            ),
            "RunProject": self._run_project,
            "RunProjectLegacy": self._run_project,
            "CreateCell": self._create_cell,
            "UpdateCell": self._update_cell,
            "CreateCollection": self._create_collection,
            "EditCollection": lambda _case, body: self._collection_sharing(
                (body.get("sharing") or {}).get("upsert")
            ),
            "CreateGroup": lambda _case, body: self._members(body.get("members"), "members"),
            "EditGroup": self._edit_group,
            "PublishGuideDrafts": self._publish_guide_drafts,
            "CreateThread": self._thread_refs,
            "ContinueThread": self._thread_refs,
            "UpdateSuggestionUpdate": self._change_target,
            "BatchUpdateComputeProfile": lambda _case, body: self._set_ids(
                body, "projectIds", world.projects, "compute profile"
            ),
        }

    def note_issued(self, payload: Any) -> None:
        """Remember every id in a response body (see `issued`)."""
        if isinstance(payload, dict):
            for value in payload.values():
                self.note_issued(value)
        elif isinstance(payload, list):
            for value in payload:
                self.note_issued(value)
        elif isinstance(payload, str) and UUID.match(payload):
            self.issued.add(payload)

    def __call__(self, case: AnyCase) -> AnyCase:
        # Edits go to copies: generated cases can share nested values, and an edit made for one
        # case must not leak into another (nor be applied twice).
        op = operation_id(case)
        if _positive(case, ParameterLocation.PATH) and case.path_parameters:
            path = dict(case.path_parameters)
            self._path(op, path)
            if path != case.path_parameters:
                case.path_parameters = path
        if _positive(case, ParameterLocation.QUERY) and case.query:
            query = dict(case.query)
            self._query(op, case, query)
            if query != case.query:
                case.query = query
        repair_body = self._bodies.get(op)
        if (
            repair_body is not None
            and _positive(case, ParameterLocation.BODY)
            and isinstance(case.body, dict)
        ):
            body = copy.deepcopy(case.body)
            repair_body(case, body)
            if body != case.body:
                case.body = body
        return case

    def _replace(self, pool: Sequence[str], value: Any, *seed: object, keep_one_in: int = 4) -> str | None:
        """A real id for `value`, or None to keep it (ids the server knows are kept as they are)."""
        if isinstance(value, str) and (value in pool or value in self.issued):
            return None
        return pick(pool, *seed, value, keep_one_in=keep_one_in)

    # --- path and query -----------------------------------------------------------------------------

    def _path_pool(self, op: str, name: str) -> Sequence[str]:
        world = self.world
        if name == "projectId":
            # Only a published project can run; the others answer 422 whatever the request says.
            return world.published_projects if op in ("RunProject", "RunProjectLegacy") else world.projects
        if name == "userId":
            # Deactivating oneself is refused (400) by design, so aim at everyone else.
            return tuple(user for user in world.users if user != world.me)
        pools: Mapping[str, Sequence[str]] = {
            "cellId": tuple(cell.id for cell in world.cells),
            "staticId": world.chart_static_ids,
            "collectionId": world.collections,
            "groupId": world.groups,
            "dataConnectionId": world.data_connections,
            "orgGuideFileId": world.guides,
            "threadId": world.threads,
        }
        if name == "id" and op in ("GetThread", "ContinueThread"):
            return world.threads
        if name == "id" and op in SUGGESTION_OPERATIONS:
            return world.suggestions
        if name == "changeId":
            return tuple(change[0] for change in world.changes)
        return pools.get(name, ())

    def _path(self, op: str, params: dict[str, Any]) -> None:
        for name, value in list(params.items()):
            chosen = self._replace(self._path_pool(op, name), value, op, name)
            if chosen is not None:
                params[name] = chosen
        change = self.world.change(str(params.get("changeId")))
        if change is not None:
            params["id"] = change[1]  # a change is found under its own suggestion only

    def _query(self, op: str, case: AnyCase, query: dict[str, Any]) -> None:
        world = self.world
        pools = {"projectId": world.projects, "collectionId": world.collections, "groupId": world.groups}
        for name, pool in pools.items():
            if isinstance(query.get(name), str):
                chosen = self._replace(pool, query[name], op, name)
                if chosen is not None:
                    query[name] = chosen
        if "after" in query or "before" in query:
            self._cursors(case, query)

    def _cursors(self, case: AnyCase, query: dict[str, Any]) -> None:
        # Only a cursor the server issued names a position (AfterCursor's `x-hex-constraints`).
        sent = [name for name in ("after", "before") if query.pop(name, None) is not None or name in query]
        wire = {name: _wire(value) for name, value in query.items()}
        minted = dict(zip(("after", "before"), self.mint.cursors(case.formatted_path, wire), strict=True))
        for name in sent:
            if minted[name] is not None:
                query[name] = minted[name]

    # --- references inside bodies -------------------------------------------------------------------

    def _ids(self, values: Any, pool: Sequence[str], *seed: object) -> Any:
        if not isinstance(values, list):
            return values
        return [
            (self._replace(pool, value, *seed, index, keep_one_in=0) or value)
            if isinstance(value, str)
            else value
            for index, value in enumerate(values)
        ]

    def _ref(self, entry: Any, key: str, pool: Sequence[str], *seed: object) -> None:
        """Point `entry[key]` (an id in a dict) at a real record."""
        if isinstance(entry, dict) and isinstance(entry.get(key), str):
            entry[key] = self._replace(pool, entry[key], *seed, keep_one_in=0) or entry[key]

    def _sharing_refs(self, body: Body, kind: str, pool: Sequence[str]) -> None:
        upsert = (body.get("sharing") or {}).get("upsert") or {}
        for index, entry in enumerate(_dicts(upsert.get(f"{kind}s"))):
            self._ref(entry.get(kind), "id", pool, kind, index)

    def _collection_sharing(self, sharing: Any) -> None:
        if isinstance(sharing, dict):
            for key, pool in (("users", self.world.users), ("groups", self.world.groups)):
                for index, entry in enumerate(_dicts(sharing.get(key))):
                    self._ref(entry, "id", pool, key, index)

    def _members(self, members: Any, field: str) -> None:
        if isinstance(members, dict):
            for index, entry in enumerate(_dicts(members.get("users"))):
                self._ref(entry, "id", self.world.users, field, index)

    # --- per operation ------------------------------------------------------------------------------

    def _update_project(self, _case: AnyCase, body: Body) -> None:
        # `status` is the name of one of the workspace's statuses (UpdateProjectRequest), or null.
        statuses = self.world.statuses
        if isinstance(body.get("status"), str) and statuses and body["status"] not in statuses:
            body["status"] = statuses[_hash(body["status"]) % len(statuses)]

    def _run_project(self, case: AnyCase, body: Body) -> None:
        # Input names are the published app's own ("Inputs that are not part of the published app
        # cannot be set this way") and no endpoint lists them, so valid data cannot name any.
        body.pop("inputParams", None)
        if case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL:
            # A dry run's 201 carries a placeholder runId that names no run (`dryRun`'s description),
            # so links from it can only lead to 404s. Stateless tests keep sending dry runs.
            body.pop("dryRun", None)
        for index, notification in enumerate(_dicts(body.get("notifications"))):
            for key, pool in (("userIds", self.world.users), ("groupIds", self.world.groups)):
                if key in notification:
                    notification[key] = self._ids(notification[key], pool, key, index)

    def _create_cell(self, case: AnyCase, body: Body) -> None:
        self._ref(body, "projectId", self.world.projects, "projectId")
        contents = body.get("contents")
        if isinstance(contents, dict):
            self._ref(contents.get("sqlCell"), "dataConnectionId", self.world.data_connections, "sqlCell")
        location = body.get("location")
        cells = self._cells_of(body.get("projectId"), live=self._live(case))
        if isinstance(location, dict) and not self._location(location, cells):
            del body["location"]

    def _update_cell(self, case: AnyCase, body: Body) -> None:
        self._ref(body, "dataConnectionId", self.world.data_connections, "dataConnectionId")
        cell = self._cell((case.path_parameters or {}).get("cellId"), live=self._live(case))
        if cell is None:
            return
        if cell.cell_type != "SQL":
            body.pop("dataConnectionId", None)  # only SQL cells query a data connection
        own = CONTENT_KEYS.get(cell.cell_type)
        contents = body.get("contents")
        if own is None:
            body.pop("contents", None)  # charts, inputs and the like have no source to edit
        elif isinstance(contents, dict):
            # "Send the entry that matches the cell's type" (UpdateCellContents).
            for key in [key for key in contents if key != own]:
                del contents[key]

    def _live(self, case: AnyCase) -> bool:
        """Whether to read cells from the server rather than `world`.

        During a stateful scenario the workspace moves away from `world` (cells are created and
        deleted), and generation happens between steps, so the server's current state is the truth.
        Elsewhere every example starts from the state `world` describes, while the server still holds
        whatever the previous example left, so `world` is.
        """
        return (
            self.lookup is not None and case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL
        )

    def _cells_of(self, project_id: Any, *, live: bool) -> list[CellRef]:
        if not isinstance(project_id, str):
            return []
        if not live or self.lookup is None:
            return [cell for cell in self.world.cells if cell.project_id == project_id]
        status, page = self.lookup("/v1/cells", {"projectId": project_id, "limit": "100"})
        values = page.get("values") if status == 200 and isinstance(page, dict) else None
        return [_cell_ref(cell) for cell in _dicts(values)]

    def _cell(self, cell_id: Any, *, live: bool) -> CellRef | None:
        if not isinstance(cell_id, str):
            return None
        if not live or self.lookup is None:
            return self.world.cell(cell_id)
        status, found = self.lookup(f"/v1/cells/{cell_id}", {})
        return _cell_ref(found) if status == 200 and isinstance(found, dict) else None

    def _location(self, location: Body, cells: list[CellRef]) -> bool:
        """Point `location` at cells of the project; False where it has none to point at (the cell
        is then appended instead, as without a `location`)."""
        # "Referenced cells must belong to the target project", and `parentCellId` names a section
        # cell (CreateCell's `x-hex-constraints`).
        sections = tuple(cell.id for cell in cells if cell.cell_type in SECTION_TYPES)
        ids = [cell.id for cell in cells]
        if "insertAfterCellId" in location and location["insertAfterCellId"] not in ids:
            if not ids:
                return False
            location["insertAfterCellId"] = pick(ids, location["insertAfterCellId"], keep_one_in=0)
        if "parentCellId" in location:
            if not sections:
                return False
            location["parentCellId"] = pick(sections, location["parentCellId"], keep_one_in=0)
        return True

    def _create_collection(self, _case: AnyCase, body: Body) -> None:
        self._collection_sharing(body.get("sharing"))

    def _edit_group(self, _case: AnyCase, body: Body) -> None:
        members = body.get("members")
        if not isinstance(members, dict):
            return
        self._members(members.get("add"), "add")
        self._members(members.get("remove"), "remove")
        # One edit does not add and remove the same user (EditGroup's `x-hex-constraints`, a rule
        # OpenAPI cannot state).
        adding = {entry.get("id") for entry in _dicts((members.get("add") or {}).get("users"))}
        removing = members.get("remove")
        if adding and isinstance(removing, dict) and isinstance(removing.get("users"), list):
            removing["users"] = [
                entry
                for entry in removing["users"]
                if not (isinstance(entry, dict) and entry.get("id") in adding)
            ]

    def _publish_guide_drafts(self, _case: AnyCase, body: Body) -> None:
        if "orgGuideFileIds" in body:
            body["orgGuideFileIds"] = self._ids(body["orgGuideFileIds"], self.world.guides, "guides")

    def _change_target(self, case: AnyCase, body: Body) -> None:
        """`updateTarget` names the kind of the change the path names (another kind is a 400)."""
        change = self.world.change(str((case.path_parameters or {}).get("changeId")))
        if change is not None:
            body["updateTarget"] = change[2]

    def _set_ids(self, body: Body, key: str, pool: Sequence[str], *seed: object) -> None:
        if key in body:
            body[key] = list(dict.fromkeys(self._ids(body[key], pool, *seed)))

    def _thread_refs(self, _case: AnyCase, body: Body) -> None:
        """A thread's project and attachments point at records of the workspace."""
        self._ref(body, "projectId", self.world.projects, "thread project")
        attachments = body.get("attachments")
        if isinstance(attachments, dict):
            self._ref(attachments, "dataConnectionId", self.world.data_connections, "attached connection")
            if "projectIds" in attachments:
                attachments["projectIds"] = self._ids(
                    attachments["projectIds"], self.world.projects, "attached"
                )


def _cell_ref(cell: Mapping[str, Any]) -> CellRef:
    return CellRef(cell["id"], cell["staticId"], cell["projectId"], cell["cellType"])


def install(schema: BaseSchema, repair: Repair) -> None:
    """Register `repair` on `schema` for every phase."""

    @schema.hook
    def map_case(context: HookContext, case: AnyCase) -> AnyCase:  # noqa: ARG001 (the hook's signature)
        return repair(case)

    @schema.hook
    def before_add_examples(context: HookContext, examples: list[AnyCase]) -> None:  # noqa: ARG001
        # The spec's own examples skip `map_case`; they get the same treatment here.
        for example in examples:
            repair(example)
