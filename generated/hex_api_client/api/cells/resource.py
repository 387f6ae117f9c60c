"""`Hex.cells` and `AsyncHex.cells` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.cell import Cell
from ...models.cell_chart_image import CellChartImage
from ...models.cell_list import CellList
from ...models.cell_output import CellOutput
from ...models.create_code_cell_request import CreateCodeCellRequest
from ...models.create_markdown_cell_request import CreateMarkdownCellRequest
from ...models.create_sql_cell_request import CreateSqlCellRequest
from ...models.delete_cell_response import DeleteCellResponse
from ...models.update_cell_request import UpdateCellRequest
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    create_cell,
    delete_cell,
    get_cell,
    get_cell_output,
    get_chart_image_from_logic,
    list_cells,
    update_cell,
)


class Cells(SyncResource):
    """The `cells` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        project_id: UUID,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPager[CellList, Cell]:
        """List the cells of a project's draft: every item of every page, fetched lazily (ListCells).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListCells"],
            list_cells._get_kwargs(
                project_id=project_id,
                after=after,
                before=before,
                limit=limit,
            ),
            list_cells._parse_success,
            lambda page: page.values,
        )

    def create(
        self,
        *,
        body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
    ) -> Cell:
        """Add a cell to a project's draft (CreateCell)."""
        return self._requester.call(
            OPERATIONS["CreateCell"],
            create_cell._get_kwargs(
                body=body,
            ),
            create_cell._parse_success,
        )

    def get(
        self,
        cell_id: UUID,
    ) -> Cell:
        """Get one cell (GetCell)."""
        return self._requester.call(
            OPERATIONS["GetCell"],
            get_cell._get_kwargs(
                cell_id=cell_id,
            ),
            get_cell._parse_success,
        )

    def delete(
        self,
        cell_id: UUID,
    ) -> DeleteCellResponse:
        """Delete a cell (DeleteCell)."""
        return self._requester.call(
            OPERATIONS["DeleteCell"],
            delete_cell._get_kwargs(
                cell_id=cell_id,
            ),
            delete_cell._parse_success,
        )

    def update(
        self,
        cell_id: UUID,
        *,
        body: UpdateCellRequest,
    ) -> Cell:
        """Change a cell's source or data connection (UpdateCell)."""
        return self._requester.call(
            OPERATIONS["UpdateCell"],
            update_cell._get_kwargs(
                cell_id=cell_id,
                body=body,
            ),
            update_cell._parse_success,
        )

    def get_output(
        self,
        cell_id: UUID,
    ) -> CellOutput:
        """Get a SQL cell's latest output (GetCellOutput)."""
        return self._requester.call(
            OPERATIONS["GetCellOutput"],
            get_cell_output._get_kwargs(
                cell_id=cell_id,
            ),
            get_cell_output._parse_success,
        )

    def get_chart_image(
        self,
        cell_id: UUID,
        *,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        include_title: bool | Unset = UNSET,
    ) -> CellChartImage:
        """Get a chart cell's image from the draft (GetChartImageFromLogic)."""
        return self._requester.call(
            OPERATIONS["GetChartImageFromLogic"],
            get_chart_image_from_logic._get_kwargs(
                cell_id=cell_id,
                width=width,
                height=height,
                include_title=include_title,
            ),
            get_chart_image_from_logic._parse_success,
        )


class AsyncCells(AsyncResource):
    """The `cells` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        project_id: UUID,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPager[CellList, Cell]:
        """List the cells of a project's draft: every item of every page, fetched lazily (ListCells).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListCells"],
            list_cells._get_kwargs(
                project_id=project_id,
                after=after,
                before=before,
                limit=limit,
            ),
            list_cells._parse_success,
            lambda page: page.values,
        )

    async def create(
        self,
        *,
        body: CreateCodeCellRequest | CreateMarkdownCellRequest | CreateSqlCellRequest,
    ) -> Cell:
        """Add a cell to a project's draft (CreateCell)."""
        return await self._requester.call(
            OPERATIONS["CreateCell"],
            create_cell._get_kwargs(
                body=body,
            ),
            create_cell._parse_success,
        )

    async def get(
        self,
        cell_id: UUID,
    ) -> Cell:
        """Get one cell (GetCell)."""
        return await self._requester.call(
            OPERATIONS["GetCell"],
            get_cell._get_kwargs(
                cell_id=cell_id,
            ),
            get_cell._parse_success,
        )

    async def delete(
        self,
        cell_id: UUID,
    ) -> DeleteCellResponse:
        """Delete a cell (DeleteCell)."""
        return await self._requester.call(
            OPERATIONS["DeleteCell"],
            delete_cell._get_kwargs(
                cell_id=cell_id,
            ),
            delete_cell._parse_success,
        )

    async def update(
        self,
        cell_id: UUID,
        *,
        body: UpdateCellRequest,
    ) -> Cell:
        """Change a cell's source or data connection (UpdateCell)."""
        return await self._requester.call(
            OPERATIONS["UpdateCell"],
            update_cell._get_kwargs(
                cell_id=cell_id,
                body=body,
            ),
            update_cell._parse_success,
        )

    async def get_output(
        self,
        cell_id: UUID,
    ) -> CellOutput:
        """Get a SQL cell's latest output (GetCellOutput)."""
        return await self._requester.call(
            OPERATIONS["GetCellOutput"],
            get_cell_output._get_kwargs(
                cell_id=cell_id,
            ),
            get_cell_output._parse_success,
        )

    async def get_chart_image(
        self,
        cell_id: UUID,
        *,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        include_title: bool | Unset = UNSET,
    ) -> CellChartImage:
        """Get a chart cell's image from the draft (GetChartImageFromLogic)."""
        return await self._requester.call(
            OPERATIONS["GetChartImageFromLogic"],
            get_chart_image_from_logic._get_kwargs(
                cell_id=cell_id,
                width=width,
                height=height,
                include_title=include_title,
            ),
            get_chart_image_from_logic._parse_success,
        )
