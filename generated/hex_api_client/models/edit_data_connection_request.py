from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connection_schema_refresh_access import (
    DataConnectionSchemaRefreshAccess,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.athena_connection_details_change import AthenaConnectionDetailsChange
    from ..models.big_query_connection_details_change import (
        BigQueryConnectionDetailsChange,
    )
    from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
    from ..models.data_connection_sharing_change import DataConnectionSharingChange
    from ..models.databricks_connection_details_change import (
        DatabricksConnectionDetailsChange,
    )
    from ..models.postgres_connection_details_change import (
        PostgresConnectionDetailsChange,
    )
    from ..models.redshift_connection_details_change import (
        RedshiftConnectionDetailsChange,
    )
    from ..models.schema_refresh_schedule import SchemaRefreshSchedule
    from ..models.snowflake_connection_details_change import (
        SnowflakeConnectionDetailsChange,
    )
    from ..models.trino_connection_details_change import TrinoConnectionDetailsChange


T = TypeVar("T", bound="EditDataConnectionRequest")


@_attrs_define
class EditDataConnectionRequest:
    """Changes to a data connection; fields left out keep their values.

    Example:
        {'name': 'Analytics warehouse (read replica)', 'connectionDetails': {'postgres': {'hostname':
            'replica.example.com', 'password': 'new-password'}}}

    Attributes:
        name (str | Unset): A non-empty display name. Example: Data team.
        description (str | Unset):
        connection_details (AthenaConnectionDetailsChange | BigQueryConnectionDetailsChange |
            DatabricksConnectionDetailsChange | PostgresConnectionDetailsChange | RedshiftConnectionDetailsChange |
            SnowflakeConnectionDetailsChange | TrinoConnectionDetailsChange | Unset): Changes to a connection's settings and
            secrets, under the key of the connection's type; fields left out keep their values. Example: {'postgres':
            {'password': 'correct-horse-battery-staple'}}.
        connect_via_ssh (bool | Unset):
        include_magic (bool | Unset):
        allow_writeback_cells (bool | Unset):
        schema_filters (DataConnectionSchemaFilters | Unset): The connection's schema-browser filters, per level.
            Example: {'schemas': {'exclude': {'values': ['information_schema'], 'matchType': 'EXACT'}}}.
        schema_refresh_schedule (None | SchemaRefreshSchedule | Unset): The new schedule, or null to remove it.
        schema_refresh_access (DataConnectionSchemaRefreshAccess | Unset): Who may refresh the connection's schema
            browser. Example: USERS_WITH_QUERY_ACCESS.
        sharing (DataConnectionSharingChange | Unset): Changes to who may use a connection. Example: {'workspace':
            {'guests': 'NONE'}, 'groups': {'upsert': [{'access': 'NONE', 'group': {'id':
            '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}]}}.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    connection_details: (
        AthenaConnectionDetailsChange
        | BigQueryConnectionDetailsChange
        | DatabricksConnectionDetailsChange
        | PostgresConnectionDetailsChange
        | RedshiftConnectionDetailsChange
        | SnowflakeConnectionDetailsChange
        | TrinoConnectionDetailsChange
        | Unset
    ) = UNSET
    connect_via_ssh: bool | Unset = UNSET
    include_magic: bool | Unset = UNSET
    allow_writeback_cells: bool | Unset = UNSET
    schema_filters: DataConnectionSchemaFilters | Unset = UNSET
    schema_refresh_schedule: None | SchemaRefreshSchedule | Unset = UNSET
    schema_refresh_access: DataConnectionSchemaRefreshAccess | Unset = UNSET
    sharing: DataConnectionSharingChange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.athena_connection_details_change import (
            AthenaConnectionDetailsChange,
        )
        from ..models.big_query_connection_details_change import (
            BigQueryConnectionDetailsChange,
        )
        from ..models.databricks_connection_details_change import (
            DatabricksConnectionDetailsChange,
        )
        from ..models.postgres_connection_details_change import (
            PostgresConnectionDetailsChange,
        )
        from ..models.redshift_connection_details_change import (
            RedshiftConnectionDetailsChange,
        )
        from ..models.schema_refresh_schedule import SchemaRefreshSchedule
        from ..models.snowflake_connection_details_change import (
            SnowflakeConnectionDetailsChange,
        )

        name = self.name

        description = self.description

        connection_details: dict[str, Any] | Unset
        if isinstance(self.connection_details, Unset):
            connection_details = UNSET
        elif (
            isinstance(self.connection_details, AthenaConnectionDetailsChange)
            or isinstance(self.connection_details, BigQueryConnectionDetailsChange)
            or isinstance(self.connection_details, DatabricksConnectionDetailsChange)
            or isinstance(self.connection_details, PostgresConnectionDetailsChange)
            or isinstance(self.connection_details, RedshiftConnectionDetailsChange)
            or isinstance(self.connection_details, SnowflakeConnectionDetailsChange)
        ):
            connection_details = self.connection_details.to_dict()
        else:
            connection_details = self.connection_details.to_dict()

        connect_via_ssh = self.connect_via_ssh

        include_magic = self.include_magic

        allow_writeback_cells = self.allow_writeback_cells

        schema_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_filters, Unset):
            schema_filters = self.schema_filters.to_dict()

        schema_refresh_schedule: dict[str, Any] | None | Unset
        if isinstance(self.schema_refresh_schedule, Unset):
            schema_refresh_schedule = UNSET
        elif isinstance(self.schema_refresh_schedule, SchemaRefreshSchedule):
            schema_refresh_schedule = self.schema_refresh_schedule.to_dict()
        else:
            schema_refresh_schedule = self.schema_refresh_schedule

        schema_refresh_access: str | Unset = UNSET
        if not isinstance(self.schema_refresh_access, Unset):
            schema_refresh_access = self.schema_refresh_access.value

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if connection_details is not UNSET:
            field_dict["connectionDetails"] = connection_details
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
        from ..models.athena_connection_details_change import (
            AthenaConnectionDetailsChange,
        )
        from ..models.big_query_connection_details_change import (
            BigQueryConnectionDetailsChange,
        )
        from ..models.data_connection_schema_filters import DataConnectionSchemaFilters
        from ..models.data_connection_sharing_change import DataConnectionSharingChange
        from ..models.databricks_connection_details_change import (
            DatabricksConnectionDetailsChange,
        )
        from ..models.postgres_connection_details_change import (
            PostgresConnectionDetailsChange,
        )
        from ..models.redshift_connection_details_change import (
            RedshiftConnectionDetailsChange,
        )
        from ..models.schema_refresh_schedule import SchemaRefreshSchedule
        from ..models.snowflake_connection_details_change import (
            SnowflakeConnectionDetailsChange,
        )
        from ..models.trino_connection_details_change import (
            TrinoConnectionDetailsChange,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_connection_details(
            data: object,
        ) -> (
            AthenaConnectionDetailsChange
            | BigQueryConnectionDetailsChange
            | DatabricksConnectionDetailsChange
            | PostgresConnectionDetailsChange
            | RedshiftConnectionDetailsChange
            | SnowflakeConnectionDetailsChange
            | TrinoConnectionDetailsChange
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_0 = (
                    AthenaConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_1 = (
                    BigQueryConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_2 = (
                    DatabricksConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_3 = (
                    PostgresConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_4 = (
                    RedshiftConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_change_type_5 = (
                    SnowflakeConnectionDetailsChange.from_dict(data)
                )

                return componentsschemas_connection_details_change_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_connection_details_change_type_6 = (
                TrinoConnectionDetailsChange.from_dict(data)
            )

            return componentsschemas_connection_details_change_type_6

        connection_details = _parse_connection_details(
            d.pop("connectionDetails", UNSET)
        )

        connect_via_ssh = d.pop("connectViaSsh", UNSET)

        include_magic = d.pop("includeMagic", UNSET)

        allow_writeback_cells = d.pop("allowWritebackCells", UNSET)

        _schema_filters = d.pop("schemaFilters", UNSET)
        schema_filters: DataConnectionSchemaFilters | Unset
        if isinstance(_schema_filters, Unset):
            schema_filters = UNSET
        else:
            schema_filters = DataConnectionSchemaFilters.from_dict(_schema_filters)

        def _parse_schema_refresh_schedule(
            data: object,
        ) -> None | SchemaRefreshSchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_refresh_schedule_type_1 = SchemaRefreshSchedule.from_dict(data)

                return schema_refresh_schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaRefreshSchedule | Unset, data)

        schema_refresh_schedule = _parse_schema_refresh_schedule(
            d.pop("schemaRefreshSchedule", UNSET)
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
        sharing: DataConnectionSharingChange | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = DataConnectionSharingChange.from_dict(_sharing)

        edit_data_connection_request = cls(
            name=name,
            description=description,
            connection_details=connection_details,
            connect_via_ssh=connect_via_ssh,
            include_magic=include_magic,
            allow_writeback_cells=allow_writeback_cells,
            schema_filters=schema_filters,
            schema_refresh_schedule=schema_refresh_schedule,
            schema_refresh_access=schema_refresh_access,
            sharing=sharing,
        )

        edit_data_connection_request.additional_properties = d
        return edit_data_connection_request

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
