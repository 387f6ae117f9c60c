"""What a cell's latest run in the draft notebook produced: a SQL result, or an error.

The mock runs no SQL. A cell's output is whatever fixtures, the control plane or `HexMock` set
(`Cell.output`); a cell without one ran successfully with a default result derived from its ids, so
the same workspace always answers the same. A stored output is one of

    {"columns": [{"name", "type"}], "rows": [{column: str | None}], "run_id"?: ...}
    {"error": message, "traceback": str | None, "run_id"?: ...}

Values are kept as strings, as Hex sends them ("for lossless transport"). An output set at run time
carries the id of the run that made it; one from fixtures, like the default, has an id derived
from the cell (drawing one would shift every id the fixtures draw after it).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from hex_mock.store import Cell, Workspace

# Hex does not document its preview's row limit; this is our choice.
ROW_LIMIT = 100
SQL = "SQL"
CHART_CELL_TYPES = frozenset({"CHART", "VEGA_CHART"})
_RUN_NAMESPACE = uuid.UUID("5b4f7a52-3c0e-4e0b-9d3a-2f1c6a8e9b70")


def find_cell(ws: Workspace, cell_id: str) -> Cell | None:
    """The draft cell with this id, or else with this static id."""
    cell = ws.cells.get(cell_id)
    if cell is not None:
        return cell
    by_static_id: dict[str, Cell] = ws.cells.index(
        "by_static_id",
        lambda cells: {cell.static_id: cell for cell in cells},
        lambda index, cell: index.__setitem__(cell.static_id, cell),
        frozenset({"static_id"}),
    )
    return by_static_id.get(cell_id)


def run_id(cell: Cell) -> str:
    """The id of the cell's latest draft run: as set, else derived from the cell (no id is drawn)."""
    if cell.output is not None and "run_id" in cell.output:
        return str(cell.output["run_id"])
    return str(uuid.uuid5(_RUN_NAMESPACE, cell.id))


def error_of(cell: Cell) -> tuple[str, str | None] | None:
    """(message, traceback) if the cell's latest run failed, else None."""
    if cell.output is None or "error" not in cell.output:
        return None
    return str(cell.output["error"]), cell.output.get("traceback")


def table_of(cell: Cell) -> tuple[list[dict[str, str]], list[dict[str, str | None]]]:
    """(columns, rows) of a SQL cell whose latest run succeeded."""
    if cell.output is not None and "columns" in cell.output:
        return [dict(column) for column in cell.output["columns"]], [dict(row) for row in cell.output["rows"]]
    return _default_table(cell)


def _default_table(cell: Cell) -> tuple[list[dict[str, str]], list[dict[str, str | None]]]:
    # Between 1 and 5 rows, their values drawn from the cell's static id.
    digest = hashlib.sha256(cell.static_id.encode()).digest()
    columns = [{"name": "row_number", "type": "NUMBER"}, {"name": "value", "type": "TEXT"}]
    rows: list[dict[str, str | None]] = [
        {"row_number": str(number), "value": digest[number : number + 4].hex()}
        for number in range(1, 2 + digest[0] % 5)
    ]
    return columns, rows


def set_output(
    ws: Workspace,
    cell_id: str,
    *,
    columns: Sequence[Mapping[str, Any]] | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
    error: str | None = None,
    traceback: str | None = None,
) -> Cell:
    """Record a new draft run of the cell: a SQL result (`columns` and `rows`), an `error`, or (for
    another kind of cell) nothing, a run that succeeded.

    Raises ValueError, naming the input, for anything else; nothing changes then.
    """
    cell = ws.cells.get(cell_id)
    if cell is None:
        raise ValueError(f"no cell with id {cell_id!r}")
    cell.output = {"run_id": ws.ids.uuid(), **output_record(cell.cell_type, columns, rows, error, traceback)}
    return cell


def output_record(
    cell_type: str,
    columns: Sequence[Mapping[str, Any]] | None,
    rows: Sequence[Mapping[str, Any]] | None,
    error: str | None,
    traceback: str | None,
) -> dict[str, Any]:
    """The stored form of an output, checked (ValueError naming the input); no run id."""
    if error is not None:
        if columns is not None or rows is not None:
            raise ValueError("an output is either an error or columns and rows, not both")
        if not isinstance(error, str) or not error:
            raise ValueError("error must be a non-empty message")
        if traceback is not None and not isinstance(traceback, str):
            raise ValueError("traceback must be a string")
        return {"error": error, "traceback": traceback}
    if traceback is not None:
        raise ValueError("a traceback goes with an error")
    if cell_type != SQL:
        if columns is not None or rows is not None:
            raise ValueError(f"only SQL cells have a result table; a {cell_type} cell has none")
        return {}  # a run that succeeded (a chart draws anew)
    if columns is None:
        raise ValueError("a SQL result needs columns (and rows)")
    names = _column_names(columns)
    return {
        "columns": [{"name": str(column["name"]), "type": str(column["type"])} for column in columns],
        "rows": [_row(index, row, names) for index, row in enumerate(rows or [])],
    }


def _column_names(columns: Sequence[Mapping[str, Any]]) -> list[str]:
    names: list[str] = []
    for index, column in enumerate(columns):
        name, kind = column.get("name"), column.get("type")
        if not isinstance(name, str) or not name or not isinstance(kind, str) or not kind:
            raise ValueError(f"columns[{index}]: needs a non-empty name and type")
        if name in names:
            raise ValueError(f"columns[{index}]: a second column named {name!r}")
        names.append(name)
    return names


def _row(index: int, row: Mapping[str, Any], names: list[str]) -> dict[str, str | None]:
    unknown = sorted(set(row) - set(names))
    if unknown:
        raise ValueError(f"rows[{index}]: no column named {', '.join(map(repr, unknown))}")
    # Hex sends every value as a string; a missing value is null.
    return {name: None if row.get(name) is None else _text(row[name]) for name in names}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
