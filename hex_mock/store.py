"""The workspace state: one consistent set of records that every operation reads and writes.

Records are plain dataclasses (with slots: a large workspace holds a hundred thousand runs) holding
what Hex would store, not what any one endpoint returns; resource modules render them into the
spec's shapes. Tables keep records by id and cache sorted views (rebuilt lazily after a write), so
list pages cost the same in a small or a large workspace.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from hex_mock.clock import Clock, ManualClock
from hex_mock.ids import IdFactory

# Project access levels, lowest to highest (Hex's AccessLevelEnum).
ACCESS_LEVELS = ("NONE", "APP_ONLY", "CAN_VIEW", "CAN_EDIT", "FULL_ACCESS")
# Workspace roles, highest to lowest (Hex's OrgRole).
ORG_ROLES = ("ADMIN", "MANAGER", "EDITOR", "EXPLORER", "MEMBER", "GUEST", "EMBEDDED_USER", "ANONYMOUS")


_ACCESS_RANKS = {level: rank for rank, level in enumerate(ACCESS_LEVELS)}


def access_rank(level: str) -> int:
    """0 for NONE up to 4 for FULL_ACCESS; ValueError for anything else."""
    rank = _ACCESS_RANKS.get(level)
    if rank is None:
        raise ValueError(f"{level!r} is not an access level")
    return rank


@dataclass(slots=True)
class User:
    id: str
    email: str
    name: str | None
    role: str
    created_at: datetime
    last_login_at: datetime | None = None
    deactivated: bool = False


@dataclass(slots=True)
class Token:
    """An API token. Personal tokens act with their user's permissions; workspace tokens are scoped."""

    # None for a token restored from a state file (hex_mock/persistence.py), which keeps only `digest`.
    secret: str | None
    kind: str  # "personal" | "workspace"
    user_id: str
    scopes: frozenset[str]
    created_at: datetime
    expires_at: datetime | None = None
    revoked: bool = False
    # The key the workspace files this token under (see `secret_digest`); derived from `secret` when
    # that is given, so only a token without its secret passes it.
    digest: str = ""

    def __post_init__(self) -> None:
        if self.secret is not None:
            self.digest = secret_digest(self.secret)
        elif not self.digest:
            raise ValueError("a token needs its secret or the secret's digest")


def secret_digest(secret: str) -> str:
    """sha256 hex digest of a token secret.

    Tokens are looked up by this digest rather than by the raw secret, so the lookup itself never
    compares secrets character by character (a timing side channel on a real server).
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


TOKEN_PREFIXES = {"personal": "hxtp_", "workspace": "hxtw_"}


@dataclass(slots=True)
class Group:
    id: str
    name: str
    created_at: datetime
    member_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Collection:
    id: str
    name: str
    created_at: datetime
    creator_id: str | None
    description: str | None = None
    user_access: dict[str, str] = field(default_factory=dict)
    group_access: dict[str, str] = field(default_factory=dict)
    workspace_access: str | None = None


@dataclass(slots=True)
class AppInput:
    """An input of a published app: RunProject's `inputParams` are checked against these."""

    name: str
    data_type: str  # "string" | "number" | "boolean" | ...
    input_cell_type: str  # "text" | "slider" | "checkbox" | ...
    default: Any = None


@dataclass(slots=True)
class Project:
    id: str
    title: str
    creator_id: str
    owner_id: str
    created_at: datetime
    last_edited_at: datetime
    description: str | None = None
    type: str = "PROJECT"
    status: str | None = None
    categories: list[str] = field(default_factory=list)
    reviews_required: bool = False
    app_views: tuple[int, int, int, int] = (0, 0, 0, 0)
    last_viewed_at: datetime | None = None
    published_results_updated_at: datetime | None = None
    last_published_at: datetime | None = None
    archived_at: datetime | None = None
    trashed_at: datetime | None = None
    schedules: list[dict[str, Any]] = field(default_factory=list)
    # Sharing, keyed by principal id.
    user_access: dict[str, str] = field(default_factory=dict)
    group_access: dict[str, str] = field(default_factory=dict)
    collection_access: dict[str, str] = field(default_factory=dict)
    workspace_access: str = "NONE"
    public_access: str = "NONE"
    support_access: str = "NONE"
    # The published app: 0 means never published.
    published_version: int = 0
    app_inputs: list[AppInput] = field(default_factory=list)
    # Draft notebook: cell ids in notebook order.
    cell_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Cell:
    id: str
    static_id: str
    project_id: str
    cell_type: str
    label: str | None = None
    source: str | None = None
    data_connection_id: str | None = None
    output_dataframe: str | None = None
    is_dataframe_sql: bool = False
    parent_id: str | None = None
    # Where the cell sits in its project's notebook, as a key that never changes while cells are
    # inserted or deleted around it (so ListCells cursors stay valid). Ascending along
    # `Project.cell_ids`; None until hex_mock/resources/cells.py first assigns it.
    order_key: str | None = None


@dataclass(slots=True)
class Run:
    id: str
    project_id: str
    project_version: int
    trace_id: str
    created_at: datetime
    status: str = "PENDING"
    trigger: str = "API"
    start_time: datetime | None = None
    end_time: datetime | None = None
    # The terminal status this run will reach unless cancelled (scripted outcomes set it).
    outcome: str = "COMPLETED"
    status_reads: int = 0
    input_params: dict[str, Any] = field(default_factory=dict)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    flag_config_override: str | None = None
    token_secret_hash: str | None = None
    # The RunSettings progression in force when the run was created (hex_mock/runs.py): a later
    # policy change affects new runs only, so no run's timeline jumps.
    progression: str = "clock"
    reads_per_state: int = 2
    pending_seconds: float = 1.0
    running_seconds: float = 5.0


@dataclass(slots=True)
class DataConnection:
    id: str
    name: str
    type: str
    created_at: datetime
    description: str | None = None
    connection_details: dict[str, Any] = field(default_factory=dict)
    connect_via_ssh: bool = False
    include_magic: bool = True
    allow_writeback_cells: bool = False
    schema_refresh_access: str = "USERS_WITH_QUERY_ACCESS"
    workspace_sharing: dict[str, str] = field(default_factory=dict)
    group_access: dict[str, str] = field(default_factory=dict)
    tables: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Guide:
    id: str
    file_path: str
    created_at: datetime
    draft_contents: str | None = None
    published_contents: str | None = None
    external_source: dict[str, Any] | None = None


Record = TypeVar("Record")
Index = TypeVar("Index")


class Table(Generic[Record]):
    """Records by id, plus sorted views that are cached until the next write.

    Adding a record under a new id keeps the cached views, inserting the record at its place, so a
    table that only grows (runs, groups) never re-sorts; any other write drops them. A view is the
    live list: read it before the next write. `index` caches other derived structures the same way.
    """

    def __init__(self) -> None:
        self._rows: dict[str, Record] = {}
        self._views: dict[str, list[Record]] = {}
        # Each view's sort keys, in its order: inserting and bisecting compare these at C speed
        # instead of calling the key function some twenty times per record.
        self._sort_keys: dict[str, list[Any]] = {}
        self._view_keys: dict[str, Callable[[Record], Any]] = {}
        self._indexes: dict[str, tuple[Any, Callable[[Any, Record], None]]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._rows.values())

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._rows

    def get(self, record_id: str) -> Record | None:
        return self._rows.get(record_id)

    def put(self, record_id: str, record: Record) -> Record:
        if record_id in self._rows:
            self._drop_derived()
        else:
            # bisect_right, as a stable re-sort would place it: after equal keys, being the newest.
            for view, rows in self._views.items():
                keys = self._sort_keys[view]
                key = self._view_keys[view](record)
                position = bisect_right(keys, key)
                keys.insert(position, key)
                rows.insert(position, record)
            for index, add in self._indexes.values():
                add(index, record)
        self._rows[record_id] = record
        return record

    def remove(self, record_id: str) -> Record | None:
        self._drop_derived()
        return self._rows.pop(record_id, None)

    def touched(self) -> None:
        """Call after changing a record in place, so sorted views are rebuilt."""
        self._drop_derived()

    def _drop_derived(self) -> None:
        self._views.clear()
        self._sort_keys.clear()
        self._indexes.clear()

    def sorted_by(self, view: str, key: Callable[[Record], Any]) -> list[Record]:
        """All records ordered by `key` (ascending), cached under the name `view`."""
        rows = self._views.get(view)
        if rows is None:
            rows = sorted(self._rows.values(), key=key)
            self._views[view] = rows
            self._sort_keys[view] = [key(row) for row in rows]
            self._view_keys[view] = key
        return rows

    def sort_keys(self, view: str, key: Callable[[Record], Any]) -> list[Any]:
        """`key` of each record of `sorted_by(view, key)`, in the same order: bisect these."""
        self.sorted_by(view, key)
        return self._sort_keys[view]

    def index(
        self, name: str, build: Callable[[Iterable[Record]], Index], add: Callable[[Index, Record], None]
    ) -> Index:
        """`build(all records)`, cached under `name`; `add(index, record)` files each new record into it."""
        cached = self._indexes.get(name)
        if cached is None:
            cached = (build(self._rows.values()), add)
            self._indexes[name] = cached
        value: Index = cached[0]
        return value


@dataclass
class RunSettings:
    """How runs progress and end; the control plane changes these."""

    # "immediate": a run is terminal when created; "reads": after `reads` status reads;
    # "clock": `pending_seconds` after creation it starts, `running_seconds` later it ends.
    progression: str = "clock"
    reads: int = 2
    pending_seconds: float = 1.0
    running_seconds: float = 5.0
    # Scripted terminal statuses for the next runs of a project, consumed in order.
    scripted_outcomes: dict[str, list[str]] = field(default_factory=dict)
    # Hex allows 25 kernels running at once per workspace; RunProject answers 503 beyond that.
    kernel_capacity: int = 25


@dataclass
class Workspace:
    """Everything the mock knows, plus the clock and id source every write uses."""

    clock: Clock = field(default_factory=ManualClock)
    ids: IdFactory = field(default_factory=IdFactory)
    org_id: str = "00000000-0000-4000-8000-000000000000"
    origin: str = "https://app.hex.tech"
    users: Table[User] = field(default_factory=Table)
    # Keyed by `secret_digest(token.secret)`; use add_token/find_token rather than indexing directly.
    tokens: dict[str, Token] = field(default_factory=dict)
    groups: Table[Group] = field(default_factory=Table)
    collections: Table[Collection] = field(default_factory=Table)
    projects: Table[Project] = field(default_factory=Table)
    cells: Table[Cell] = field(default_factory=Table)
    runs: Table[Run] = field(default_factory=Table)
    data_connections: Table[DataConnection] = field(default_factory=Table)
    guides: Table[Guide] = field(default_factory=Table)
    # Workspace-defined vocabularies: status name -> endorsed?, category name -> description.
    statuses: dict[str, bool] = field(default_factory=dict)
    categories: dict[str, str | None] = field(default_factory=dict)
    run_settings: RunSettings = field(default_factory=RunSettings)

    def add_token(self, token: Token) -> Token:
        """File a token under the digest of its secret (replacing any token with the same secret)."""
        self.tokens[token.digest] = token
        return token

    def issue_token(
        self,
        user_id: str,
        *,
        kind: str = "personal",
        scopes: Iterable[str] = (),
        expires_at: datetime | None = None,
    ) -> Token:
        """Create and file a new token with a seeded secret (`hxtp_...` or `hxtw_...`)."""
        if kind not in TOKEN_PREFIXES:
            raise ValueError(f"unknown token kind {kind!r}")
        token = Token(
            secret=self.ids.token(TOKEN_PREFIXES[kind]),
            kind=kind,
            user_id=user_id,
            scopes=frozenset(scopes),
            created_at=self.clock.now(),
            expires_at=expires_at,
        )
        return self.add_token(token)

    def find_token(self, secret: str) -> Token | None:
        """The token whose secret this is, or None."""
        return self.tokens.get(secret_digest(secret))
