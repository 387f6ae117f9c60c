"""GetCellOutput and GetChartImageFromLogic: what a cell's latest run in the draft notebook shows.

Both name the cell by its id or its static id and need Can view on its project (a cell of a
project the caller cannot see is not found). Outputs come from hex_mock/cell_outputs.py. A cell of
the wrong kind, or a chart whose latest run failed, cannot be shown: 422.
"""

from __future__ import annotations

from typing import Any

from hex_mock import cell_outputs
from hex_mock.errors import not_found, unprocessable
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import require_project
from hex_mock.resources.render import chart_image
from hex_mock.store import Cell, Workspace

READ = "CAN_VIEW"


def _visible_cell(ws: Workspace, call: Call) -> Cell:
    cell = cell_outputs.find_cell(ws, call.path["cellId"])
    if cell is None:
        raise not_found("Cell not found")
    require_project(ws, call.caller, cell.project_id, READ)
    return cell


def _result(cell: Cell) -> dict[str, Any]:
    error = cell_outputs.error_of(cell)
    if error is not None:
        message, traceback = error
        return {"type": "cell_run_error", "message": message, "traceback": traceback}
    columns, rows = cell_outputs.table_of(cell)
    shown = rows[: cell_outputs.ROW_LIMIT]
    return {
        "type": "table",
        "rowLimit": cell_outputs.ROW_LIMIT,
        "rowsReturned": len(shown),
        "totalRows": len(rows),
        "totalRowsKind": "EXACT",
        "truncated": len(rows) > len(shown),
        "columns": columns,
        "rows": shown,
    }


@handles("GetCellOutput")
def get_cell_output(ws: Workspace, call: Call) -> Reply:
    cell = _visible_cell(ws, call)
    if cell.cell_type != cell_outputs.SQL:
        raise unprocessable(
            "Only SQL cells have an output preview", f"cellId: this is a {cell.cell_type} cell"
        )
    return Reply(
        200,
        {
            "projectId": cell.project_id,
            "runId": cell_outputs.run_id(cell),
            "cell": {"id": cell.id, "staticId": cell.static_id, "cellType": cell.cell_type},
            "result": _result(cell),
        },
    )


@handles("GetChartImageFromLogic")
def get_chart_image_from_logic(ws: Workspace, call: Call) -> Reply:
    cell = _visible_cell(ws, call)
    if cell.cell_type not in cell_outputs.CHART_CELL_TYPES:
        raise unprocessable("Only chart cells have an image", f"cellId: this is a {cell.cell_type} cell")
    error = cell_outputs.error_of(cell)
    if error is not None:
        raise unprocessable("The chart cell's latest run failed", f"cellId: {error[0]}")
    seed = f"draft/{cell.static_id}/{cell_outputs.run_id(cell)}"
    return Reply(200, {"cellId": cell.id, "imageBase64": chart_image(call, seed), "mimeType": "image/png"})
