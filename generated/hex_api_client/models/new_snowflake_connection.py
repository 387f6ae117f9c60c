from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSnowflakeConnection")


@_attrs_define
class NewSnowflakeConnection:
    """Everything a new Snowflake connection needs, secrets included.

    Example:
        {'username': 'HEX_SERVICE', 'database': 'ANALYTICS', 'warehouse': 'ANALYTICS_WH', 'accountName': 'acme-xy12345',
            'passphrase': 'key-passphrase', 'privateKey': '-----BEGIN PRIVATE KEY-----\\\\nMIIE...\\\\n-----END PRIVATE
            KEY-----'}

    Attributes:
        username (str):
        database (str):
        warehouse (str):
        account_name (str):
        passphrase (str):
        private_key (str):
        role (None | str | Unset):
        schema (None | str | Unset):
    """

    username: str
    database: str
    warehouse: str
    account_name: str
    passphrase: str
    private_key: str
    role: None | str | Unset = UNSET
    schema: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        database = self.database

        warehouse = self.warehouse

        account_name = self.account_name

        passphrase = self.passphrase

        private_key = self.private_key

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "database": database,
                "warehouse": warehouse,
                "accountName": account_name,
                "passphrase": passphrase,
                "privateKey": private_key,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        database = d.pop("database")

        warehouse = d.pop("warehouse")

        account_name = d.pop("accountName")

        passphrase = d.pop("passphrase")

        private_key = d.pop("privateKey")

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        new_snowflake_connection = cls(
            username=username,
            database=database,
            warehouse=warehouse,
            account_name=account_name,
            passphrase=passphrase,
            private_key=private_key,
            role=role,
            schema=schema,
        )

        new_snowflake_connection.additional_properties = d
        return new_snowflake_connection

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
