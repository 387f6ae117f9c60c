"""Durable state: the workspace in a SQLite database, written one small transaction per write.

`hex-mock serve --state-file PATH` and `HexMock(state_file=...)` keep the workspace in PATH, a
SQLite database (WAL journal, `synchronous=FULL`) that the `sqlite3` shell can read at any time:

- one table per workspace table (`users`, `tokens`, `groups`, `collections`, `projects`, `cells`,
  `runs`, `data_connections`, `guides`, `embed_links`, `semantic_projects`, `threads`, `topics`,
  `suggestions`),
  with a `workspace` column (the id of the workspace holding the record: `default`, or one a mock
  made) and a column per record field named as the field in hex_mock/store.py. Text, numbers and
  booleans (0/1) are plain columns; timestamps are ISO-8601 UTC text with microseconds
  (`2026-01-05T09:30:00.123456Z`); lists, mappings and app inputs are JSON text. `tokens` has no
  `secret` column: a token is kept as the sha256 digest of its secret. `runs`, `threads` and
  `suggestions` name their pace columns alike (hex_mock/pacing.py: `progression`, `reads_per_state`,
  `running_seconds`, `status_reads`; runs also `pending_seconds`).
- `settings` (workspace, name, value as JSON): each workspace's other fields (`org_id`, `origin`,
  `statuses`, `categories`, `run_settings`), where the id generators stand (`ids_origin` and
  `ids_drawn`, and the same for `trace_ids`: ids issued after a restart never repeat earlier ones; see
  hex_mock/ids.py), the workspace clock's time at the last commit (`saved_at`), and for a workspace the
  mock made, what it was made from (`fixtures`, `replaced_secrets`).

`PRAGMA application_id` marks the file as hex-mock's and `PRAGMA user_version` holds its format
version. A file of an older version is brought up to date by the steps in MIGRATIONS, each in its
own transaction; a file that is not hex-mock's, is damaged, is of a newer version or is held by
another hex-mock is refused with StateFileError naming the file and the problem.

Writing: the store's tables know which records changed (hex_mock/store.py), so a commit writes just
those rows and the settings that changed. Changes are taken in the event loop (consistent, because
handlers are synchronous) and written in the order they were taken. A commit first lets the loop
run once, so that every write already under way joins it (group commit). A write that no other
write waits behind is written right there in the event loop, as long as commits are quick
(INLINE_COMMIT_LIMIT_S); otherwise in a worker thread, while the loop serves on and later writes
gather for the next transaction. A write request's response waits for the commit that includes
it. Reads never wait for the disk, and what a read changes (a status read of a run, a run the clock
has moved on) is written with the next commit.
The request journal and the rate-limit windows are not state: a restart starts both afresh.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import sqlite3
import threading
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from types import GenericAlias
from typing import IO, Any, Union, get_args, get_origin, get_type_hints

import msgspec

from hex_mock.clock import Clock
from hex_mock.ids import IdFactory
from hex_mock.resources.data_connections import split_secrets
from hex_mock.store import Table, Tracked, Workspace, record_fields

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no cross-process lock
    fcntl = None  # type: ignore[assignment]

APPLICATION_ID = 0x4845584D  # "HEXM"
# Bump when a saved file could no longer be read as it was meant (a column added, renamed or given
# another meaning), and add the step that brings a file of the previous version up to date.
# Version 1 was a single JSON document, not a database; version 2 held one workspace; version 3
# kept each id generator's whole state in one setting; version 4 had no embedding or cell outputs;
# version 5 kept data connections' secrets as given and had no semantic projects; version 6 had no
# agent threads or topics; version 7 had no context suggestions or compute profiles; version 8 named a
# suggestion review's pace otherwise than runs and threads name theirs.
VERSION = 9
DEFAULT_KEY = "default"  # the workspace a version 2 file held


def _positions_with_origins(connection: sqlite3.Connection) -> None:
    """Version 3 -> 4: each id generator's whole state, rewritten by every commit, becomes the origin
    of a count of words drawn since, which a commit rewrites alone."""
    for name in ("ids", "trace_ids"):
        connection.execute(
            "INSERT INTO settings (workspace, name, value) "
            "SELECT workspace, ?, '0' FROM settings WHERE name = ?",
            (f"{name}_drawn", name),
        )
        connection.execute("UPDATE settings SET name = ? WHERE name = ?", (f"{name}_origin", name))


_SQLITE_HEADER = b"SQLite format 3\x00"
_JSON_STATE_HEADER = b'{"format": "hex-mock-state"'
# Workspace fields that are not saved: the clock is the process's; the id generator is a setting.
_NOT_DATA = frozenset({"clock", "ids"})
# A write that no other write waits behind commits in the event loop, which saves the hop to a
# thread and back (a good part of a commit on a fast disk), unless the last commit took longer than
# this: on a slow or busy disk the loop is not held up, whatever the write would save.
INLINE_COMMIT_LIMIT_S = 0.001
# Token secrets are never saved, only their digests.
_NEVER_SAVED = {"tokens": frozenset({"secret"})}


class StateFileError(Exception):
    """A state file that cannot be used; the message names the file and what is wrong with it."""


# --- records as rows -----------------------------------------------------------------------------------


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.isoformat()
    # isoformat, not strftime, which costs more: every commit writes the clock's time.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"  # less "+00:00"


def _text(value: str) -> str | bytes:
    # SQLite text is UTF-8; a lone surrogate (a fixtures document can carry one) has no UTF-8 form,
    # so such a string is kept as a blob of its surrogate-passing bytes, and turned back on reading.
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def _to_json(value: Any) -> str | bytes:
    """JSON text of any record field or setting (lists, mappings, app inputs, run settings)."""
    try:
        # msgspec's encoder: every commit encodes the id generators' states (hundreds of numbers).
        return msgspec.json.encode(value).decode()
    except UnicodeEncodeError:  # a lone surrogate has no UTF-8 form: kept by _text as a blob
        return _text(json.dumps(msgspec.to_builtins(value), ensure_ascii=False, separators=(",", ":")))


def _sorted_json(value: frozenset[Any]) -> str | bytes:
    return _to_json(sorted(value))


def _plain(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool
    encode: Callable[[Any], Any]
    is_json: bool
    is_boolean: bool  # stored as 0/1, told apart from other integers when read back


def _column(name: str, hint: Any) -> Column:
    options = get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)
    nullable = type(None) in options
    kinds = [option for option in options if option is not type(None)]
    kind = kinds[0] if len(kinds) == 1 else Any
    plain: dict[Any, tuple[str, Callable[[Any], Any]]] = {
        str: ("TEXT", _text),
        bool: ("INTEGER", _plain),
        int: ("INTEGER", _plain),
        float: ("REAL", _plain),
        datetime: ("TEXT", _time),
    }
    sql_type, encode = plain.get(kind, ("TEXT", _to_json))
    if get_origin(kind) is frozenset:
        encode = _sorted_json  # the same set gives the same text, whatever order it iterates in
    return Column(name, sql_type, nullable, encode, kind not in plain, kind is bool)


@dataclass(frozen=True)
class TableSchema:
    """How the records of one workspace table map to the rows of the SQL table of the same name."""

    name: str
    record_type: type[Tracked]
    key: str
    columns: tuple[Column, ...]
    omitted: frozenset[str]  # record fields never saved (filled with None on restore)

    @classmethod
    def of(cls, name: str, record_type: type[Tracked], key: str) -> TableSchema:
        hints = get_type_hints(record_type)
        omitted = _NEVER_SAVED.get(name, frozenset())
        columns = tuple(
            _column(field_name, hints[field_name])
            for field_name in record_fields(record_type)
            if field_name not in omitted
        )
        return cls(name, record_type, key, columns, omitted)

    def create(self) -> str:
        def declare(column: Column) -> str:
            return f"{column.name} {column.sql_type}{'' if column.nullable else ' NOT NULL'}"

        declared = ", ".join(declare(column) for column in self.columns)
        key = f"PRIMARY KEY (workspace, {self.key})"
        return f"CREATE TABLE {self.name} (workspace TEXT NOT NULL, {declared}, {key})"

    @functools.cached_property
    def upsert(self) -> str:
        """Takes the workspace's id, then the record's `row` (built once: every commit runs it)."""
        # An update keeps the row's rowid, so rows read back in rowid order come in the order the
        # records were added to the table, as the table itself iterates them.
        names = ", ".join(column.name for column in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{column.name} = excluded.{column.name}" for column in self.columns)
        return (
            f"INSERT INTO {self.name} (workspace, {names}) VALUES (?, {marks}) "
            f"ON CONFLICT (workspace, {self.key}) DO UPDATE SET {updates}"
        )

    @functools.cached_property
    def delete(self) -> str:
        return f"DELETE FROM {self.name} WHERE workspace = ? AND {self.key} = ?"

    def row(self, record: Any) -> tuple[Any, ...]:
        return tuple(
            None if (value := getattr(record, column.name)) is None else column.encode(value)
            for column in self.columns
        )

    def read(self, connection: sqlite3.Connection, workspace: str) -> list[Any]:
        """Every record of the workspace's table, in the order they were added; ValueError naming
        the first value that does not fit its field."""
        # SQLite writes the whole table as one JSON array that msgspec reads into records: no Python
        # code runs per row. Unless some text is a blob (it holds a lone surrogate, which JSON
        # cannot): then row by row in Python.
        query = f"SELECT json_group_array(json_object({self._json_fields()})) FROM "
        # `+workspace`: a scan in rowid order, as the records were added, rather than the key's index
        # and a sort of every row it finds (four times the cost of restoring a large workspace).
        rows = f"(SELECT * FROM {self.name} WHERE +workspace = ? ORDER BY rowid)"
        try:
            try:
                (document,) = connection.execute(query + rows, (workspace,)).fetchone()
            except sqlite3.OperationalError as error:
                if "BLOB" not in str(error):
                    raise
                items = self._items(connection, workspace)
                records: list[Any] = msgspec.convert(items, self._list_type(), strict=False)
            else:
                records = msgspec.json.decode(document, type=self._list_type(), strict=False)
        except msgspec.ValidationError as error:
            raise ValueError(f"{self.name}: {error}") from None
        return records

    def _list_type(self) -> Any:
        return GenericAlias(list, (self.record_type,))

    def _json_fields(self) -> str:
        def value(column: Column) -> str:
            if column.is_json:
                return f"json({column.name})"
            if column.is_boolean:
                return f"json(CASE {column.name} WHEN 0 THEN 'false' WHEN 1 THEN 'true' END)"
            return column.name

        pairs = [f"'{column.name}', {value(column)}" for column in self.columns]
        return ", ".join([*pairs, *(f"'{name}', NULL" for name in self.omitted)])

    def _items(self, connection: sqlite3.Connection, workspace: str) -> list[dict[str, Any]]:
        names = [column.name for column in self.columns]
        query = f"SELECT {', '.join(names)} FROM {self.name} WHERE +workspace = ? ORDER BY rowid"
        json_names = [column.name for column in self.columns if column.is_json]
        items = []
        for row in connection.execute(query, (workspace,)):
            item = dict(zip(names, map(_from_blob, row), strict=True), **dict.fromkeys(self.omitted))
            for name in json_names:
                if item[name] is not None:
                    item[name] = json.loads(item[name])
            items.append(item)
        return items


@contextmanager
def _collector_paused() -> Iterator[None]:
    # A restore allocates a record per row and no cycles among them; the cyclic collector would
    # walk the growing heap again and again, for several times the restore's own cost.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _from_blob(value: Any) -> Any:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _schemas() -> tuple[TableSchema, ...]:
    hints = get_type_hints(Workspace)
    workspace = Workspace()
    schemas = []
    for item in fields(Workspace):
        if get_origin(hints[item.name]) is Table:
            (record_type,) = get_args(hints[item.name])
            table: Table[Any] = getattr(workspace, item.name)
            schemas.append(TableSchema.of(item.name, record_type, table.key_field))
    return tuple(schemas)


SCHEMAS = _schemas()
_SCHEMA_NAMED = {schema.name: schema for schema in SCHEMAS}
_CREATE_SETTINGS = (
    "CREATE TABLE settings (workspace TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, "
    "PRIMARY KEY (workspace, name))"
)


def _key_by_workspace(connection: sqlite3.Connection) -> None:
    """Version 2 -> 3: every row gains the `workspace` column (`default`: a version 2 file held
    one workspace), which joins each table's primary key. Built from the file's own columns, so the
    later steps find the tables as version 3 had them."""
    names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        # Each column as (cid, name, type, notnull, default, pk).
        info = connection.execute(f"PRAGMA table_info({name})").fetchall()
        columns = [column for _, column, *_ in info]
        declared = ", ".join(
            f"{column} {kind}{' NOT NULL' if notnull else ''}" for _, column, kind, notnull, *_ in info
        )
        (key,) = [column for _, column, *_, pk in info if pk]
        listed = ", ".join(columns)
        connection.execute(f"ALTER TABLE {name} RENAME TO {name}_v2")
        connection.execute(
            f"CREATE TABLE {name} (workspace TEXT NOT NULL, {declared}, PRIMARY KEY (workspace, {key}))"
        )
        connection.execute(
            f"INSERT INTO {name} (workspace, {listed}) SELECT ?, {listed} FROM {name}_v2 ORDER BY rowid",
            (DEFAULT_KEY,),
        )
        connection.execute(f"DROP TABLE {name}_v2")


def _add_embedding_and_cell_outputs(connection: sqlite3.Connection) -> None:
    """Version 4 -> 5: the projects' signed-embedding switch, the cells' scripted outputs and the
    signed embedding links; records of an older file have none of them."""
    connection.execute("ALTER TABLE projects ADD COLUMN embedding_enabled INTEGER NOT NULL DEFAULT 0")
    connection.execute("ALTER TABLE cells ADD COLUMN output TEXT")
    (embed_links,) = (schema for schema in SCHEMAS if schema.name == "embed_links")
    connection.execute(embed_links.create())


def _add_missing_tables_and_columns(connection: sqlite3.Connection) -> None:
    """Create the tables and add the columns (with their fields' defaults) that a file lacks."""
    for schema in SCHEMAS:
        existing = {row[1] for row in connection.execute(f"PRAGMA table_info({schema.name})")}
        if not existing:
            connection.execute(schema.create())
            continue
        defaults = {item.name: item for item in fields(schema.record_type)}
        for column in schema.columns:
            if column.name in existing:
                continue
            default = defaults[column.name]
            value = default.default_factory() if callable(default.default_factory) else default.default
            connection.execute(
                f"ALTER TABLE {schema.name} ADD COLUMN {column.name} {column.sql_type} DEFAULT "
                + _sql_literal(None if value is None else column.encode(value))
            )


def _sql_literal(value: Any) -> str:
    """A column default as SQL: booleans as 0/1 and numbers bare (a quoted 'False' would read back
    as neither true nor false), text quoted."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return str(int(value) if isinstance(value, bool) else value)
    text = value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else str(value)
    return "'" + text.replace("'", "''") + "'"


def _digest_connection_secrets(connection: sqlite3.Connection) -> None:
    """Version 5 kept whatever settings a fixture gave a connection, secrets included: keep only
    the readable settings, and the secrets' digests."""
    # Overwritten content is zeroed, so no old secret lingers in a free page of the file.
    connection.execute("PRAGMA secure_delete = ON")
    rows = connection.execute("SELECT workspace, id, type, connection_details FROM data_connections")
    for workspace, connection_id, kind, details in rows.fetchall():
        settings, digests = split_secrets(kind, json.loads(_from_blob(details)))
        present = {key: digest for key, digest in digests.items() if digest is not None}
        connection.execute(
            "UPDATE data_connections SET connection_details = ?, secret_digests = ? "
            "WHERE workspace = ? AND id = ?",
            (_to_json(settings), _to_json(present), workspace, connection_id),
        )


def _secrets_as_digests_and_semantic_projects(connection: sqlite3.Connection) -> None:
    """Version 5 -> 6: data connection writes (secret digests, schema filters and schedule, catalog
    statuses) and semantic projects."""
    _add_missing_tables_and_columns(connection)
    _digest_connection_secrets(connection)


# Version 8's names of a suggestion's pace fields -> the names every paced record uses (hex_mock/pacing.py).
SUGGESTION_PACE_RENAMES = {
    "review_progression": "progression",
    "review_reads_per_state": "reads_per_state",
    "review_seconds": "running_seconds",
    "review_reads": "status_reads",
}


def _one_name_for_each_pace_field(connection: sqlite3.Connection) -> None:
    """Version 8 -> 9: a suggestion's review pace is kept in the columns runs and threads keep
    theirs in (renamed, so the values stay)."""
    existing = {row[1] for row in connection.execute("PRAGMA table_info(suggestions)")}
    for old, new in SUGGESTION_PACE_RENAMES.items():
        # A file older than version 8 gained its suggestions table, under today's names, in step 7.
        if old in existing:
            connection.execute(f"ALTER TABLE suggestions RENAME COLUMN {old} TO {new}")
    _add_missing_tables_and_columns(connection)


# version N -> the statements that turn a version N file into a version N + 1 one.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _key_by_workspace,
    3: _positions_with_origins,
    4: _add_embedding_and_cell_outputs,
    5: _secrets_as_digests_and_semantic_projects,
    6: _add_missing_tables_and_columns,  # agent threads and their topics
    7: _add_missing_tables_and_columns,  # context suggestions; projects' compute profiles
    8: _one_name_for_each_pace_field,
}
# The Workspace fields kept in `settings`, with their types.
SETTINGS = {
    name: hint
    for name, hint in get_type_hints(Workspace).items()
    if name not in _NOT_DATA and get_origin(hint) is not Table
}


def tables(workspace: Workspace) -> Iterator[tuple[TableSchema, Table[Any]]]:
    """Each table of the workspace with its schema."""
    for schema in SCHEMAS:
        yield schema, getattr(workspace, schema.name)


def _settings(workspace: Workspace, trace_ids: IdFactory) -> dict[str, Any]:
    """Every setting as JSON-ready data, to compare with what was written and encode what differs.
    An id generator's origin is the same object until it moves, so comparing it costs nothing."""
    values: dict[str, Any] = {name: msgspec.to_builtins(getattr(workspace, name)) for name in SETTINGS}
    for name, factory in (("ids", workspace.ids), ("trace_ids", trace_ids)):
        values[f"{name}_origin"], values[f"{name}_drawn"] = factory.position()
    values["saved_at"] = _time(workspace.clock.now())
    return values


def workspace_data(workspace: Workspace) -> dict[str, Any]:
    """Every record and setting of the workspace as JSON-ready data; token secrets left out."""
    data: dict[str, Any] = {"now": _time(workspace.clock.now())}
    for schema, table in tables(workspace):
        names = [column.name for column in schema.columns]
        records = [{name: getattr(record, name) for name in names} for record in table]
        data[schema.name] = msgspec.to_builtins(records, order="deterministic")
    for name in SETTINGS:
        data[name] = msgspec.to_builtins(getattr(workspace, name), order="deterministic")
    return data


# --- one transaction ---------------------------------------------------------------------------------


@dataclass
class Changes:
    """What one commit writes, taken from one workspace in the event loop."""

    workspace: str = DEFAULT_KEY
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)  # JSON-ready values
    replace_all: bool = False  # the rows are the whole workspace: empty its tables first
    dropped: bool = False  # the workspace was removed: its rows and settings go
    # The records taken, to mark again if the commit fails.
    taken: list[tuple[Table[Any], list[Any], list[str]]] = field(default_factory=list)

    def give_back(self) -> None:
        for table, changed, removed in self.taken:
            table.restore_changes(changed, removed)


def write_changes(connection: sqlite3.Connection, changes: Changes) -> None:
    """One transaction holding `changes`; nothing of it if any statement fails."""
    workspace = changes.workspace
    with connection:  # BEGIN ... COMMIT, or ROLLBACK on an exception
        if changes.replace_all or changes.dropped:
            for schema in SCHEMAS:
                connection.execute(f"DELETE FROM {schema.name} WHERE workspace = ?", (workspace,))
        # Only the tables that changed: a commit's cost follows the change, not the table count.
        for name, deleted in changes.deleted.items():
            if deleted:
                connection.executemany(_SCHEMA_NAMED[name].delete, [(workspace, key) for key in deleted])
        for name, rows in changes.rows.items():
            if rows:
                connection.executemany(_SCHEMA_NAMED[name].upsert, [(workspace, *row) for row in rows])
        if changes.dropped:
            connection.execute("DELETE FROM settings WHERE workspace = ?", (workspace,))
        connection.executemany(
            # An update in place: REPLACE would delete and re-insert, rewriting the key's index page too.
            "INSERT INTO settings (workspace, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT (workspace, name) DO UPDATE SET value = excluded.value",
            [(workspace, name, _to_json(value)) for name, value in changes.settings.items()],
        )


# --- the file ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    workspace: Workspace
    trace_ids: IdFactory
    saved_at: datetime | None  # the workspace clock's time at the last commit
    extra: dict[str, Any]  # the settings its mock saved beside the workspace's (`write_all`'s `extra`)


class StateFile:
    """One state file, held exclusively by this process (a lock file beside it) until `close()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.transactions_written = 0
        self._lock_file: IO[bytes] | None = None
        self._connection: sqlite3.Connection | None = None
        # Per workspace: the settings on disk, and whether its next commit writes all of it (write_all).
        self._settings_written: dict[str, dict[str, Any]] = {}
        self._replace_all: set[str] = set()
        # Transactions are written in the order their changes were taken (a later one may hold a
        # newer version of the same record): each waits for its turn.
        self._turns = threading.Condition()
        self._taken = 0
        self._written = 0
        # Per workspace: writes committed so far, and those covered by a transaction on disk.
        self._changes: dict[str, int] = {}
        self._durable: dict[str, int] = {}
        self._last_write_s = 0.0  # how long the last transaction took to write
        self._loop: asyncio.AbstractEventLoop | None = None
        self._commit_lock: asyncio.Lock | None = None
        self._acquire()

    def _refuse(self, problem: str) -> StateFileError:
        return StateFileError(f"{self.path}: {problem}")

    def _acquire(self) -> None:
        if fcntl is None:
            return
        try:
            lock_file = open(self.path.with_name(f".{self.path.name}.lock"), "wb")  # noqa: SIM115
        except OSError as error:
            raise self._refuse(f"cannot use this location: {error.strerror}") from None
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock_file.close()
            raise self._refuse("another hex-mock is using this state file") from None
        self._lock_file = lock_file

    def close(self) -> None:
        """Release the file for another process (the lock also goes when this process dies)."""
        if self._connection is not None:
            with self._turns:  # after the commits already taken
                self._turns.wait_for(lambda: self._written == self._taken)
            self._connection.close()
            self._connection = None
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    # --- opening ----------------------------------------------------------------------------------------

    def restore(self, clock: Clock, key: str = DEFAULT_KEY) -> Restored | None:
        """The saved workspace `key`, or None for a new file (created, empty, for `write_all`)."""
        try:
            with self.path.open("rb") as existing:
                start = existing.read(len(_SQLITE_HEADER))
        except FileNotFoundError:
            self._open(new=True)
            return None
        except OSError as error:
            raise self._refuse(f"cannot read the state file: {error.strerror}") from None
        self._check_kind(start)
        try:
            connection = self._open(new=False)
            self._check_version(connection)
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise self._refuse("damaged: SQLite's integrity check fails")
            with _collector_paused():
                return self._read(connection, clock, key)
        except sqlite3.DatabaseError as error:
            raise self._refuse(f"damaged: {error}") from None

    def _check_kind(self, start: bytes) -> None:
        if not start:
            raise self._refuse("the state file is empty (truncated?); remove it to start from the fixtures")
        if start.startswith(_JSON_STATE_HEADER[: len(start)]):
            raise self._refuse(
                "state format version 1 (a JSON file) is not supported: this hex-mock keeps its state in "
                f"SQLite (version {VERSION}). Use the hex-mock that wrote it, or remove the file"
            )
        if start != _SQLITE_HEADER:
            raise self._refuse("not a hex-mock state file (not a SQLite database)")

    def _open(self, *, new: bool) -> sqlite3.Connection:
        if new:
            # A journal left by a removed file would be replayed into the new one.
            for leftover in ("-wal", "-shm"):
                self.path.with_name(self.path.name + leftover).unlink(missing_ok=True)
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        # Autocommit off only inside `with connection:` blocks; check_same_thread off because
        # commits run in a worker thread (one at a time, see `_turns`).
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        connection.isolation_level = "DEFERRED"
        self._connection = connection
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on the disk (WAL fsynced) before the write is acknowledged.
        connection.execute("PRAGMA synchronous = FULL")
        # Restoring reads every table once: mapped, not copied through the page cache.
        connection.execute("PRAGMA mmap_size = 1073741824")
        if new:
            with connection:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {VERSION}")
                for schema in SCHEMAS:
                    connection.execute(schema.create())
                connection.execute(_CREATE_SETTINGS)
        return connection

    def _check_version(self, connection: sqlite3.Connection) -> None:
        (application,) = connection.execute("PRAGMA application_id").fetchone()
        if application != APPLICATION_ID:
            raise self._refuse("not a hex-mock state file (a SQLite database of another application)")
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        while version < VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise self._refuse(f"state format version {version} has no migration to version {VERSION}")
            with connection:
                step(connection)
                connection.execute(f"PRAGMA user_version = {version + 1}")
            version += 1
        if version > VERSION:
            raise self._refuse(
                f"state format version {version} is not supported: this hex-mock reads version {VERSION}. "
                "Use the hex-mock that wrote it, or remove the file to start from the fixtures"
            )

    def saved_workspaces(self) -> list[str]:
        """The keys of the workspaces the file holds besides the default one, oldest first."""
        query = "SELECT workspace FROM settings WHERE workspace != ? GROUP BY workspace ORDER BY min(rowid)"
        return [key for (key,) in self._require_connection().execute(query, (DEFAULT_KEY,))]

    def restore_workspace(self, key: str, clock: Clock) -> Restored:
        """Another saved workspace (one `saved_workspaces` names), after `restore`."""
        try:
            with _collector_paused():
                return self._read(self._require_connection(), clock, key)
        except sqlite3.DatabaseError as error:
            raise self._refuse(f"damaged: {error}") from None

    def _read(self, connection: sqlite3.Connection, clock: Clock, key: str) -> Restored:
        settings = {
            name: json.loads(_from_blob(value))
            for name, value in connection.execute(
                "SELECT name, value FROM settings WHERE workspace = ?", (key,)
            )
        }
        ids, trace_ids = IdFactory(), IdFactory()
        try:
            ids.restore(settings["ids_origin"], settings["ids_drawn"])
            trace_ids.restore(settings["trace_ids_origin"], settings["trace_ids_drawn"])
            workspace = Workspace(clock=clock, ids=ids)
            for name, hint in SETTINGS.items():
                setattr(workspace, name, msgspec.convert(settings[name], hint, strict=False))
            for schema, table in tables(workspace):
                table.fill(schema.read(connection, key))
            saved_at = msgspec.convert(settings["saved_at"], datetime)
        except KeyError as missing:
            raise self._refuse(f"damaged: the setting {missing} is missing") from None
        except (TypeError, ValueError, msgspec.ValidationError) as error:
            raise self._refuse(f"the state cannot be restored: {error}") from None
        self._settings_written[key] = _settings(workspace, trace_ids)
        extra = {name: value for name, value in settings.items() if name not in self._settings_written[key]}
        return Restored(workspace=workspace, trace_ids=trace_ids, saved_at=saved_at, extra=extra)

    # --- writing ----------------------------------------------------------------------------------------

    def track(self, workspace: Workspace) -> None:
        """From now on the workspace's tables keep what changed, for the next commit."""
        for _, table in tables(workspace):
            table.tracking = True

    def write_all(
        self,
        workspace: Workspace,
        trace_ids: IdFactory,
        key: str = DEFAULT_KEY,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Replace the file's content for workspace `key` with the whole workspace (a new file or
        workspace, a reset) and track it; `extra` settings are saved beside it (`Restored.extra`).
        Until that is written, every commit of the workspace writes all of it."""
        self.track(workspace)
        self._replace_all.add(key)
        changes = self.changes(workspace, trace_ids, key)
        changes.settings |= extra or {}
        self.save(changes)

    def drop(self, key: str) -> None:
        """Remove workspace `key` from the file."""
        self._replace_all.discard(key)
        self._settings_written.pop(key, None)
        self.save(Changes(workspace=key, dropped=True))

    def changes(self, workspace: Workspace, trace_ids: IdFactory, key: str = DEFAULT_KEY) -> Changes:
        """What changed in workspace `key` since its last commit (called in the event loop, between
        handlers)."""
        if key in self._replace_all:
            changes = Changes(workspace=key, settings=_settings(workspace, trace_ids), replace_all=True)
            for schema, table in tables(workspace):
                table.take_changes()
                changes.rows[schema.name] = [schema.row(record) for record in table]
            return changes
        changes = Changes(workspace=key)
        for schema, table in tables(workspace):
            if not table.has_changes:
                continue  # most commits change one or two tables of many
            changed, removed = table.take_changes()
            if changed or removed:
                changes.rows[schema.name] = [schema.row(record) for record in changed]
                changes.deleted[schema.name] = removed
                changes.taken.append((table, changed, removed))
        written = self._settings_written.get(key, {})
        changes.settings = {
            name: value
            for name, value in _settings(workspace, trace_ids).items()
            if written.get(name) != value
        }
        return changes

    def save(self, changes: Changes) -> None:
        """Write `changes` now (the control plane's and the Python API's changes)."""
        key = changes.workspace
        covered = self._changes.get(key, 0)
        try:
            self._write(self._take_turn(), changes)
        except BaseException:
            changes.give_back()
            raise
        self._durable[key] = max(self._durable.get(key, 0), covered)

    async def commit(self, take: Callable[[], Changes], key: str = DEFAULT_KEY) -> None:
        """Return once a transaction that includes every change made so far to workspace `key`
        (whose changes `take` takes) is on disk."""
        wanted = self._changes[key] = self._changes.get(key, 0) + 1
        async with self._lock():
            if self._durable.get(key, 0) >= wanted:
                return  # a transaction taken after this change was written meanwhile
            # One turn of the loop first: every write already under way reaches this point and
            # shares the transaction.
            await asyncio.sleep(0)
            covered = self._changes[key]
            changes = take()  # in the event loop, between handlers: a consistent state
            try:
                if covered == wanted and self._last_write_s <= INLINE_COMMIT_LIMIT_S:
                    self._write(self._take_turn(), changes)
                else:
                    # Writes queue behind this one, or the disk is slow: the loop stays free.
                    await asyncio.to_thread(self._write, self._take_turn(), changes)
            except BaseException:
                changes.give_back()
                raise
            self._durable[key] = max(self._durable.get(key, 0), covered)

    def _lock(self) -> asyncio.Lock:
        # One asyncio.Lock per event loop: in-process tests may drive the app from several loops.
        loop = asyncio.get_running_loop()
        if self._commit_lock is None or self._loop is not loop:
            self._loop, self._commit_lock = loop, asyncio.Lock()
        return self._commit_lock

    def _take_turn(self) -> int:
        self._taken += 1
        return self._taken

    def _require_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise self._refuse("the state file is closed")
        return self._connection

    def _write(self, turn: int, changes: Changes) -> None:
        with self._turns:
            self._turns.wait_for(lambda: self._written == turn - 1)
            try:
                started = time.perf_counter()
                write_changes(self._require_connection(), changes)
                self._last_write_s = time.perf_counter() - started
                if changes.replace_all:
                    self._replace_all.discard(changes.workspace)
                if not changes.dropped:
                    written = self._settings_written.get(changes.workspace, {})
                    self._settings_written[changes.workspace] = written | changes.settings
                self.transactions_written += 1
            finally:
                self._written = turn
                self._turns.notify_all()
