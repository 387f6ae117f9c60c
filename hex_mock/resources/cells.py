"""Cells: the draft notebook of a project, read and edited one cell at a time.

Every operation acts on the draft, never the published app, and goes through the project's
permissions: reads need CAN_VIEW (app-only viewers cannot see the notebook), writes CAN_EDIT. A cell
of a project the caller cannot see is reported as not found, exactly like a cell that does not exist.

Notebook order is `Project.cell_ids`. Cells inside a section (a container cell) follow it directly,
depth first, so "the section and everything in it" is always a contiguous run of that list.

ListCells pages through that order with cursors, and cursors must survive edits between pages: a
cursor names the sort key of the last cell it returned, and if that key were the cell's position,
inserting a cell above it would shift every later position and the next page would repeat a cell
(deleting one would skip a cell). So each cell carries an `order_key` that is fixed when the cell is
placed and never changes: a string that sorts between its neighbours' keys (fractional indexing).
A new cell between two others gets a key strictly between theirs, which always exists, so no other
cell is ever re-keyed and a walk in progress sees every cell that existed throughout it exactly once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hex_mock.caller import Caller
from hex_mock.errors import bad_request, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_project
from hex_mock.resources.render import page_args, page_body
from hex_mock.store import Cell, Project, Workspace

READ = "CAN_VIEW"
WRITE = "CAN_EDIT"

# The `contents` entry that carries each editable cell type's source.
CONTENT_KEYS: Mapping[str, str] = {"CODE": "codeCell", "SQL": "sqlCell", "MARKDOWN": "markdownCell"}
# Cell types that can hold other cells (`location.parentCellId` must name one of these).
CONTAINER_TYPES = frozenset({"COLLAPSIBLE", "BLOCK", "CELL_GROUP"})


# --- rendering --------------------------------------------------------------------------------------


def render_cell(cell: Cell) -> dict[str, Any]:
    """The spec's `Cell`: all three `contents` keys present, only the one of the cell's type set."""
    contents: dict[str, Any] = dict.fromkeys(CONTENT_KEYS.values())
    content_key = CONTENT_KEYS.get(cell.cell_type)
    if content_key == "sqlCell":
        contents[content_key] = {"source": cell.source or "", "outputDataframe": cell.output_dataframe or ""}
    elif content_key is not None:
        contents[content_key] = {"source": cell.source or ""}
    return {
        "id": cell.id,
        "staticId": cell.static_id,
        "cellType": cell.cell_type,
        "label": cell.label,
        "dataConnectionId": cell.data_connection_id,
        "contents": contents,
        "projectId": cell.project_id,
    }


# --- order keys -------------------------------------------------------------------------------------
#
# A key is an 8-digit base-36 "head" plus an optional "tail" of base-36 fraction digits without
# trailing zeros. Heads have a fixed width, so comparing keys as strings compares (head, tail). Cells
# appended at the end get the next head, which keeps keys short in the common case; only inserts
# between two adjacent heads grow a tail.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
HEAD_WIDTH = 8
# Start in the middle of the head range so that inserting before the first cell has room too.
FIRST_HEAD = len(DIGITS) ** (HEAD_WIDTH - 1)


def _head(number: int) -> str:
    if not 0 <= number < len(DIGITS) ** HEAD_WIDTH:
        raise OverflowError("cell order key head out of range")
    digits = []
    for _ in range(HEAD_WIDTH):
        number, digit = divmod(number, len(DIGITS))
        digits.append(DIGITS[digit])
    return "".join(reversed(digits))


def _head_value(key: str) -> int:
    return int(key[:HEAD_WIDTH], len(DIGITS))


def _fraction_between(low: str, high: str | None) -> str:
    """A fraction-digit string strictly between `low` and `high` (None: 1); neither ends in '0'."""
    if high is not None:
        shared = 0
        while shared < len(high) and (low[shared] if shared < len(low) else "0") == high[shared]:
            shared += 1
        if shared:
            return high[:shared] + _fraction_between(low[shared:], high[shared:])
    low_digit = DIGITS.index(low[0]) if low else 0
    high_digit = DIGITS.index(high[0]) if high is not None else len(DIGITS)
    if high_digit - low_digit > 1:
        return DIGITS[(low_digit + high_digit) // 2]
    if high is not None and len(high) > 1:
        # `high` is its first digit plus a non-zero remainder, so that first digit alone is below it.
        return high[:1]
    return DIGITS[low_digit] + _fraction_between(low[1:], None)


def key_between(low: str | None, high: str | None) -> str:
    """An order key strictly between two keys (None: unbounded on that side)."""
    if low is None and high is None:
        return _head(FIRST_HEAD)
    if low is None:
        assert high is not None
        return _head(_head_value(high) - 1)
    if high is None:
        return _head(_head_value(low) + 1)
    if low >= high:
        raise ValueError(f"order keys out of order: {low!r} >= {high!r}")
    low_head, high_head = _head_value(low), _head_value(high)
    if high_head - low_head > 1:
        return _head((low_head + high_head) // 2)
    if high_head - low_head == 1:
        return low[:HEAD_WIDTH] + _fraction_between(low[HEAD_WIDTH:], None)
    return low[:HEAD_WIDTH] + _fraction_between(low[HEAD_WIDTH:], high[HEAD_WIDTH:])


def notebook(ws: Workspace, project: Project) -> list[Cell]:
    """The project's cells in notebook order, each with an order key.

    Cells loaded from fixtures arrive without keys; they get keys between their keyed neighbours the
    first time the notebook is read, which never changes a key that was already handed out.
    """
    cells = [cell for cell in map(ws.cells.get, project.cell_ids) if cell is not None]
    if any(cell.order_key is None for cell in cells):
        following: list[str | None] = [None] * len(cells)
        next_key: str | None = None
        for index in range(len(cells) - 1, -1, -1):
            following[index] = next_key
            next_key = cells[index].order_key or next_key
        previous: str | None = None
        for index, cell in enumerate(cells):
            if cell.order_key is None:
                cell.order_key = key_between(previous, following[index])
            previous = cell.order_key
    return cells


def _sort_key(cell: Cell) -> tuple[str, str]:
    return (cell.order_key or "", cell.id)


# --- shared lookups and checks ----------------------------------------------------------------------


def _require_cell(ws: Workspace, caller: Caller, cell_id: str, minimum: str) -> tuple[Cell, Project]:
    cell = ws.cells.get(cell_id)
    if cell is None:
        raise not_found("Cell not found")
    # A cell of an invisible project is a 404 too (require_project raises it).
    return cell, require_project(ws, caller, cell.project_id, minimum)


def _check_connection(ws: Workspace, connection_id: str, field: str) -> None:
    # An unknown id inside a body is a 404 too, naming the field (one status for every operation).
    if connection_id not in ws.data_connections:
        raise not_found("Data connection not found", f"{field}: no data connection with id {connection_id}")


def _check_only_own_contents(cell_type: str, contents: Mapping[str, Any], field: str) -> str:
    """The contents key for `cell_type`, or 400 if `contents` carries another type's entry."""
    own = CONTENT_KEYS.get(cell_type)
    if own is None:
        raise bad_request("This cell has no editable source", f"{field}: {cell_type} cells have no source")
    others = sorted(key for key in contents if key != own)
    if others:
        raise bad_request(
            "Contents do not match the cell type",
            *(f"{field}.{key}: not allowed for a {cell_type} cell (send {field}.{own})" for key in others),
        )
    return own


def _touch_project(ws: Workspace, project: Project) -> None:
    """Any change to the draft is an edit of the project."""
    project.last_edited_at = ws.clock.now()


# --- ListCells, GetCell -----------------------------------------------------------------------------


@handles("ListCells")
def list_cells(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.query["projectId"], READ)
    page = paginate(notebook(ws, project), sort_key=_sort_key, **page_args(call))
    return Reply(200, page_body(page, render_cell))


@handles("GetCell")
def get_cell(ws: Workspace, call: Call) -> Reply:
    cell, _project = _require_cell(ws, call.caller, call.path["cellId"], READ)
    return Reply(200, render_cell(cell))


# --- CreateCell -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    index: int  # where the new cell goes in the notebook list
    parent_id: str | None


def _subtree_end(cells: list[Cell], index: int) -> int:
    """The index just past the cell at `index` and everything nested in it."""
    inside = {cells[index].id}
    end = index + 1
    while end < len(cells) and cells[end].parent_id in inside:
        inside.add(cells[end].id)
        end += 1
    return end


def _placement(cells: list[Cell], location: Mapping[str, Any] | None) -> Placement:
    if not location:
        return Placement(len(cells), None)
    after_id: str | None = location.get("insertAfterCellId")
    parent_id: str | None = location.get("parentCellId")
    child_position: str | None = location.get("childPosition")
    # CellLocation's schema allows one of the two ids, and childPosition only with parentCellId.
    positions = {cell.id: index for index, cell in enumerate(cells)}
    if after_id is not None:
        index = positions.get(after_id)
        if index is None:
            raise not_found(
                "Cell not found", f"location.insertAfterCellId: {after_id} is not a cell of this project"
            )
        # "Directly after" a section means after the whole section, as its sibling.
        return Placement(_subtree_end(cells, index), cells[index].parent_id)
    if parent_id is not None:
        index = positions.get(parent_id)
        if index is None:
            raise not_found(
                "Cell not found", f"location.parentCellId: {parent_id} is not a cell of this project"
            )
        parent = cells[index]
        if parent.cell_type not in CONTAINER_TYPES:
            raise bad_request(
                "Parent cell cannot hold cells",
                f"location.parentCellId: a {parent.cell_type} cell cannot contain other cells",
            )
        if child_position == "FIRST":
            return Placement(index + 1, parent.id)
        return Placement(_subtree_end(cells, index), parent.id)
    return Placement(len(cells), None)


def _next_dataframe_name(cells: list[Cell]) -> str:
    """`dataframe_N`, one past the highest N the project uses, so a name is never reused."""
    highest = 0
    for cell in cells:
        name = cell.output_dataframe or ""
        prefix, _, number = name.rpartition("_")
        if prefix == "dataframe" and number.isdigit():
            highest = max(highest, int(number))
    return f"dataframe_{highest + 1}"


@dataclass(frozen=True)
class SqlSettings:
    connection_id: str | None
    is_dataframe_sql: bool
    output_dataframe: str


def _sql_settings(ws: Workspace, cells: list[Cell], sql: Mapping[str, Any]) -> SqlSettings:
    connection_id: str | None = sql.get("dataConnectionId")
    # The schema refuses a connection together with isDataframeSql: true.
    is_dataframe_sql = bool(sql.get("isDataframeSql", False))
    if connection_id is not None:
        _check_connection(ws, connection_id, "contents.sqlCell.dataConnectionId")
    output: str = sql.get("outputDataframe") or _next_dataframe_name(cells)
    return SqlSettings(connection_id, is_dataframe_sql, output)


@handles("CreateCell")
def create_cell(ws: Workspace, call: Call) -> Reply:
    body = call.body
    project = require_project(ws, call.caller, body["projectId"], WRITE)
    cell_type: str = body["cellType"]
    # CreateCellRequest's variants hold exactly the contents entry of their cellType.
    content_key = CONTENT_KEYS[cell_type]
    source: str = body["contents"][content_key]["source"]
    # Validate everything before creating anything.
    cells = notebook(ws, project)
    sql = _sql_settings(ws, cells, body["contents"][content_key]) if cell_type == "SQL" else None
    placement = _placement(cells, body.get("location"))

    before = cells[placement.index - 1].order_key if placement.index > 0 else None
    after = cells[placement.index].order_key if placement.index < len(cells) else None
    cell = Cell(
        id=ws.ids.uuid(),
        static_id=ws.ids.uuid(),
        project_id=project.id,
        cell_type=cell_type,
        label=body.get("label"),
        source=source,
        data_connection_id=sql.connection_id if sql else None,
        output_dataframe=sql.output_dataframe if sql else None,
        is_dataframe_sql=sql.is_dataframe_sql if sql else False,
        parent_id=placement.parent_id,
        order_key=key_between(before, after),
    )
    ws.cells.put(cell.id, cell)
    ids = list(project.cell_ids)
    if placement.index < len(cells):
        ids.insert(ids.index(cells[placement.index].id), cell.id)
    else:
        ids.append(cell.id)
    project.cell_ids = ids
    _touch_project(ws, project)
    return Reply(200, render_cell(cell))


# --- UpdateCell, DeleteCell -------------------------------------------------------------------------


@handles("UpdateCell")
def update_cell(ws: Workspace, call: Call) -> Reply:
    cell, project = _require_cell(ws, call.caller, call.path["cellId"], WRITE)
    body: Mapping[str, Any] = call.body
    contents: Mapping[str, Any] | None = body.get("contents")
    new_source: Mapping[str, Any] | None = None
    if contents is not None:
        content_key = _check_only_own_contents(cell.cell_type, contents, "contents")
        new_source = contents.get(content_key)
    change_connection = "dataConnectionId" in body
    connection_id: str | None = body.get("dataConnectionId")
    if change_connection:
        if cell.cell_type != "SQL":
            raise bad_request(
                "Only SQL cells have a data connection",
                f"dataConnectionId: not allowed for a {cell.cell_type} cell",
            )
        if connection_id is not None:
            _check_connection(ws, connection_id, "dataConnectionId")

    if new_source is not None:
        cell.source = new_source["source"]
        if cell.cell_type == "SQL":
            cell.output_dataframe = new_source.get("outputDataframe", cell.output_dataframe)
    if change_connection:
        cell.data_connection_id = connection_id
        if connection_id is not None:
            # A SQL cell queries either a connection or other cells' dataframes, never both.
            cell.is_dataframe_sql = False
    _touch_project(ws, project)
    return Reply(200, render_cell(cell))


@handles("DeleteCell")
def delete_cell(ws: Workspace, call: Call) -> Reply:
    cell, project = _require_cell(ws, call.caller, call.path["cellId"], WRITE)
    # Deleting a section keeps what was inside it: the children move up to the section's parent
    # (they already follow it in notebook order, so nothing else moves).
    for other in notebook(ws, project):
        if other.parent_id == cell.id:
            other.parent_id = cell.parent_id
    project.cell_ids = [cell_id for cell_id in project.cell_ids if cell_id != cell.id]
    ws.cells.remove(cell.id)
    _touch_project(ws, project)
    return Reply(200, {"cellId": cell.id})
