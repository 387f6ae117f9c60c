from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeConnectionDetailsChangeSnowflake")


@_attrs_define
class SnowflakeConnectionDetailsChangeSnowflake:
    """
    Attributes:
        role (None | str | Unset):
        username (str | Unset):
        schema (None | str | Unset):
        database (str | Unset):
        warehouse (str | Unset):
        account_name (str | Unset):
        passphrase (str | Unset):
        private_key (str | Unset):
    """

    role: None | str | Unset = UNSET
    username: str | Unset = UNSET
    schema: None | str | Unset = UNSET
    database: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    account_name: str | Unset = UNSET
    passphrase: str | Unset = UNSET
    private_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        username = self.username

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        database = self.database

        warehouse = self.warehouse

        account_name = self.account_name

        passphrase = self.passphrase

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if username is not UNSET:
            field_dict["username"] = username
        if schema is not UNSET:
            field_dict["schema"] = schema
        if database is not UNSET:
            field_dict["database"] = database
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        username = d.pop("username", UNSET)

        def _parse_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        database = d.pop("database", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        account_name = d.pop("accountName", UNSET)

        passphrase = d.pop("passphrase", UNSET)

        private_key = d.pop("privateKey", UNSET)

        snowflake_connection_details_change_snowflake = cls(
            role=role,
            username=username,
            schema=schema,
            database=database,
            warehouse=warehouse,
            account_name=account_name,
            passphrase=passphrase,
            private_key=private_key,
        )

        snowflake_connection_details_change_snowflake.additional_properties = d
        return snowflake_connection_details_change_snowflake

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
