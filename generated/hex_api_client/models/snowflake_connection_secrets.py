from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeConnectionSecrets")


@_attrs_define
class SnowflakeConnectionSecrets:
    """The secrets of a Snowflake connection. Write-only, never returned.

    Example:
        {'passphrase': 'key-passphrase', 'privateKey': '-----BEGIN PRIVATE KEY-----\\\\nMIIE...\\\\n-----END PRIVATE
            KEY-----'}

    Attributes:
        passphrase (str | Unset):
        private_key (str | Unset):
    """

    passphrase: str | Unset = UNSET
    private_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passphrase = self.passphrase

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        passphrase = d.pop("passphrase", UNSET)

        private_key = d.pop("privateKey", UNSET)

        snowflake_connection_secrets = cls(
            passphrase=passphrase,
            private_key=private_key,
        )

        snowflake_connection_secrets.additional_properties = d
        return snowflake_connection_secrets

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
