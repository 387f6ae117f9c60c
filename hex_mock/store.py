"""The workspace state: one consistent set of records that every operation reads and writes.

Records are dataclasses (with slots: a large workspace holds a hundred thousand runs) holding what
Hex would store, not what any one endpoint returns; resource modules render them into the spec's
shapes. Tables keep records by id and cache sorted views, so list pages cost the same in a small or
a large workspace. A record is changed only by assigning its fields (`Tracked`), which keeps its
table's views right and tells the state file what to write.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import itemgetter
from typing import Any, Generic, TypeVar

from hex_mock.clock import Clock, ManualClock
from hex_mock.ids import IdFactory

# Project access levels, lowest to highest (Hex's AccessLevelEnum).
ACCESS_LEVELS = ("NONE", "APP_ONLY", "CAN_VIEW", "CAN_EDIT", "FULL_ACCESS")
# Workspace roles, highest to lowest (Hex's OrgRole).
ORG_ROLES = ("ADMIN", "MANAGER", "EDITOR", "EXPLORER", "MEMBER", "GUEST", "EMBEDDED_USER", "ANONYMOUS")


_ACCESS_RANKS = {level: rank for rank, level in enumerate(ACCESS_LEVELS)}


def with_grants(grants: Mapping[str, str], changes: Mapping[str, str]) -> dict[str, str]:
    """`grants` (principal id -> access) with `changes` applied; "NONE" takes a grant away."""
    updated = {**grants, **changes}
    return {principal_id: access for principal_id, access in updated.items() if access != "NONE"}


def access_rank(level: str) -> int:
    """0 for NONE up to 4 for FULL_ACCESS; ValueError for anything else."""
    rank = _ACCESS_RANKS.get(level)
    if rank is None:
        raise ValueError(f"{level!r} is not an access level")
    return rank


@dataclass(slots=True)
class Tracked:
    """A record that tells its table when a field is assigned, so the table's sorted views and
    indexes stay right and the state file (hex_mock/persistence.py) learns what to write.

    Fields are only ever assigned, never edited in place: container fields are typed as read-only
    (Sequence, Mapping) so mypy refuses an in-place edit, which the table could not see.
    """

    # The table holding this record (set by Table.put, cleared by Table.remove); not a field of the
    # record's data, and never saved.
    _table: Table[Any] | None = field(default=None, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        table = self._table
        if table is not None:
            table.changed(self, name)


@dataclass(slots=True)
class User(Tracked):
    id: str
    email: str
    name: str | None
    role: str
    created_at: datetime
    last_login_at: datetime | None = None
    deactivated: bool = False


@dataclass(slots=True)
class Token(Tracked):
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
class Group(Tracked):
    id: str
    name: str
    created_at: datetime
    member_ids: Sequence[str] = field(default_factory=list)


@dataclass(slots=True)
class Collection(Tracked):
    id: str
    name: str
    created_at: datetime
    creator_id: str | None
    description: str | None = None
    user_access: Mapping[str, str] = field(default_factory=dict)
    group_access: Mapping[str, str] = field(default_factory=dict)
    workspace_access: str | None = None


@dataclass(slots=True)
class AppInput:
    """An input of a published app: RunProject's `inputParams` are checked against these."""

    name: str
    data_type: str  # "string" | "number" | "boolean" | ...
    input_cell_type: str  # "text" | "slider" | "checkbox" | ...
    default: Any = None


@dataclass(slots=True)
class Project(Tracked):
    id: str
    title: str
    creator_id: str
    owner_id: str
    created_at: datetime
    last_edited_at: datetime
    description: str | None = None
    type: str = "PROJECT"
    status: str | None = None
    categories: Sequence[str] = field(default_factory=list)
    reviews_required: bool = False
    app_views: tuple[int, int, int, int] = (0, 0, 0, 0)
    last_viewed_at: datetime | None = None
    published_results_updated_at: datetime | None = None
    last_published_at: datetime | None = None
    archived_at: datetime | None = None
    trashed_at: datetime | None = None
    schedules: Sequence[Mapping[str, Any]] = field(default_factory=list)
    # Sharing, keyed by principal id.
    user_access: Mapping[str, str] = field(default_factory=dict)
    group_access: Mapping[str, str] = field(default_factory=dict)
    collection_access: Mapping[str, str] = field(default_factory=dict)
    workspace_access: str = "NONE"
    public_access: str = "NONE"
    support_access: str = "NONE"
    # The published app: 0 means never published.
    published_version: int = 0
    app_inputs: Sequence[AppInput] = field(default_factory=list)
    # Draft notebook: cell ids in notebook order.
    cell_ids: Sequence[str] = field(default_factory=list)
    # The share dialog's "Allow signed embedding": CreatePresignedUrl works only when it is on.
    embedding_enabled: bool = False
    # Kernel image and machine size (`{image, size}`, BatchUpdateComputeProfile); None: Hex's default.
    compute_profile: Mapping[str, str] | None = None


@dataclass(slots=True)
class Cell(Tracked):
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
    # The latest draft run's output as set through fixtures or the control plane (see
    # hex_mock/cell_outputs.py); None means a deterministic default.
    output: Mapping[str, Any] | None = None


@dataclass(slots=True)
class Run(Tracked):
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
    input_params: Mapping[str, Any] = field(default_factory=dict)
    notifications: Sequence[Mapping[str, Any]] = field(default_factory=list)
    flag_config_override: str | None = None
    token_secret_hash: str | None = None
    # Its pace, copied from RunSettings when it was created (hex_mock/pacing.py: `Paced`, and how
    # long it waits PENDING).
    progression: str = "clock"
    reads_per_state: int = 2
    pending_seconds: float = 1.0
    running_seconds: float = 5.0


@dataclass(slots=True)
class EmbedLink(Tracked):
    """A signed embedding URL of CreatePresignedUrl: opened at most once, before it expires."""

    token: str
    project_id: str
    created_at: datetime
    expires_at: datetime
    test_mode: bool = False
    # The request's viewer settings (hexUserAttributes, scope, inputParameters, displayOptions).
    options: Mapping[str, Any] = field(default_factory=dict)
    opened_at: datetime | None = None


@dataclass(slots=True)
class DataConnection(Tracked):
    id: str
    name: str
    type: str
    created_at: datetime
    description: str | None = None
    connection_details: Mapping[str, Any] = field(default_factory=dict)
    connect_via_ssh: bool = False
    include_magic: bool = True
    allow_writeback_cells: bool = False
    schema_refresh_access: str = "USERS_WITH_QUERY_ACCESS"
    workspace_sharing: Mapping[str, str] = field(default_factory=dict)
    group_access: Mapping[str, str] = field(default_factory=dict)
    # The catalog: qualified table names (`database.schema.table`, or `schema.table` where the
    # warehouse has no database level), from which its databases and schemas follow.
    tables: Sequence[str] = field(default_factory=list)
    # Catalog object statuses: level (DATABASE, SCHEMA, TABLE) -> qualified name -> status name.
    catalog_statuses: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    schema_filters: Mapping[str, Any] | None = None
    schema_refresh_schedule: Mapping[str, Any] | None = None
    # Write-only secrets (passwords, keys, tokens) are kept only as `secret_digest`s, by setting
    # name: enough to tell that one was set or changed, never enough to send or save it.
    secret_digests: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Guide(Tracked):
    id: str
    file_path: str
    created_at: datetime
    draft_contents: str | None = None
    published_contents: str | None = None
    external_source: Mapping[str, Any] | None = None


@dataclass(slots=True)
class SemanticProject(Tracked):
    """A semantic project: its datasets and views as last ingested, and their statuses."""

    id: str
    name: str
    created_at: datetime
    datasets: Sequence[str] = field(default_factory=list)
    views: Sequence[str] = field(default_factory=list)
    # Level (DATASET, VIEW) -> name -> status name.
    statuses: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    last_ingested_at: datetime | None = None


@dataclass(slots=True)
class Topic(Tracked):
    id: str
    name: str


@dataclass(slots=True)
class ThreadTurn:
    """One prompt sent to a thread and how the agent's work on it ended (both None while it runs)."""

    prompt: str
    started_at: datetime
    ended_at: datetime | None = None
    answer: str | None = None
    error_type: str | None = None
    error_message: str | None = None


@dataclass(slots=True)
class ThreadOutcome:
    """How the agent's next turn ends: an answer, or a failure of one of Hex's error types."""

    answer: str | None = None
    error_type: str | None = None
    error_message: str | None = None


@dataclass(slots=True)
class Thread(Tracked):
    id: str
    user_id: str
    created_at: datetime
    updated_at: datetime
    title: str | None = None
    source: str = "PUBLIC_API"
    type: str = "THREADS"
    project_id: str | None = None
    sensitive: bool = False
    muted: bool = False
    # Ids of the projects and data connections the thread worked with (ListThreads' resourceIds).
    resource_ids: Sequence[str] = field(default_factory=list)
    topic_ids: Sequence[str] = field(default_factory=list)
    warnings: Sequence[Mapping[str, Any]] = field(default_factory=list)
    feedback: Sequence[Mapping[str, Any]] = field(default_factory=list)
    # RUNNING | IDLE | ERROR: how the last turn stands (hex_mock/thread_lifecycle.py).
    status: str = "RUNNING"
    turns: Sequence[ThreadTurn] = field(default_factory=list)
    # The last turn's scripted end and pace, copied when it started (hex_mock/pacing.py: `Paced`).
    outcome: ThreadOutcome = field(default_factory=ThreadOutcome)
    progression: str = "clock"
    reads_per_state: int = 2
    running_seconds: float = 5.0
    status_reads: int = 0


@dataclass(slots=True)
class ProposedChange:
    """One change a context suggestion proposes: the spec's `ProposedChange` and why it was dismissed."""

    id: str
    kind: str  # FILE_UPDATE | DATA_WAREHOUSE_UPDATE (the spec's `updateType`)
    status: str
    payload: Mapping[str, Any]  # the spec's FileUpdatePayload or DataWarehouseUpdatePayload
    rejection_reason: str | None = None


@dataclass(slots=True)
class Suggestion(Tracked):
    """A context suggestion, and the review agent's run on it (hex_mock/suggestion_review.py)."""

    id: str
    title: str
    summary: str
    created_at: datetime
    status: str = "OPEN"
    last_source_added_at: datetime | None = None
    rejection_reason: str | None = None
    # Each source: `warning` ({summary, warningType} or None) and `thread_id` (an agent thread's id
    # or None), the thread rendered when read.
    sources: Sequence[Mapping[str, Any]] = field(default_factory=list)
    changes: Sequence[ProposedChange] = field(default_factory=list)
    # The review under way: when it started (None: no review runs), and its pace, copied when it
    # started (hex_mock/pacing.py: `Paced`).
    review_started_at: datetime | None = None
    progression: str = "clock"
    reads_per_state: int = 2
    running_seconds: float = 5.0
    status_reads: int = 0
    # The changes the next review to end proposes instead of its default (control plane).
    scripted_changes: Sequence[ProposedChange] | None = None


Index = TypeVar("Index")


Record = TypeVar("Record", bound=Tracked)


def record_fields(record_type: type[Any]) -> tuple[str, ...]:
    """The data fields of a record type, in declaration order (not its table link)."""
    return tuple(item.name for item in fields(record_type) if not item.name.startswith("_"))


class Table(Generic[Record]):
    """Records by key (their `id`, unless another field is named), plus sorted views and indexes.

    Every change reaches the table: adding and removing through `put`/`remove`, and assigning a
    field of a filed record through `Tracked.__setattr__`. A change moves the record within each
    cached view (a binary search, never a re-sort) and drops the indexes that depend on the field.
    With `tracking` on, the keys of changed and removed records are kept until `take_changes`.
    """

    def __init__(self, key_field: str = "id") -> None:
        self.key_field = key_field
        self.tracking = False
        self._rows: dict[str, Record] = {}
        self._views: dict[str, list[Record]] = {}
        # Each view's sort keys, in its order: inserting and bisecting compare these at C speed
        # instead of calling the key function some twenty times per record. `_keys_by_record` holds
        # the same keys by record key, to find a changed record's old place.
        self._sort_keys: dict[str, list[Any]] = {}
        self._keys_by_record: dict[str, dict[str, Any]] = {}
        self._view_keys: dict[str, Callable[[Record], Any]] = {}
        self._indexes: dict[str, tuple[Any, Callable[[Any, Record], None], frozenset[str] | None]] = {}
        # Keys in the order first marked, so new records reach the state file in the order added.
        self._changed: dict[str, None] = {}
        self._removed: set[str] = set()

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._rows.values())

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def get(self, key: str) -> Record | None:
        return self._rows.get(key)

    def put(self, key: str, record: Record) -> Record:
        """File `record` under `key` (its key field), replacing any record filed there."""
        replaced = self._rows.get(key)
        if replaced is not record:
            if replaced is not None:
                self._unfile(key, replaced)  # the new record takes its place in the table's order
            self._rows[key] = record
            object.__setattr__(record, "_table", self)
            for view in self._views:
                self._insert(view, key, record)
            for index, add, _ in self._indexes.values():
                add(index, record)
        self._mark(key)
        return record

    def fill(self, records: Iterable[Record]) -> None:
        """Add records to an empty table all at once (a restore), in their order."""
        if self._rows:
            raise ValueError("fill() is for an empty table")
        key_field = self.key_field
        for record in records:
            self._rows[getattr(record, key_field)] = record
            object.__setattr__(record, "_table", self)

    def remove(self, key: str) -> Record | None:
        record = self._rows.pop(key, None)
        if record is None:
            return None
        self._unfile(key, record)
        if self.tracking:
            self._changed.pop(key, None)
            self._removed.add(key)
        return record

    def changed(self, record: Record, field_name: str) -> None:
        """A field of a filed record was assigned (Tracked.__setattr__ calls this)."""
        key = getattr(record, self.key_field)
        if self._rows.get(key) is not record:
            return  # a record no longer filed here (its key field is never assigned)
        for view, by_record in self._keys_by_record.items():
            new = self._view_keys[view](record)
            if by_record[key] != new:
                self._take_out(view, key, record)
                self._insert(view, key, record)
        for name, (_, _, depends_on) in list(self._indexes.items()):
            if depends_on is None or field_name in depends_on:
                del self._indexes[name]
        self._mark(key)

    def _mark(self, key: str) -> None:
        if self.tracking:
            self._changed.setdefault(key)
            self._removed.discard(key)

    @property
    def has_changes(self) -> bool:
        """Whether `take_changes` has anything to give."""
        return bool(self._changed or self._removed)

    def take_changes(self) -> tuple[list[Record], list[str]]:
        """(the records changed or added, the keys removed) since the last call; tracking only."""
        changed = [self._rows[key] for key in self._changed]
        removed = list(self._removed)
        self._changed, self._removed = {}, set()
        return changed, removed

    def restore_changes(self, changed: Iterable[Record], removed: Iterable[str]) -> None:
        """Mark again what `take_changes` returned (a commit that failed), unless changed since."""
        for record in changed:
            key = getattr(record, self.key_field)
            if self._rows.get(key) is record:
                self._changed.setdefault(key)
        self._removed.update(key for key in removed if key not in self._rows)

    def _unfile(self, key: str, record: Record) -> None:
        for view in self._views:
            self._take_out(view, key, record)
        self._indexes.clear()  # indexes can only add: a record leaving one means a rebuild
        object.__setattr__(record, "_table", None)

    def _insert(self, view: str, key: str, record: Record) -> None:
        # bisect_right, as a stable re-sort would place it: after equal keys, being the newest.
        keys = self._sort_keys[view]
        sort_key = self._view_keys[view](record)
        position = bisect_right(keys, sort_key)
        keys.insert(position, sort_key)
        self._views[view].insert(position, record)
        self._keys_by_record[view][key] = sort_key

    def _take_out(self, view: str, key: str, record: Record) -> None:
        keys, rows = self._sort_keys[view], self._views[view]
        position = bisect_left(keys, self._keys_by_record[view].pop(key))
        while rows[position] is not record:  # past records with an equal sort key
            position += 1
        del keys[position], rows[position]

    def sorted_by(self, view: str, key: Callable[[Record], Any]) -> list[Record]:
        """All records ordered by `key` (ascending), cached under the name `view`."""
        rows = self._views.get(view)
        if rows is None:
            keyed = sorted(
                ((key(row), record_key, row) for record_key, row in self._rows.items()), key=itemgetter(0)
            )
            rows = [row for _, _, row in keyed]
            self._views[view] = rows
            self._sort_keys[view] = [sort_key for sort_key, _, _ in keyed]
            self._keys_by_record[view] = {record_key: sort_key for sort_key, record_key, _ in keyed}
            self._view_keys[view] = key
        return rows

    def sort_keys(self, view: str, key: Callable[[Record], Any]) -> list[Any]:
        """`key` of each record of `sorted_by(view, key)`, in the same order: bisect these."""
        self.sorted_by(view, key)
        return self._sort_keys[view]

    def index(
        self,
        name: str,
        build: Callable[[Iterable[Record]], Index],
        add: Callable[[Index, Record], None],
        depends_on: frozenset[str] | None = None,
    ) -> Index:
        """`build(all records)`, cached under `name`; `add(index, record)` files each new record into
        it. It is rebuilt after a record leaves, or a field in `depends_on` (default: any) changes."""
        cached = self._indexes.get(name)
        if cached is None:
            cached = (build(self._rows.values()), add, depends_on)
            self._indexes[name] = cached
        value: Index = cached[0]
        return value


@dataclass
class RunSettings:
    """How runs and agent threads progress and end; the control plane changes these."""

    # "immediate": a run is terminal when created; "reads": after `reads` status reads;
    # "clock": `pending_seconds` after creation it starts, `running_seconds` later it ends.
    progression: str = "clock"
    reads: int = 2
    pending_seconds: float = 1.0
    running_seconds: float = 5.0
    # Scripted terminal statuses for the next runs of a project, consumed in order.
    scripted_outcomes: dict[str, list[str]] = field(default_factory=dict)
    # Scripted ends of the next agent thread turns in the workspace, consumed in order.
    thread_outcomes: list[ThreadOutcome] = field(default_factory=list)
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
    tokens: Table[Token] = field(default_factory=lambda: Table("digest"))
    groups: Table[Group] = field(default_factory=Table)
    collections: Table[Collection] = field(default_factory=Table)
    projects: Table[Project] = field(default_factory=Table)
    cells: Table[Cell] = field(default_factory=Table)
    runs: Table[Run] = field(default_factory=Table)
    data_connections: Table[DataConnection] = field(default_factory=Table)
    guides: Table[Guide] = field(default_factory=Table)
    embed_links: Table[EmbedLink] = field(default_factory=lambda: Table("token"))
    semantic_projects: Table[SemanticProject] = field(default_factory=Table)
    threads: Table[Thread] = field(default_factory=Table)
    topics: Table[Topic] = field(default_factory=Table)
    suggestions: Table[Suggestion] = field(default_factory=Table)
    # Workspace-defined vocabularies: status name -> endorsed?, category name -> description.
    statuses: dict[str, bool] = field(default_factory=dict)
    categories: dict[str, str | None] = field(default_factory=dict)
    run_settings: RunSettings = field(default_factory=RunSettings)

    def add_token(self, token: Token) -> Token:
        """File a token under the digest of its secret (replacing any token with the same secret)."""
        return self.tokens.put(token.digest, token)

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

    def add_project(self, owner_id: str, title: str, description: str | None = None) -> Project:
        """File a new, unpublished project owned by `owner_id` (CreateProject; CreateThread's
        `newProject`). Hex lists the owner among the project's user shares (observed in real payloads)."""
        now = self.clock.now()
        project = Project(
            id=self.ids.uuid(),
            title=title,
            description=description,
            creator_id=owner_id,
            owner_id=owner_id,
            created_at=now,
            last_edited_at=now,
            user_access={owner_id: "FULL_ACCESS"},
        )
        return self.projects.put(project.id, project)

    def find_token(self, secret: str) -> Token | None:
        """The token whose secret this is, or None."""
        return self.tokens.get(secret_digest(secret))
