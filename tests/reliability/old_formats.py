"""A state file written today, turned back into an older format version to test the migrations.

`DOWNGRADES[n]` undoes the step `hex_mock.persistence.MIGRATIONS[n]`: it turns a version n + 1 file
into a version n one, as that version's hex-mock wrote it. A new format version adds its step here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hex_mock import persistence
from hex_mock.ids import IdFactory


def _one_workspace(connection: sqlite3.Connection) -> None:
    # Version 2 held the default workspace only, without the `workspace` column.
    names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        info = connection.execute(f"PRAGMA table_info({name})").fetchall()
        kept = [
            (column, kind, notnull, pk) for _, column, kind, notnull, _, pk in info if column != "workspace"
        ]
        declared = ", ".join(
            f"{column} {kind}{' NOT NULL' if notnull else ''}{' PRIMARY KEY' if pk else ''}"
            for column, kind, notnull, pk in kept
        )
        listed = ", ".join(column for column, *_ in kept)
        connection.execute(f"ALTER TABLE {name} RENAME TO {name}_new")
        connection.execute(f"CREATE TABLE {name} ({declared})")
        connection.execute(
            f"INSERT INTO {name} SELECT {listed} FROM {name}_new WHERE workspace = ? ORDER BY rowid",
            (persistence.DEFAULT_KEY,),
        )
        connection.execute(f"DROP TABLE {name}_new")


def _whole_generator_states(connection: sqlite3.Connection) -> None:
    # Version 3 kept each id generator's whole state, as random.Random.getstate() gives it.
    workspaces = [key for (key,) in connection.execute("SELECT DISTINCT workspace FROM settings")]
    for workspace in workspaces:
        for name in ("ids", "trace_ids"):
            (origin,), (drawn,) = connection.execute(
                "SELECT value FROM settings WHERE workspace = ? AND name IN (?, ?) ORDER BY name DESC",
                (workspace, f"{name}_origin", f"{name}_drawn"),
            ).fetchall()
            factory = IdFactory()
            factory.restore(json.loads(origin), json.loads(drawn))
            version, internal, gauss_next = factory._random.getstate()
            state = json.dumps([version, list(internal), gauss_next])
            connection.execute(
                "DELETE FROM settings WHERE workspace = ? AND name IN (?, ?)",
                (workspace, f"{name}_origin", f"{name}_drawn"),
            )
            connection.execute(
                "INSERT INTO settings (workspace, name, value) VALUES (?, ?, ?)", (workspace, name, state)
            )


def _no_embedding_or_cell_outputs(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE projects DROP COLUMN embedding_enabled")
    connection.execute("ALTER TABLE cells DROP COLUMN output")
    connection.execute("DROP TABLE embed_links")


def _no_connection_writes_or_semantic_projects(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TABLE semantic_projects")
    for column in ("catalog_statuses", "schema_filters", "schema_refresh_schedule", "secret_digests"):
        connection.execute(f"ALTER TABLE data_connections DROP COLUMN {column}")


def _no_threads_or_topics(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TABLE threads")
    connection.execute("DROP TABLE topics")


def _no_suggestions_or_compute_profiles(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TABLE suggestions")
    connection.execute("ALTER TABLE projects DROP COLUMN compute_profile")


def _suggestion_pace_named_apart(connection: sqlite3.Connection) -> None:
    for old, new in persistence.SUGGESTION_PACE_RENAMES.items():
        connection.execute(f"ALTER TABLE suggestions RENAME COLUMN {new} TO {old}")


DOWNGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _one_workspace,
    3: _whole_generator_states,
    4: _no_embedding_or_cell_outputs,
    5: _no_connection_writes_or_semantic_projects,
    6: _no_threads_or_topics,
    7: _no_suggestions_or_compute_profiles,
    8: _suggestion_pace_named_apart,
}


def downgrade(state_file: Path, version: int) -> None:
    """Turn the (closed) state file, of the current version, into a file of `version`."""
    connection = sqlite3.connect(state_file)
    try:
        with connection:
            for step in range(persistence.VERSION - 1, version - 1, -1):
                DOWNGRADES[step](connection)
            connection.execute(f"PRAGMA user_version = {version}")
    finally:
        connection.close()
