"""The workspace state: one consistent set of records that every operation reads and writes.

Records are plain dataclasses holding what Hex would store, not what any one endpoint returns;
resource modules render them into the spec's shapes. Tables keep records by id and cache sorted
views (rebuilt lazily after a write), so list pages cost the same in a small or a large workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from hex_mock.clock import Clock, ManualClock
from hex_mock.ids import IdFactory

# Project access levels, lowest to highest (Hex's AccessLevelEnum).
ACCESS_LEVELS = ("NONE", "APP_ONLY", "CAN_VIEW", "CAN_EDIT", "FULL_ACCESS")
# Workspace roles, highest to lowest (Hex's OrgRole).
ORG_ROLES = ("ADMIN", "MANAGER", "EDITOR", "EXPLORER", "MEMBER", "GUEST", "EMBEDDED_USER", "ANONYMOUS")


def access_rank(level: str) -> int:
    return ACCESS_LEVELS.index(level)


@dataclass
class User:
    id: str
    email: str
    name: str | None
    role: str
    created_at: datetime
    last_login_at: datetime | None = None
    deactivated: bool = False


@dataclass
class Token:
    """An API token. Personal tokens act with their user's permissions; workspace tokens are scoped."""

    secret: str
    kind: str  # "personal" | "workspace"
    user_id: str
    scopes: frozenset[str]
    created_at: datetime
    expires_at: datetime | None = None
    revoked: bool = False


@dataclass
class Group:
    id: str
    name: str
    created_at: datetime
    member_ids: list[str] = field(default_factory=list)


@dataclass
class Collection:
    id: str
    name: str
    created_at: datetime
    creator_id: str | None
    description: str | None = None
    user_access: dict[str, str] = field(default_factory=dict)
    group_access: dict[str, str] = field(default_factory=dict)
    workspace_access: str | None = None


@dataclass
class AppInput:
    """An input of a published app: RunProject's `inputParams` are checked against these."""

    name: str
    data_type: str  # "string" | "number" | "boolean" | ...
    input_cell_type: str  # "text" | "slider" | "checkbox" | ...
    default: Any = None


@dataclass
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


@dataclass
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


@dataclass
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


@dataclass
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


@dataclass
class Guide:
    id: str
    file_path: str
    created_at: datetime
    draft_contents: str | None = None
    published_contents: str | None = None
    external_source: dict[str, Any] | None = None


Record = TypeVar("Record")


class Table(Generic[Record]):
    """Records by id, plus sorted views that are cached until the next write."""

    def __init__(self) -> None:
        self._rows: dict[str, Record] = {}
        self._views: dict[str, list[Record]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._rows.values())

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._rows

    def get(self, record_id: str) -> Record | None:
        return self._rows.get(record_id)

    def put(self, record_id: str, record: Record) -> Record:
        self._rows[record_id] = record
        self._views.clear()
        return record

    def remove(self, record_id: str) -> Record | None:
        self._views.clear()
        return self._rows.pop(record_id, None)

    def touched(self) -> None:
        """Call after changing a record in place, so sorted views are rebuilt."""
        self._views.clear()

    def sorted_by(self, view: str, key: Callable[[Record], Any]) -> list[Record]:
        """All records ordered by `key` (ascending), cached under the name `view`."""
        rows = self._views.get(view)
        if rows is None:
            rows = sorted(self._rows.values(), key=key)
            self._views[view] = rows
        return rows


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
