"""Durable state: the workspace as JSON-ready data, saved to one file and restored from it.

`workspace_data` is the one serialisation of a Workspace: HexMock.dump() returns it, and the state
file (`hex-mock serve --state-file PATH`, `HexMock(state_file=...)`) stores it. It holds every
table and setting of hex_mock/store.py; tokens appear as the sha256 digests of their secrets
(`Token.digest`), never the secrets. Timestamps keep their microseconds so a restored workspace
sorts and times runs exactly as the saved one did.

The file is one header line of JSON, then the payload:

    {"format": "hex-mock-state", "version": 1, "length": <payload bytes>, "sha256": "<hex>"}
    {"workspace": {...}, "ids": [...], "trace_ids": [...]}

`ids` and `trace_ids` are the id generators' positions, so ids issued after a restart never repeat
earlier ones. The header's length and checksum tell a truncated or damaged file from a good one and
its version tells an incompatible one: each is refused at start with StateFileError naming the file
and the problem, never read as an empty workspace.

Writing: the whole state goes to a temporary file beside the target, is fsynced, renamed over the
target (os.replace: atomic) and the directory fsynced, so after a crash at any moment the file is
the previous state or the new one, never a mix. The cost lands on writes only: a write request's
response waits for a snapshot that includes it to be on disk. Snapshots are taken in the event loop
(consistent, because handlers are synchronous) and written in a worker thread; writes that arrive
while one is being written share the next snapshot (group commit), so N concurrent writes cost a
couple of fsyncs, not N. Reads never wait for the disk.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import os
import threading
import types
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Union, get_args, get_origin, get_type_hints

from hex_mock.clock import Clock
from hex_mock.ids import IdFactory
from hex_mock.store import Table, Token, Workspace

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no cross-process lock
    fcntl = None  # type: ignore[assignment]

FORMAT = "hex-mock-state"
# Bump when a saved file could no longer be read as it was meant (a field renamed, a meaning
# changed); files of another version are refused rather than guessed at.
VERSION = 1

State = dict[str, Any]

# Workspace fields that are not state: the clock is the process's, the id generator is saved apart.
_NOT_DATA = frozenset({"clock", "ids"})


class StateFileError(Exception):
    """A state file that cannot be used; the message names the file and what is wrong with it."""


# --- the serialisation -------------------------------------------------------------------------------


def _encode_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_SCALARS = (str, int, float, type(None))  # bool is an int


_FIELD_NAMES: dict[type[Any], tuple[str, ...] | None] = {}


def _field_names(kind: type[Any]) -> tuple[str, ...] | None:
    """A dataclass's field names (None for other types), looked up once per type."""
    if kind not in _FIELD_NAMES:
        is_record = dataclasses.is_dataclass(kind)
        _FIELD_NAMES[kind] = tuple(field.name for field in dataclasses.fields(kind)) if is_record else None
    return _FIELD_NAMES[kind]


def _encode(value: Any) -> Any:
    # The snapshot runs in the event loop on every write: the common cases come first.
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, datetime):
        return _encode_time(value)
    names = _field_names(type(value))
    if names is not None:
        return {name: _encode(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(key): _encode(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted(_encode(item) for item in value)
    raise TypeError(f"cannot save a value of type {type(value).__name__}")  # a new store type: teach _encode


def workspace_data(workspace: Workspace) -> State:
    """Every record and setting of the workspace as JSON-ready data; token secrets left out."""
    data: State = {"now": _encode_time(workspace.clock.now())}
    for field in dataclasses.fields(workspace):
        if field.name in _NOT_DATA:
            continue
        value = getattr(workspace, field.name)
        if isinstance(value, Table):
            data[field.name] = [_encode(record) for record in value]
        elif field.name == "tokens":
            data[field.name] = [
                {key: item for key, item in _encode(token).items() if key != "secret"}
                for token in value.values()
            ]
        else:
            data[field.name] = _encode(value)
    return data


def _decode(hint: Any, value: Any, at: str) -> Any:
    """`value` (JSON data) as the type `hint` names; ValueError naming `at` if it does not fit."""
    origin = get_origin(hint)
    if hint is Any:
        return value
    if hint is str or hint is bool or hint is int:
        if type(value) is not hint:
            raise ValueError(f"{at}: expected {hint.__name__}, got {type(value).__name__}")
        return value
    if origin is Union or origin is types.UnionType:
        options = [option for option in get_args(hint) if option is not type(None)]
        if value is None and len(options) < len(get_args(hint)):
            return None
        if len(options) == 1:
            return _decode(options[0], value, at)
        return value
    if hint is datetime:
        if not isinstance(value, str):
            raise ValueError(f"{at}: expected a timestamp, got {type(value).__name__}")
        return datetime.fromisoformat(value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _decode_record(hint, value, at)
    if origin in (list, frozenset, tuple):
        if not isinstance(value, list):
            raise ValueError(f"{at}: expected a list, got {type(value).__name__}")
        args = get_args(hint)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            if len(args) != len(value):
                raise ValueError(f"{at}: expected {len(args)} items, got {len(value)}")
            pairs = enumerate(zip(args, value, strict=True))
            return tuple(_decode(arg, item, f"{at}[{i}]") for i, (arg, item) in pairs)
        items = [_decode(args[0], item, f"{at}[{i}]") for i, item in enumerate(value)]
        return origin(items) if origin is not list else items
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError(f"{at}: expected an object, got {type(value).__name__}")
        _, item_type = get_args(hint)
        return {key: _decode(item_type, item, f"{at}.{key}") for key, item in value.items()}
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise ValueError(f"{at}: expected {hint.__name__}, got {type(value).__name__}")
        return value
    raise ValueError(f"{at}: cannot restore a value of type {hint!r}")  # a new store type: teach _decode


_PLANS: dict[type[Any], tuple[dict[str, Any], frozenset[str]]] = {}


def _record_plan(record_type: type[Any]) -> tuple[dict[str, Any], frozenset[str]]:
    """(field name -> type, the fields without a default) of a dataclass, worked out once per type."""
    plan = _PLANS.get(record_type)
    if plan is not None:
        return plan
    hints = get_type_hints(record_type)
    fields = dataclasses.fields(record_type)
    required = frozenset(
        field.name
        for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )
    plan = {field.name: hints[field.name] for field in fields}, required
    _PLANS[record_type] = plan
    return plan


def _decode_record(record_type: type[Any], value: Any, at: str) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{at}: expected an object, got {type(value).__name__}")
    types, required = _record_plan(record_type)
    unknown = sorted(set(value) - set(types))
    if unknown:
        raise ValueError(f"{at}: unknown field(s) {', '.join(unknown)}")
    missing = sorted(required - set(value))
    if missing:
        raise ValueError(f"{at}: missing field {', '.join(missing)}")
    arguments = {name: _decode(types[name], item, f"{at}.{name}") for name, item in value.items()}
    return record_type(**arguments)


def restore_workspace(data: Mapping[str, Any], *, clock: Clock, ids: IdFactory) -> Workspace:
    """A Workspace holding what `workspace_data` produced. ValueError naming the first bad value."""
    workspace = Workspace(clock=clock, ids=ids)
    hints = get_type_hints(Workspace)
    expected = {field.name for field in dataclasses.fields(Workspace)} - _NOT_DATA
    unknown = sorted(set(data) - expected - {"now"})
    if unknown:
        raise ValueError(f"workspace: unknown section(s) {', '.join(unknown)}")
    for name in sorted(expected - set(data)):
        raise ValueError(f"workspace: missing section {name}")
    for name in expected:
        value = data[name]
        hint = hints[name]
        if get_origin(hint) is Table:
            (record_type,) = get_args(hint)
            table = getattr(workspace, name)
            if not isinstance(value, list):
                raise ValueError(f"{name}: expected a list")
            for index, item in enumerate(value):
                record = _decode_record(record_type, item, f"{name}[{index}]")
                table.put(record.id, record)
        elif name == "tokens":
            if not isinstance(value, list):
                raise ValueError(f"{name}: expected a list")
            for index, item in enumerate(value):
                # Secrets are never saved: a restored token is known by its digest alone.
                token = _decode_record(Token, {**item, "secret": None}, f"{name}[{index}]")
                workspace.add_token(token)
        else:
            setattr(workspace, name, _decode(hint, value, name))
    return workspace


def snapshot(workspace: Workspace, trace_ids: IdFactory) -> State:
    """What the state file holds: the workspace and where both id generators stand."""
    return {
        "workspace": workspace_data(workspace),
        "ids": workspace.ids.position(),
        "trace_ids": trace_ids.position(),
    }


@dataclasses.dataclass(frozen=True)
class Restored:
    workspace: Workspace
    trace_ids: IdFactory
    saved_at: datetime | None  # the workspace clock's time when the state was saved


def restore(state: Mapping[str, Any], clock: Clock, where: Path | str) -> Restored:
    """The workspace and trace-id generator a `snapshot` describes; StateFileError if it cannot."""
    try:
        ids, trace_ids = IdFactory(), IdFactory()
        ids.restore(state["ids"])
        trace_ids.restore(state["trace_ids"])
        data = state["workspace"]
        workspace = restore_workspace(data, clock=clock, ids=ids)
        now = data.get("now")
        saved_at = datetime.fromisoformat(now) if isinstance(now, str) else None
    except (KeyError, TypeError, ValueError) as error:
        problem = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise StateFileError(f"{where}: the state cannot be restored: {problem}") from None
    return Restored(workspace=workspace, trace_ids=trace_ids, saved_at=saved_at)


# --- the file ----------------------------------------------------------------------------------------


def serialise(state: State) -> bytes:
    # UTF-8, with any lone surrogate (a fixtures document can carry one) kept as it is.
    text = json.dumps(state, separators=(",", ":"), allow_nan=False, ensure_ascii=False)
    payload = text.encode("utf-8", "surrogatepass")
    header = {
        "format": FORMAT,
        "version": VERSION,
        "length": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    return json.dumps(header).encode("ascii") + b"\n" + payload


def parse(raw: bytes, where: Path | str) -> State:
    """The state a file holds; StateFileError saying why if it is not a complete, compatible one."""

    def refuse(problem: str) -> StateFileError:
        return StateFileError(f"{where}: {problem}")

    if not raw:
        raise refuse("the state file is empty (truncated?); remove it to start from the fixtures")
    first_line, newline, payload = raw.partition(b"\n")
    try:
        header = json.loads(first_line)
    except (ValueError, RecursionError):
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT or not newline:
        raise refuse("not a hex-mock state file (no hex-mock-state header)")
    version = header.get("version")
    if version != VERSION:
        raise refuse(
            f"state format version {version!r} is not supported: this hex-mock reads version {VERSION}. "
            "Use the hex-mock that wrote it, or remove the file to start from the fixtures"
        )
    length = header.get("length")
    if not isinstance(length, int) or len(payload) != length:
        raise refuse(
            f"truncated or padded: the header promises {length!r} bytes of state, found {len(payload)}"
        )
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise refuse("damaged: the state does not match its checksum")
    try:
        state = json.loads(payload.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as error:
        raise refuse(f"damaged: the state is not valid JSON ({error})") from None
    if not isinstance(state, dict) or not isinstance(state.get("workspace"), dict):
        raise refuse("damaged: no workspace in the state")
    return state


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: the old content or the new, never a mix, even across a crash."""
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)
    # The rename is an update of the directory: sync it too, or a crash could forget the rename.
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class StateFile:
    """One state file, held exclusively by this process (a lock file beside it) until `close()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.snapshots_written = 0
        self._lock_file: IO[bytes] | None = None
        self._write_lock = threading.Lock()  # one writer at a time, so snapshots land in order
        self._taken = 0  # sequence number of the last snapshot taken
        self._written = 0  # ... and of the last one on disk
        self._changes = 0  # writes committed so far
        self._durable = 0  # writes covered by the snapshot on disk
        self._loop: asyncio.AbstractEventLoop | None = None
        self._commit_lock: asyncio.Lock | None = None
        self._acquire()

    def _acquire(self) -> None:
        if fcntl is None:
            return
        try:
            lock_file = open(self.path.with_name(f".{self.path.name}.lock"), "wb")  # noqa: SIM115
        except OSError as error:
            raise StateFileError(f"{self.path}: cannot use this location: {error.strerror}") from None
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock_file.close()
            raise StateFileError(f"{self.path}: another hex-mock is using this state file") from None
        self._lock_file = lock_file

    def close(self) -> None:
        """Release the file for another process (the lock also goes when this process dies)."""
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    def load(self) -> State | None:
        """The saved state, or None when the file does not exist yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StateFileError(f"{self.path}: cannot read the state file: {error.strerror}") from None
        return parse(raw, self.path)

    def save(self, state: State) -> None:
        """Write `state` now (the control plane's and the Python API's changes)."""
        covered = self._changes
        self._write(self._next(), state)
        self._durable = max(self._durable, covered)

    async def commit(self, snapshot: Callable[[], State]) -> None:
        """Return once a snapshot that includes every change made so far is on disk."""
        self._changes += 1
        wanted = self._changes
        async with self._lock():
            if self._durable >= wanted:
                return  # a snapshot taken after this change was written meanwhile
            covered = self._changes
            state = snapshot()  # in the event loop, between handlers: a consistent state
            await asyncio.to_thread(self._write, self._next(), state)
            self._durable = max(self._durable, covered)

    def _next(self) -> int:
        self._taken += 1
        return self._taken

    def _lock(self) -> asyncio.Lock:
        # One asyncio.Lock per event loop: in-process tests may drive the app from several loops.
        loop = asyncio.get_running_loop()
        if self._commit_lock is None or self._loop is not loop:
            self._loop, self._commit_lock = loop, asyncio.Lock()
        return self._commit_lock

    def _write(self, sequence: int, state: State) -> None:
        data = serialise(state)
        with self._write_lock:
            if sequence <= self._written:
                return  # a later snapshot is already on disk
            write_atomically(self.path, data)
            self._written = sequence
            self.snapshots_written += 1
