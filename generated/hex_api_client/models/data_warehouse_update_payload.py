from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.data_warehouse_update_type import DataWarehouseUpdateType

if TYPE_CHECKING:
    from ..models.description_update import DescriptionUpdate
    from ..models.status_update import StatusUpdate


T = TypeVar("T", bound="DataWarehouseUpdatePayload")


@_attrs_define
class DataWarehouseUpdatePayload:
    """A proposed update of a warehouse object's description (`descriptionUpdate`) or status (`statusUpdate`); the names
    locate the object, null above its level.

        Example:
            {'updateType': 'UPDATE_DESCRIPTION', 'dataConnectionName': 'Warehouse', 'databaseName': 'analytics',
                'schemaName': 'public', 'tableName': 'orders', 'columnName': None, 'descriptionUpdate': {'newDescription': 'One
                row per order, refunds included.', 'currentDescriptions': {'hexDescription': None, 'warehouseComment': 'Orders
                table', 'dbtDescription': None}}, 'statusUpdate': None}

        Attributes:
            update_type (DataWarehouseUpdateType): The warehouse metadata a change proposes to update. Example:
                UPDATE_DESCRIPTION.
            data_connection_name (None | str):
            database_name (None | str):
            schema_name (None | str):
            table_name (None | str):
            column_name (None | str):
            description_update (DescriptionUpdate | None):
            status_update (None | StatusUpdate):
    """

    update_type: DataWarehouseUpdateType
    data_connection_name: None | str
    database_name: None | str
    schema_name: None | str
    table_name: None | str
    column_name: None | str
    description_update: DescriptionUpdate | None
    status_update: None | StatusUpdate

    def to_dict(self) -> dict[str, Any]:
        from ..models.description_update import DescriptionUpdate
        from ..models.status_update import StatusUpdate

        update_type = self.update_type.value

        data_connection_name: None | str
        data_connection_name = self.data_connection_name

        database_name: None | str
        database_name = self.database_name

        schema_name: None | str
        schema_name = self.schema_name

        table_name: None | str
        table_name = self.table_name

        column_name: None | str
        column_name = self.column_name

        description_update: dict[str, Any] | None
        if isinstance(self.description_update, DescriptionUpdate):
            description_update = self.description_update.to_dict()
        else:
            description_update = self.description_update

        status_update: dict[str, Any] | None
        if isinstance(self.status_update, StatusUpdate):
            status_update = self.status_update.to_dict()
        else:
            status_update = self.status_update

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updateType": update_type,
                "dataConnectionName": data_connection_name,
                "databaseName": database_name,
                "schemaName": schema_name,
                "tableName": table_name,
                "columnName": column_name,
                "descriptionUpdate": description_update,
                "statusUpdate": status_update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.description_update import DescriptionUpdate
        from ..models.status_update import StatusUpdate

        d = dict(src_dict)
        update_type = DataWarehouseUpdateType(d.pop("updateType"))

        def _parse_data_connection_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_connection_name = _parse_data_connection_name(d.pop("dataConnectionName"))

        def _parse_database_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_name = _parse_database_name(d.pop("databaseName"))

        def _parse_schema_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schema_name = _parse_schema_name(d.pop("schemaName"))

        def _parse_table_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        table_name = _parse_table_name(d.pop("tableName"))

        def _parse_column_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        column_name = _parse_column_name(d.pop("columnName"))

        def _parse_description_update(data: object) -> DescriptionUpdate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_update_type_1 = DescriptionUpdate.from_dict(data)

                return description_update_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescriptionUpdate | None, data)

        description_update = _parse_description_update(d.pop("descriptionUpdate"))

        def _parse_status_update(data: object) -> None | StatusUpdate:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_update_type_1 = StatusUpdate.from_dict(data)

                return status_update_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusUpdate, data)

        status_update = _parse_status_update(d.pop("statusUpdate"))

        data_warehouse_update_payload = cls(
            update_type=update_type,
            data_connection_name=data_connection_name,
            database_name=database_name,
            schema_name=schema_name,
            table_name=table_name,
            column_name=column_name,
            description_update=description_update,
            status_update=status_update,
        )

        return data_warehouse_update_payload
