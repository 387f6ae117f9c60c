"""What the server under test holds, learnt through its own GET endpoints: ids to aim generated
requests at, and cursors it issued.

A random UUID is a well-formed id that names nothing, so a request built from one only ever reaches
the 404 branch. The suite therefore also aims requests at records that exist; it finds them the way
a client would, by listing them, so the same code serves the in-process mock (through a scratch
copy of its workspace) and a real Hex workspace (through the read-only session).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# GET `path` (relative to the API base, e.g. "/v1/projects") with query `params` -> (status, JSON body).
Get = Callable[[str, Mapping[str, str]], tuple[int, Any]]

PAGE_SIZE = "100"
# A workspace can be large; these bound how much of it discovery reads (and a live run spends).
MAX_PAGES = 5
MAX_PROJECTS_WITH_CELLS = 10
# GetSuggestions lists one status at a time (OPEN unless asked).
SUGGESTION_STATUSES = ("OPEN", "IN_PROGRESS", "RESOLVED", "COMPLETED", "DISMISSED")


@dataclass(frozen=True)
class CellRef:
    id: str
    static_id: str
    project_id: str
    cell_type: str


@dataclass(frozen=True)
class World:
    me: str | None = None  # the caller's user id
    projects: tuple[str, ...] = ()
    published_projects: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    cells: tuple[CellRef, ...] = ()
    collections: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    data_connections: tuple[str, ...] = ()
    guides: tuple[str, ...] = ()
    threads: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    # Each proposed change as (its id, its suggestion's id, its kind): a change update names all three.
    changes: tuple[tuple[str, str, str], ...] = ()

    def change(self, change_id: str) -> tuple[str, str, str] | None:
        return next((change for change in self.changes if change[0] == change_id), None)

    def cell(self, cell_id: str) -> CellRef | None:
        return next((cell for cell in self.cells if cell.id == cell_id), None)

    @property
    def chart_static_ids(self) -> tuple[str, ...]:
        return tuple(cell.static_id for cell in self.cells if cell.cell_type == "CHART")


def _pages(
    get: Get, path: str, params: Mapping[str, str] | None = None, items: str = "values"
) -> Iterator[dict[str, Any]]:
    query = {"limit": PAGE_SIZE, **(params or {})}
    for _ in range(MAX_PAGES):
        status, body = get(path, query)
        if status != 200 or not isinstance(body, dict):
            return
        yield from body.get(items, [])
        after = (body.get("pagination") or {}).get("after")
        if not after:
            return
        query = {**query, "after": after}


def discover(get: Get) -> World:
    """Every id the caller can see, read through list endpoints (all GETs)."""
    status, me = get("/v1/users/me", {})
    projects = list(
        _pages(
            get,
            "/v1/projects",
            {"includeArchived": "true", "includeTrashed": "true", "includeComponents": "true"},
        )
    )
    cells = [
        CellRef(
            id=cell["id"],
            static_id=cell["staticId"],
            project_id=cell["projectId"],
            cell_type=cell["cellType"],
        )
        for project in projects[:MAX_PROJECTS_WITH_CELLS]
        for cell in _pages(get, "/v1/cells", {"projectId": project["id"], "limit": "100"})
    ]
    statuses = sorted({project["status"]["name"] for project in projects if project.get("status")})
    suggestions = [
        item["id"]
        for status_name in SUGGESTION_STATUSES
        for item in _pages(get, "/v1/suggestions", {"status": status_name})
    ]
    return World(
        me=me.get("id") if status == 200 and isinstance(me, dict) else None,
        projects=tuple(project["id"] for project in projects),
        published_projects=tuple(project["id"] for project in projects if project.get("lastPublishedAt")),
        statuses=tuple(statuses),
        cells=tuple(cells),
        collections=tuple(item["id"] for item in _pages(get, "/v1/collections")),
        groups=tuple(item["id"] for item in _pages(get, "/v1/groups")),
        users=tuple(item["id"] for item in _pages(get, "/v1/users")),
        data_connections=tuple(item["id"] for item in _pages(get, "/v1/data-connections")),
        guides=tuple(item["id"] for item in _pages(get, "/v1/guides/draft/list")),
        threads=tuple(item["id"] for item in _pages(get, "/v1/threads", items="threads")),
        suggestions=tuple(suggestions),
        changes=_changes(get, suggestions),
    )


def _changes(get: Get, suggestions: Sequence[str]) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    for suggestion_id in suggestions:
        status, body = get(f"/v1/suggestions/{suggestion_id}", {})
        if status == 200 and isinstance(body, dict):
            found += [
                (change["id"], suggestion_id, change["updateType"]) for change in body["proposedChanges"]
            ]
    return tuple(found)


@dataclass
class CursorMint:
    """Cursors the server itself issued for a listing, to send where the spec only says "a cursor".

    A cursor is opaque: any string is a schema-valid `after`, but only one the server issued is a
    valid one, so sending random strings as cursors in positive tests would test nothing but the
    400 branch. For a list request this asks the server for the same listing one item at a time and
    keeps the `after` cursor of the first page and the `before` cursor of the second.
    """

    get: Get
    _cache: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[str | None, str | None]] = field(
        default_factory=dict
    )

    def cursors(self, path: str, query: Mapping[str, str]) -> tuple[str | None, str | None]:
        """(after, before) cursors for the listing at `path` with `query` (its own cursors ignored)."""
        params = {name: value for name, value in query.items() if name not in ("after", "before", "limit")}
        key = (path, tuple(sorted(params.items())))
        if key not in self._cache:
            self._cache[key] = self._mint(path, params)
        return self._cache[key]

    def _mint(self, path: str, params: Mapping[str, str]) -> tuple[str | None, str | None]:
        status, first = self.get(path, {**params, "limit": "1"})
        if status != 200 or not isinstance(first, dict):
            return None, None
        after = (first.get("pagination") or {}).get("after")
        if not after:
            return None, None
        status, second = self.get(path, {**params, "limit": "1", "after": after})
        before = (
            (second.get("pagination") or {}).get("before")
            if status == 200 and isinstance(second, dict)
            else None
        )
        return after, before
