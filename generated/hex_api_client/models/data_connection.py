from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.data_connection_schema_refresh_access import (
    DataConnectionSchemaRefreshAccess,
)
from ..models.data_connection_type import DataConnectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.athena_connection_details import AthenaConnectionDetails
    from ..models.big_query_connection_details import BigQueryConnectionDetails
    from ..models.click_house_connection_details import ClickHouseConnectionDetails
    from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
    from ..models.data_connection_sharing import DataConnectionSharing
    from ..models.databricks_connection_details import DatabricksConnectionDetails
    from ..models.postgres_connection_details import PostgresConnectionDetails
    from ..models.redshift_connection_details import RedshiftConnectionDetails
    from ..models.schema_refresh_schedule import SchemaRefreshSchedule
    from ..models.snowflake_connection_details import SnowflakeConnectionDetails
    from ..models.trino_connection_details import TrinoConnectionDetails


T = TypeVar("T", bound="DataConnection")


@_attrs_define
class DataConnection:
    """A data connection in full, without its secrets.

    Example:
        {'id': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'name': 'Analytics warehouse', 'type': 'postgres', 'description':
            'Read replica of the production database.', 'connectionDetails': {'postgres': {'username': 'hex_reader',
            'database': 'analytics', 'port': 5432, 'hostname': 'db.example.com'}}, 'connectViaSsh': False, 'includeMagic':
            True, 'allowWritebackCells': False, 'schemaFilters': {'schemas': {'exclude': {'values': ['information_schema'],
            'matchType': 'EXACT'}}}, 'schemaRefreshSchedule': {'cadence': 'DAILY', 'enabled': True, 'daily':
            {'timezoneString': '+00:00', 'minute': 0, 'hour': 6}}, 'schemaRefreshAccess': 'ADMINS', 'sharing': {'workspace':
            {'public': 'NONE', 'guests': 'NONE', 'members': 'QUERY'}, 'groups': []}}

    Attributes:
        id (UUID): The id of a data connection. Example: c8f815c8-88c2-4dea-981f-69f544d6165d.
        name (str): A non-empty display name. Example: Data team.
        type_ (DataConnectionType): The kind of warehouse or database a connection points at. Example: snowflake.
        connection_details (AthenaConnectionDetails | BigQueryConnectionDetails | ClickHouseConnectionDetails |
            DatabricksConnectionDetails | None | PostgresConnectionDetails | RedshiftConnectionDetails |
            SnowflakeConnectionDetails | TrinoConnectionDetails):
        connect_via_ssh (bool): Whether the connection goes through an SSH tunnel.
        include_magic (bool): Whether Hex's AI features may use the connection.
        allow_writeback_cells (bool): Whether writeback cells may write through the connection.
        schema_refresh_access (DataConnectionSchemaRefreshAccess): Who may refresh the connection's schema browser.
            Example: USERS_WITH_QUERY_ACCESS.
        sharing (DataConnectionSharing): Who may use a connection. Example: {'workspace': {'members': 'VIEW_RESULTS'},
            'groups': [{'access': 'QUERY', 'group': {'name': 'Data team', 'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}]}.
        description (str | Unset):
        schema_filters (DataConnectionSchemaFilters | Unset): The connection's schema-browser filters, per level.
            Example: {'schemas': {'exclude': {'values': ['information_schema'], 'matchType': 'EXACT'}}}.
        schema_refresh_schedule (SchemaRefreshSchedule | Unset): When Hex refreshes the connection's schema browser. The
            entry matching `cadence` holds the timing; there is no separate entry for hourly refreshes. Example: {'cadence':
            'DAILY', 'enabled': True, 'daily': {'timezoneString': '+00:00', 'minute': 0, 'hour': 6}}.
    """

    id: UUID
    name: str
    type_: DataConnectionType
    connection_details: (
        AthenaConnectionDetails
        | BigQueryConnectionDetails
        | ClickHouseConnectionDetails
        | DatabricksConnectionDetails
        | None
        | PostgresConnectionDetails
        | RedshiftConnectionDetails
        | SnowflakeConnectionDetails
        | TrinoConnectionDetails
    )
    connect_via_ssh: bool
    include_magic: bool
    allow_writeback_cells: bool
    schema_refresh_access: DataConnectionSchemaRefreshAccess
    sharing: DataConnectionSharing
    description: str | Unset = UNSET
    schema_filters: DataConnectionSchemaFilters | Unset = UNSET
    schema_refresh_schedule: SchemaRefreshSchedule | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.athena_connection_details import AthenaConnectionDetails
        from ..models.big_query_connection_details import BigQueryConnectionDetails
        from ..models.click_house_connection_details import ClickHouseConnectionDetails
        from ..models.databricks_connection_details import DatabricksConnectionDetails
        from ..models.postgres_connection_details import PostgresConnectionDetails
        from ..models.redshift_connection_details import RedshiftConnectionDetails
        from ..models.snowflake_connection_details import SnowflakeConnectionDetails
        from ..models.trino_connection_details import TrinoConnectionDetails

        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        connection_details: dict[str, Any] | None
        if (
            isinstance(self.connection_details, AthenaConnectionDetails)
            or isinstance(self.connection_details, BigQueryConnectionDetails)
            or isinstance(self.connection_details, ClickHouseConnectionDetails)
            or isinstance(self.connection_details, DatabricksConnectionDetails)
            or isinstance(self.connection_details, PostgresConnectionDetails)
            or isinstance(self.connection_details, RedshiftConnectionDetails)
            or isinstance(self.connection_details, SnowflakeConnectionDetails)
            or isinstance(self.connection_details, TrinoConnectionDetails)
        ):
            connection_details = self.connection_details.to_dict()
        else:
            connection_details = self.connection_details

        connect_via_ssh = self.connect_via_ssh

        include_magic = self.include_magic

        allow_writeback_cells = self.allow_writeback_cells

        schema_refresh_access = self.schema_refresh_access.value

        sharing = self.sharing.to_dict()

        description = self.description

        schema_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_filters, Unset):
            schema_filters = self.schema_filters.to_dict()

        schema_refresh_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_refresh_schedule, Unset):
            schema_refresh_schedule = self.schema_refresh_schedule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "connectionDetails": connection_details,
                "connectViaSsh": connect_via_ssh,
                "includeMagic": include_magic,
                "allowWritebackCells": allow_writeback_cells,
                "schemaRefreshAccess": schema_refresh_access,
                "sharing": sharing,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema_filters is not UNSET:
            field_dict["schemaFilters"] = schema_filters
        if schema_refresh_schedule is not UNSET:
            field_dict["schemaRefreshSchedule"] = schema_refresh_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.athena_connection_details import AthenaConnectionDetails
        from ..models.big_query_connection_details import BigQueryConnectionDetails
        from ..models.click_house_connection_details import ClickHouseConnectionDetails
        from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
        from ..models.data_connection_sharing import DataConnectionSharing
        from ..models.databricks_connection_details import DatabricksConnectionDetails
        from ..models.postgres_connection_details import PostgresConnectionDetails
        from ..models.redshift_connection_details import RedshiftConnectionDetails
        from ..models.schema_refresh_schedule import SchemaRefreshSchedule
        from ..models.snowflake_connection_details import SnowflakeConnectionDetails
        from ..models.trino_connection_details import TrinoConnectionDetails

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        type_ = DataConnectionType(d.pop("type"))

        def _parse_connection_details(
            data: object,
        ) -> (
            AthenaConnectionDetails
            | BigQueryConnectionDetails
            | ClickHouseConnectionDetails
            | DatabricksConnectionDetails
            | None
            | PostgresConnectionDetails
            | RedshiftConnectionDetails
            | SnowflakeConnectionDetails
            | TrinoConnectionDetails
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_0 = (
                    AthenaConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_1 = (
                    BigQueryConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_2 = (
                    ClickHouseConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_3 = (
                    DatabricksConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_4 = (
                    PostgresConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_5 = (
                    RedshiftConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_6 = (
                    SnowflakeConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_connection_details_type_7 = (
                    TrinoConnectionDetails.from_dict(data)
                )

                return componentsschemas_data_connection_details_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AthenaConnectionDetails
                | BigQueryConnectionDetails
                | ClickHouseConnectionDetails
                | DatabricksConnectionDetails
                | None
                | PostgresConnectionDetails
                | RedshiftConnectionDetails
                | SnowflakeConnectionDetails
                | TrinoConnectionDetails,
                data,
            )

        connection_details = _parse_connection_details(d.pop("connectionDetails"))

        connect_via_ssh = d.pop("connectViaSsh")

        include_magic = d.pop("includeMagic")

        allow_writeback_cells = d.pop("allowWritebackCells")

        schema_refresh_access = DataConnectionSchemaRefreshAccess(
            d.pop("schemaRefreshAccess")
        )

        sharing = DataConnectionSharing.from_dict(d.pop("sharing"))

        description = d.pop("description", UNSET)

        _schema_filters = d.pop("schemaFilters", UNSET)
        schema_filters: DataConnectionSchemaFilters | Unset
        if isinstance(_schema_filters, Unset):
            schema_filters = UNSET
        else:
            schema_filters = DataConnectionSchemaFilters.from_dict(_schema_filters)

        _schema_refresh_schedule = d.pop("schemaRefreshSchedule", UNSET)
        schema_refresh_schedule: SchemaRefreshSchedule | Unset
        if isinstance(_schema_refresh_schedule, Unset):
            schema_refresh_schedule = UNSET
        else:
            schema_refresh_schedule = SchemaRefreshSchedule.from_dict(
                _schema_refresh_schedule
            )

        data_connection = cls(
            id=id,
            name=name,
            type_=type_,
            connection_details=connection_details,
            connect_via_ssh=connect_via_ssh,
            include_magic=include_magic,
            allow_writeback_cells=allow_writeback_cells,
            schema_refresh_access=schema_refresh_access,
            sharing=sharing,
            description=description,
            schema_filters=schema_filters,
            schema_refresh_schedule=schema_refresh_schedule,
        )

        return data_connection
