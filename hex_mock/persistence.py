"""Durable state: the workspace in a SQLite database, written one small transaction per write.

`hex-mock serve --state-file PATH` and `HexMock(state_file=...)` keep the workspace in PATH, a
SQLite database (WAL journal, `synchronous=FULL`) that the `sqlite3` shell can read at any time:

- one table per workspace table (`users`, `tokens`, `groups`, `collections`, `projects`, `cells`,
  `runs`, `data_connections`, `guides`, `threads`, `topics`), with a column per record field named
  as the field in hex_mock/store.py. Text, numbers and booleans (0/1) are plain columns; timestamps
  are ISO-8601 UTC text with microseconds (`2026-01-05T09:30:00.123456Z`); lists, mappings and app
  inputs are JSON text. `tokens` has no `secret` column: a token is kept as the sha256 digest of its secret.
- `settings` (name, value as JSON): the workspace's other fields (`org_id`, `origin`, `statuses`,
  `categories`, `run_settings`), where the id generators stand (`ids`, `trace_ids`: ids issued after
  a restart never repeat earlier ones) and the workspace clock's time at the last commit (`saved_at`).

`PRAGMA application_id` marks the file as hex-mock's and `PRAGMA user_version` holds its format
version. A file of an older version is brought up to date by the steps in MIGRATIONS, each in its
own transaction; a file that is not hex-mock's, is damaged, is of a newer version or is held by
another hex-mock is refused with StateFileError naming the file and the problem.

Writing: the store's tables know which records changed (hex_mock/store.py), so a commit writes just
those rows and the settings that changed. Changes are taken in the event loop (consistent, because
handlers are synchronous) and written in a worker thread, in the order they were taken; writes that
arrive while one is being written share the next transaction (group commit). A write request's
response waits for the commit that includes it. Reads never wait for the disk, and what a read
changes (a status read of a run, a run the clock has moved on) is written with the next commit.
The request journal and the rate-limit windows are not state: a restart starts both afresh.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sqlite3
import threading
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
from hex_mock.store import Table, Tracked, Workspace, record_fields

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no cross-process lock
    fcntl = None  # type: ignore[assignment]

APPLICATION_ID = 0x4845584D  # "HEXM"
# Bump when a saved file could no longer be read as it was meant (a column added, renamed or given
# another meaning), and add the step that brings a file of the previous version up to date.
VERSION = 3  # version 1 was a single JSON document, not a database


def _add_thread_tables(connection: sqlite3.Connection) -> None:
    """Version 3 adds agent threads and their topics (a workspace of version 2 had none)."""
    for schema in SCHEMAS:
        if schema.name in ("threads", "topics"):
            connection.execute(schema.create())


# version N -> the statements that turn a version N file into a version N + 1 one.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _add_thread_tables}

_SQLITE_HEADER = b"SQLite format 3\x00"
_JSON_STATE_HEADER = b'{"format": "hex-mock-state"'
# Workspace fields that are not saved: the clock is the process's; the id generator is a setting.
_NOT_DATA = frozenset({"clock", "ids"})
# Token secrets are never saved, only their digests.
_NEVER_SAVED = {"tokens": frozenset({"secret"})}


class StateFileError(Exception):
    """A state file that cannot be used; the message names the file and what is wrong with it."""


# --- records as rows -----------------------------------------------------------------------------------


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
            constraints = " PRIMARY KEY" if column.name == self.key else ""
            return f"{column.name} {column.sql_type}{'' if column.nullable else ' NOT NULL'}{constraints}"

        return f"CREATE TABLE {self.name} ({', '.join(declare(column) for column in self.columns)})"

    def upsert(self) -> str:
        # An update keeps the row's rowid, so rows read back in rowid order come in the order the
        # records were added to the table, as the table itself iterates them.
        names = ", ".join(column.name for column in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{column.name} = excluded.{column.name}" for column in self.columns)
        return (
            f"INSERT INTO {self.name} ({names}) VALUES ({marks}) "
            f"ON CONFLICT ({self.key}) DO UPDATE SET {updates}"
        )

    def delete(self) -> str:
        return f"DELETE FROM {self.name} WHERE {self.key} = ?"

    def row(self, record: Any) -> tuple[Any, ...]:
        return tuple(
            None if (value := getattr(record, column.name)) is None else column.encode(value)
            for column in self.columns
        )

    def read(self, connection: sqlite3.Connection) -> list[Any]:
        """Every record of the table, in the order they were added; ValueError naming the first
        value that does not fit its field."""
        # SQLite writes the whole table as one JSON array that msgspec reads into records: no Python
        # code runs per row. Unless some text is a blob (it holds a lone surrogate, which JSON
        # cannot): then row by row in Python.
        query = f"SELECT json_group_array(json_object({self._json_fields()})) FROM "
        rows = f"(SELECT * FROM {self.name} ORDER BY rowid)"
        try:
            try:
                (document,) = connection.execute(query + rows).fetchone()
            except sqlite3.OperationalError as error:
                if "BLOB" not in str(error):
                    raise
                records: list[Any] = msgspec.convert(self._items(connection), self._list_type(), strict=False)
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

    def _items(self, connection: sqlite3.Connection) -> list[dict[str, Any]]:
        names = [column.name for column in self.columns]
        query = f"SELECT {', '.join(names)} FROM {self.name} ORDER BY rowid"
        json_names = [column.name for column in self.columns if column.is_json]
        items = []
        for row in connection.execute(query):
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


def _settings(workspace: Workspace, trace_ids: IdFactory) -> dict[str, str | bytes]:
    values: dict[str, Any] = {name: getattr(workspace, name) for name in SETTINGS}
    values |= {
        "ids": workspace.ids.position(),
        "trace_ids": trace_ids.position(),
        "saved_at": _time(workspace.clock.now()),
    }
    return {name: _to_json(value) for name, value in values.items()}


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
    """What one commit writes, taken from the workspace in the event loop."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, str | bytes] = field(default_factory=dict)
    replace_all: bool = False  # the rows are the whole workspace: empty every table first
    # The records taken, to mark again if the commit fails.
    taken: list[tuple[Table[Any], list[Any], list[str]]] = field(default_factory=list)

    def give_back(self) -> None:
        for table, changed, removed in self.taken:
            table.restore_changes(changed, removed)


def write_changes(connection: sqlite3.Connection, changes: Changes) -> None:
    """One transaction holding `changes`; nothing of it if any statement fails."""
    with connection:  # BEGIN ... COMMIT, or ROLLBACK on an exception
        for schema in SCHEMAS:
            if changes.replace_all:
                connection.execute(f"DELETE FROM {schema.name}")
            deleted = changes.deleted.get(schema.name)
            if deleted:
                connection.executemany(schema.delete(), [(key,) for key in deleted])
            rows = changes.rows.get(schema.name)
            if rows:
                connection.executemany(schema.upsert(), rows)
        connection.executemany(
            "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", changes.settings.items()
        )


# --- the file ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    workspace: Workspace
    trace_ids: IdFactory
    saved_at: datetime | None  # the workspace clock's time at the last commit


class StateFile:
    """One state file, held exclusively by this process (a lock file beside it) until `close()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.transactions_written = 0
        self._lock_file: IO[bytes] | None = None
        self._connection: sqlite3.Connection | None = None
        self._settings_written: dict[str, str | bytes] = {}
        self._replace_all = False  # the next commit writes the whole workspace (see write_all)
        # Transactions are written in the order their changes were taken (a later one may hold a
        # newer version of the same record): each waits for its turn.
        self._turns = threading.Condition()
        self._taken = 0
        self._written = 0
        self._changes = 0  # writes committed so far
        self._durable = 0  # writes covered by a transaction on disk
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

    def restore(self, clock: Clock) -> Restored | None:
        """The saved workspace, or None for a new file (created, empty, for `write_all`)."""
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
                return self._read(connection, clock)
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
                connection.execute("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
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

    def _read(self, connection: sqlite3.Connection, clock: Clock) -> Restored:
        settings = {
            name: json.loads(_from_blob(value))
            for name, value in connection.execute("SELECT name, value FROM settings")
        }
        ids, trace_ids = IdFactory(), IdFactory()
        try:
            ids.restore(settings["ids"])
            trace_ids.restore(settings["trace_ids"])
            workspace = Workspace(clock=clock, ids=ids)
            for name, hint in SETTINGS.items():
                setattr(workspace, name, msgspec.convert(settings[name], hint, strict=False))
            for schema, table in tables(workspace):
                table.fill(schema.read(connection))
            saved_at = msgspec.convert(settings["saved_at"], datetime)
        except KeyError as missing:
            raise self._refuse(f"damaged: the setting {missing} is missing") from None
        except (TypeError, ValueError, msgspec.ValidationError) as error:
            raise self._refuse(f"the state cannot be restored: {error}") from None
        self._settings_written = _settings(workspace, trace_ids)
        return Restored(workspace=workspace, trace_ids=trace_ids, saved_at=saved_at)

    # --- writing ----------------------------------------------------------------------------------------

    def track(self, workspace: Workspace) -> None:
        """From now on the workspace's tables keep what changed, for the next commit."""
        for _, table in tables(workspace):
            table.tracking = True

    def write_all(self, workspace: Workspace, trace_ids: IdFactory) -> None:
        """Replace the file's content with the whole workspace (a new file, a reset) and track it.
        Until that is written, every commit writes the whole workspace."""
        self.track(workspace)
        self._replace_all = True
        self.save(self.changes(workspace, trace_ids))

    def changes(self, workspace: Workspace, trace_ids: IdFactory) -> Changes:
        """What changed since the last commit (called in the event loop, between handlers)."""
        if self._replace_all:
            changes = Changes(settings=_settings(workspace, trace_ids), replace_all=True)
            for schema, table in tables(workspace):
                table.take_changes()
                changes.rows[schema.name] = [schema.row(record) for record in table]
            return changes
        changes = Changes()
        for schema, table in tables(workspace):
            changed, removed = table.take_changes()
            if changed or removed:
                changes.rows[schema.name] = [schema.row(record) for record in changed]
                changes.deleted[schema.name] = removed
                changes.taken.append((table, changed, removed))
        written = self._settings_written
        changes.settings = {
            name: value
            for name, value in _settings(workspace, trace_ids).items()
            if written.get(name) != value
        }
        return changes

    def save(self, changes: Changes) -> None:
        """Write `changes` now (the control plane's and the Python API's changes)."""
        covered = self._changes
        try:
            self._write(self._take_turn(), changes)
        except BaseException:
            changes.give_back()
            raise
        self._durable = max(self._durable, covered)

    async def commit(self, take: Callable[[], Changes]) -> None:
        """Return once a transaction that includes every change made so far is on disk."""
        self._changes += 1
        wanted = self._changes
        async with self._lock():
            if self._durable >= wanted:
                return  # a transaction taken after this change was written meanwhile
            covered = self._changes
            changes = take()  # in the event loop, between handlers: a consistent state
            try:
                await asyncio.to_thread(self._write, self._take_turn(), changes)
            except BaseException:
                changes.give_back()
                raise
            self._durable = max(self._durable, covered)

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
                write_changes(self._require_connection(), changes)
                self._replace_all = self._replace_all and not changes.replace_all
                self._settings_written = self._settings_written | changes.settings
                self.transactions_written += 1
            finally:
                self._written = turn
                self._turns.notify_all()
