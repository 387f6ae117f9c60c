"""Cells through the generated client: list (and page) a project's notebook, read one cell, create,
update and delete cells. "Weekly revenue" has four cells: markdown, SQL on Warehouse, code, chart."""

from __future__ import annotations

from http import HTTPStatus

from hex_api_client import AuthenticatedClient
from hex_api_client.api.cells import create_cell, delete_cell, get_cell, list_cells, update_cell
from hex_api_client.models import (
    ApiError,
    Cell,
    CellAfterLocation,
    CellList,
    CellType,
    CodeCellSource,
    CreateSqlCellContents,
    CreateSqlCellRequest,
    CreateSqlCellRequestCellType,
    CreateSqlCellSource,
    DeleteCellResponse,
    MarkdownCellSource,
    SqlCellSource,
    UpdateCellContents,
    UpdateCellRequest,
    UpdateSqlCellSource,
)
from hex_api_client.types import UNSET, Unset
from tests.client.support import (
    PRODUCT_DATABASE,
    WAREHOUSE,
    WEEKLY,
    WEEKLY_CHART_CELL,
    WEEKLY_CODE_CELL,
    WEEKLY_MARKDOWN_CELL,
    WEEKLY_SQL_CELL,
    expect,
)


def all_cells(client: AuthenticatedClient) -> list[Cell]:
    return expect(list_cells.sync(client=client, project_id=WEEKLY, limit=100), CellList).values


def test_list_cells_pages_through_the_notebook_in_order(client: AuthenticatedClient) -> None:
    pages: list[CellList] = []
    after: str | Unset = UNSET
    while True:
        page = expect(list_cells.sync(client=client, project_id=WEEKLY, limit=3, after=after), CellList)
        pages.append(page)
        if page.pagination.after is None:
            break
        after = page.pagination.after

    cells = [cell for page in pages for cell in page.values]
    assert [len(page.values) for page in pages] == [3, 1]
    assert [(cell.id, cell.cell_type) for cell in cells] == [
        (WEEKLY_MARKDOWN_CELL, CellType.MARKDOWN),
        (WEEKLY_SQL_CELL, CellType.SQL),
        (WEEKLY_CODE_CELL, CellType.CODE),
        (WEEKLY_CHART_CELL, CellType.CHART),
    ]
    assert {cell.project_id for cell in cells} == {WEEKLY}
    assert [cell.data_connection_id for cell in cells] == [None, WAREHOUSE, None, None]
    chart = cells[3]
    assert (chart.contents.code_cell, chart.contents.sql_cell, chart.contents.markdown_cell) == (
        None,
        None,
        None,
    )


def test_get_cell(client: AuthenticatedClient) -> None:
    cell = expect(get_cell.sync(WEEKLY_SQL_CELL, client=client), Cell)

    assert (cell.id, cell.cell_type, cell.label) == (WEEKLY_SQL_CELL, CellType.SQL, "Orders")
    assert cell.data_connection_id == WAREHOUSE
    sql = expect(cell.contents.sql_cell, SqlCellSource)
    assert sql.output_dataframe == "orders"
    assert sql.source.startswith("select region")
    assert cell.contents.markdown_cell is None


def test_create_cell(client: AuthenticatedClient) -> None:
    body = CreateSqlCellRequest(
        project_id=WEEKLY,
        cell_type=CreateSqlCellRequestCellType.SQL,
        label="Customers",
        contents=CreateSqlCellContents(
            sql_cell=CreateSqlCellSource(source="select * from customers", data_connection_id=WAREHOUSE)
        ),
        location=CellAfterLocation(insert_after_cell_id=WEEKLY_MARKDOWN_CELL),
    )

    response = create_cell.sync_detailed(client=client, body=body)

    assert response.status_code == HTTPStatus.OK
    cell = expect(response.parsed, Cell)
    assert (cell.cell_type, cell.label, cell.project_id) == (CellType.SQL, "Customers", WEEKLY)
    assert cell.data_connection_id == WAREHOUSE
    assert expect(cell.contents.sql_cell, SqlCellSource).source == "select * from customers"
    assert [listed.id for listed in all_cells(client)][:3] == [WEEKLY_MARKDOWN_CELL, cell.id, WEEKLY_SQL_CELL]


def test_update_cell(client: AuthenticatedClient) -> None:
    body = UpdateCellRequest(
        data_connection_id=PRODUCT_DATABASE,
        contents=UpdateCellContents(sql_cell=UpdateSqlCellSource(source="select 1", output_dataframe="one")),
    )

    cell = expect(update_cell.sync(WEEKLY_SQL_CELL, client=client, body=body), Cell)

    assert cell.data_connection_id == PRODUCT_DATABASE
    assert expect(cell.contents.sql_cell, SqlCellSource) == SqlCellSource(
        source="select 1", output_dataframe="one"
    )
    assert expect(get_cell.sync(WEEKLY_SQL_CELL, client=client), Cell) == cell

    markdown = UpdateCellRequest(
        contents=UpdateCellContents(markdown_cell=MarkdownCellSource(source="# Renamed"))
    )
    renamed = expect(update_cell.sync(WEEKLY_MARKDOWN_CELL, client=client, body=markdown), Cell)
    assert renamed.contents.markdown_cell == MarkdownCellSource(source="# Renamed")
    code = UpdateCellRequest(contents=UpdateCellContents(code_cell=CodeCellSource(source="x = 2")))
    assert expect(update_cell.sync(WEEKLY_CODE_CELL, client=client, body=code), Cell).contents.code_cell == (
        CodeCellSource(source="x = 2")
    )


def test_delete_cell(client: AuthenticatedClient) -> None:
    response = delete_cell.sync_detailed(WEEKLY_CODE_CELL, client=client)

    assert response.status_code == HTTPStatus.OK
    assert expect(response.parsed, DeleteCellResponse).cell_id == WEEKLY_CODE_CELL
    assert WEEKLY_CODE_CELL not in {cell.id for cell in all_cells(client)}
    gone = expect(get_cell.sync(WEEKLY_CODE_CELL, client=client), ApiError)
    assert gone.code == "NOT_FOUND"
