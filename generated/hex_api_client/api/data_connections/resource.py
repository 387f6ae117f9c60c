"""`Hex.data_connections` and `AsyncHex.data_connections` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource
from ...models.create_data_connection_request import CreateDataConnectionRequest
from ...models.data_connection import DataConnection
from ...models.data_connection_list import DataConnectionList
from ...models.data_connection_sort_by import DataConnectionSortBy
from ...models.data_connection_summary import DataConnectionSummary
from ...models.edit_data_connection_request import EditDataConnectionRequest
from ...models.sort_direction import SortDirection
from ...models.update_data_connection_schema_request import (
    UpdateDataConnectionSchemaRequest,
)
from ...models.update_data_connection_schema_response import (
    UpdateDataConnectionSchemaResponse,
)
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    create_data_connection,
    edit_data_connection,
    get_data_connection,
    list_data_connections,
    update_data_connection_schema,
)


class DataConnections(SyncResource):
    """The `data_connections` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
        sort_direction: SortDirection | Unset = SortDirection.ASC,
    ) -> SyncPager[DataConnectionList, DataConnection | DataConnectionSummary]:
        """List data connections: every item of every page, fetched lazily (ListDataConnections).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["ListDataConnections"],
            list_data_connections._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_data_connections._parse_success,
            lambda page: page.values,
        )

    def create(
        self,
        *,
        body: CreateDataConnectionRequest,
    ) -> DataConnection:
        """Create a data connection (CreateDataConnection)."""
        return self._requester.call(
            OPERATIONS["CreateDataConnection"],
            create_data_connection._get_kwargs(
                body=body,
            ),
            create_data_connection._parse_success,
        )

    def get(
        self,
        data_connection_id: UUID,
    ) -> DataConnection:
        """Get one data connection (GetDataConnection)."""
        return self._requester.call(
            OPERATIONS["GetDataConnection"],
            get_data_connection._get_kwargs(
                data_connection_id=data_connection_id,
            ),
            get_data_connection._parse_success,
        )

    def edit(
        self,
        data_connection_id: UUID,
        *,
        body: EditDataConnectionRequest,
    ) -> DataConnection:
        """Edit a data connection (EditDataConnection)."""
        return self._requester.call(
            OPERATIONS["EditDataConnection"],
            edit_data_connection._get_kwargs(
                data_connection_id=data_connection_id,
                body=body,
            ),
            edit_data_connection._parse_success,
        )

    def update_schema(
        self,
        data_connection_id: UUID,
        *,
        body: UpdateDataConnectionSchemaRequest,
    ) -> UpdateDataConnectionSchemaResponse:
        """Set statuses on a connection's databases, schemas and tables (UpdateDataConnectionSchema)."""
        return self._requester.call(
            OPERATIONS["UpdateDataConnectionSchema"],
            update_data_connection_schema._get_kwargs(
                data_connection_id=data_connection_id,
                body=body,
            ),
            update_data_connection_schema._parse_success,
        )


class AsyncDataConnections(AsyncResource):
    """The `data_connections` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: DataConnectionSortBy | Unset = DataConnectionSortBy.NAME,
        sort_direction: SortDirection | Unset = SortDirection.ASC,
    ) -> AsyncPager[DataConnectionList, DataConnection | DataConnectionSummary]:
        """List data connections: every item of every page, fetched lazily (ListDataConnections).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["ListDataConnections"],
            list_data_connections._get_kwargs(
                after=after,
                before=before,
                limit=limit,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            list_data_connections._parse_success,
            lambda page: page.values,
        )

    async def create(
        self,
        *,
        body: CreateDataConnectionRequest,
    ) -> DataConnection:
        """Create a data connection (CreateDataConnection)."""
        return await self._requester.call(
            OPERATIONS["CreateDataConnection"],
            create_data_connection._get_kwargs(
                body=body,
            ),
            create_data_connection._parse_success,
        )

    async def get(
        self,
        data_connection_id: UUID,
    ) -> DataConnection:
        """Get one data connection (GetDataConnection)."""
        return await self._requester.call(
            OPERATIONS["GetDataConnection"],
            get_data_connection._get_kwargs(
                data_connection_id=data_connection_id,
            ),
            get_data_connection._parse_success,
        )

    async def edit(
        self,
        data_connection_id: UUID,
        *,
        body: EditDataConnectionRequest,
    ) -> DataConnection:
        """Edit a data connection (EditDataConnection)."""
        return await self._requester.call(
            OPERATIONS["EditDataConnection"],
            edit_data_connection._get_kwargs(
                data_connection_id=data_connection_id,
                body=body,
            ),
            edit_data_connection._parse_success,
        )

    async def update_schema(
        self,
        data_connection_id: UUID,
        *,
        body: UpdateDataConnectionSchemaRequest,
    ) -> UpdateDataConnectionSchemaResponse:
        """Set statuses on a connection's databases, schemas and tables (UpdateDataConnectionSchema)."""
        return await self._requester.call(
            OPERATIONS["UpdateDataConnectionSchema"],
            update_data_connection_schema._get_kwargs(
                data_connection_id=data_connection_id,
                body=body,
            ),
            update_data_connection_schema._parse_success,
        )
