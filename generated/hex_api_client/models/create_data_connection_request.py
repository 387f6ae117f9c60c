from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connection_schema_refresh_access import (
    DataConnectionSchemaRefreshAccess,
)
from ..models.data_connection_type import DataConnectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
    from ..models.new_athena_connection_details import NewAthenaConnectionDetails
    from ..models.new_big_query_connection_details import NewBigQueryConnectionDetails
    from ..models.new_data_connection_sharing import NewDataConnectionSharing
    from ..models.new_databricks_connection_details import (
        NewDatabricksConnectionDetails,
    )
    from ..models.new_postgres_connection_details import NewPostgresConnectionDetails
    from ..models.new_redshift_connection_details import NewRedshiftConnectionDetails
    from ..models.new_snowflake_connection_details import NewSnowflakeConnectionDetails
    from ..models.new_trino_connection_details import NewTrinoConnectionDetails
    from ..models.schema_refresh_schedule import SchemaRefreshSchedule


T = TypeVar("T", bound="CreateDataConnectionRequest")


@_attrs_define
class CreateDataConnectionRequest:
    """A new data connection.

    Example:
        {'name': 'Analytics warehouse', 'type': 'postgres', 'connectionDetails': {'postgres': {'username': 'hex_reader',
            'password': 'correct-horse-battery-staple', 'database': 'analytics', 'port': 5432, 'hostname':
            'db.example.com'}}, 'sharing': {'workspace': {'members': 'QUERY'}}}

    Attributes:
        name (str): A non-empty display name. Example: Data team.
        type_ (DataConnectionType): The kind of warehouse or database a connection points at. Example: snowflake.
        connection_details (NewAthenaConnectionDetails | NewBigQueryConnectionDetails | NewDatabricksConnectionDetails |
            NewPostgresConnectionDetails | NewRedshiftConnectionDetails | NewSnowflakeConnectionDetails |
            NewTrinoConnectionDetails): A new connection's settings and secrets, under the one key that names its `type`.
            ClickHouse connections cannot be created through the API. Example: {'postgres': {'username': 'hex_reader',
            'database': 'analytics', 'port': 5432, 'hostname': 'db.example.com', 'password': 'correct-horse-battery-
            staple'}}.
        description (str | Unset):
        connect_via_ssh (bool | Unset): Connect through an SSH tunnel (default false).
        include_magic (bool | Unset): Let Hex's AI features use the connection (default true).
        allow_writeback_cells (bool | Unset): Let writeback cells write through the connection (default false).
        schema_filters (DataConnectionSchemaFilters | Unset): The connection's schema-browser filters, per level.
            Example: {'schemas': {'exclude': {'values': ['information_schema'], 'matchType': 'EXACT'}}}.
        schema_refresh_schedule (SchemaRefreshSchedule | Unset): When Hex refreshes the connection's schema browser. The
            entry matching `cadence` holds the timing; there is no separate entry for hourly refreshes. Example: {'cadence':
            'DAILY', 'enabled': True, 'daily': {'timezoneString': '+00:00', 'minute': 0, 'hour': 6}}.
        schema_refresh_access (DataConnectionSchemaRefreshAccess | Unset): Who may refresh the connection's schema
            browser. Example: USERS_WITH_QUERY_ACCESS.
        sharing (NewDataConnectionSharing | Unset): Who may use a new connection. Example: {'workspace': {'members':
            'VIEW_RESULTS'}, 'groups': [{'access': 'QUERY', 'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}]}.
    """

    name: str
    type_: DataConnectionType
    connection_details: (
        NewAthenaConnectionDetails
        | NewBigQueryConnectionDetails
        | NewDatabricksConnectionDetails
        | NewPostgresConnectionDetails
        | NewRedshiftConnectionDetails
        | NewSnowflakeConnectionDetails
        | NewTrinoConnectionDetails
    )
    description: str | Unset = UNSET
    connect_via_ssh: bool | Unset = UNSET
    include_magic: bool | Unset = UNSET
    allow_writeback_cells: bool | Unset = UNSET
    schema_filters: DataConnectionSchemaFilters | Unset = UNSET
    schema_refresh_schedule: SchemaRefreshSchedule | Unset = UNSET
    schema_refresh_access: DataConnectionSchemaRefreshAccess | Unset = UNSET
    sharing: NewDataConnectionSharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_athena_connection_details import NewAthenaConnectionDetails
        from ..models.new_big_query_connection_details import (
            NewBigQueryConnectionDetails,
        )
        from ..models.new_databricks_connection_details import (
            NewDatabricksConnectionDetails,
        )
        from ..models.new_postgres_connection_details import (
            NewPostgresConnectionDetails,
        )
        from ..models.new_redshift_connection_details import (
            NewRedshiftConnectionDetails,
        )
        from ..models.new_snowflake_connection_details import (
            NewSnowflakeConnectionDetails,
        )

        name = self.name

        type_ = self.type_.value

        connection_details: dict[str, Any]
        if (
            isinstance(self.connection_details, NewAthenaConnectionDetails)
            or isinstance(self.connection_details, NewBigQueryConnectionDetails)
            or isinstance(self.connection_details, NewDatabricksConnectionDetails)
            or isinstance(self.connection_details, NewPostgresConnectionDetails)
            or isinstance(self.connection_details, NewRedshiftConnectionDetails)
            or isinstance(self.connection_details, NewSnowflakeConnectionDetails)
        ):
            connection_details = self.connection_details.to_dict()
        else:
            connection_details = self.connection_details.to_dict()

        description = self.description

        connect_via_ssh = self.connect_via_ssh

        include_magic = self.include_magic

        allow_writeback_cells = self.allow_writeback_cells

        schema_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_filters, Unset):
            schema_filters = self.schema_filters.to_dict()

        schema_refresh_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_refresh_schedule, Unset):
            schema_refresh_schedule = self.schema_refresh_schedule.to_dict()

        schema_refresh_access: str | Unset = UNSET
        if not isinstance(self.schema_refresh_access, Unset):
            schema_refresh_access = self.schema_refresh_access.value

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "connectionDetails": connection_details,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if connect_via_ssh is not UNSET:
            field_dict["connectViaSsh"] = connect_via_ssh
        if include_magic is not UNSET:
            field_dict["includeMagic"] = include_magic
        if allow_writeback_cells is not UNSET:
            field_dict["allowWritebackCells"] = allow_writeback_cells
        if schema_filters is not UNSET:
            field_dict["schemaFilters"] = schema_filters
        if schema_refresh_schedule is not UNSET:
            field_dict["schemaRefreshSchedule"] = schema_refresh_schedule
        if schema_refresh_access is not UNSET:
            field_dict["schemaRefreshAccess"] = schema_refresh_access
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
        from ..models.new_athena_connection_details import NewAthenaConnectionDetails
        from ..models.new_big_query_connection_details import (
            NewBigQueryConnectionDetails,
        )
        from ..models.new_data_connection_sharing import NewDataConnectionSharing
        from ..models.new_databricks_connection_details import (
            NewDatabricksConnectionDetails,
        )
        from ..models.new_postgres_connection_details import (
            NewPostgresConnectionDetails,
        )
        from ..models.new_redshift_connection_details import (
            NewRedshiftConnectionDetails,
        )
        from ..models.new_snowflake_connection_details import (
            NewSnowflakeConnectionDetails,
        )
        from ..models.new_trino_connection_details import NewTrinoConnectionDetails
        from ..models.schema_refresh_schedule import SchemaRefreshSchedule

        d = dict(src_dict)
        name = d.pop("name")

        type_ = DataConnectionType(d.pop("type"))

        def _parse_connection_details(
            data: object,
        ) -> (
            NewAthenaConnectionDetails
            | NewBigQueryConnectionDetails
            | NewDatabricksConnectionDetails
            | NewPostgresConnectionDetails
            | NewRedshiftConnectionDetails
            | NewSnowflakeConnectionDetails
            | NewTrinoConnectionDetails
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_0 = (
                    NewAthenaConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_1 = (
                    NewBigQueryConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_2 = (
                    NewDatabricksConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_3 = (
                    NewPostgresConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_4 = (
                    NewRedshiftConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_new_connection_details_type_5 = (
                    NewSnowflakeConnectionDetails.from_dict(data)
                )

                return componentsschemas_new_connection_details_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_new_connection_details_type_6 = (
                NewTrinoConnectionDetails.from_dict(data)
            )

            return componentsschemas_new_connection_details_type_6

        connection_details = _parse_connection_details(d.pop("connectionDetails"))

        description = d.pop("description", UNSET)

        connect_via_ssh = d.pop("connectViaSsh", UNSET)

        include_magic = d.pop("includeMagic", UNSET)

        allow_writeback_cells = d.pop("allowWritebackCells", UNSET)

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

        _schema_refresh_access = d.pop("schemaRefreshAccess", UNSET)
        schema_refresh_access: DataConnectionSchemaRefreshAccess | Unset
        if isinstance(_schema_refresh_access, Unset):
            schema_refresh_access = UNSET
        else:
            schema_refresh_access = DataConnectionSchemaRefreshAccess(
                _schema_refresh_access
            )

        _sharing = d.pop("sharing", UNSET)
        sharing: NewDataConnectionSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = NewDataConnectionSharing.from_dict(_sharing)

        create_data_connection_request = cls(
            name=name,
            type_=type_,
            connection_details=connection_details,
            description=description,
            connect_via_ssh=connect_via_ssh,
            include_magic=include_magic,
            allow_writeback_cells=allow_writeback_cells,
            schema_filters=schema_filters,
            schema_refresh_schedule=schema_refresh_schedule,
            schema_refresh_access=schema_refresh_access,
            sharing=sharing,
        )

        create_data_connection_request.additional_properties = d
        return create_data_connection_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
