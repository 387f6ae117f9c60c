from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAthenaConnection")


@_attrs_define
class NewAthenaConnection:
    """Everything a new Athena connection needs, secrets included.

    Example:
        {'accessKeyId': 'AKIAIOSFODNN7EXAMPLE', 's3OutputPath': 's3://query-results/hex/', 'port': 443, 'hostname':
            'athena.us-east-1.amazonaws.com', 'secretAccessKey': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}

    Attributes:
        access_key_id (str):
        s_3_output_path (str):
        port (float):
        hostname (str):
        secret_access_key (str):
        workgroup (None | str | Unset):
        catalog (None | str | Unset):
    """

    access_key_id: str
    s_3_output_path: str
    port: float
    hostname: str
    secret_access_key: str
    workgroup: None | str | Unset = UNSET
    catalog: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        s_3_output_path = self.s_3_output_path

        port = self.port

        hostname = self.hostname

        secret_access_key = self.secret_access_key

        workgroup: None | str | Unset
        if isinstance(self.workgroup, Unset):
            workgroup = UNSET
        else:
            workgroup = self.workgroup

        catalog: None | str | Unset
        if isinstance(self.catalog, Unset):
            catalog = UNSET
        else:
            catalog = self.catalog

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessKeyId": access_key_id,
                "s3OutputPath": s_3_output_path,
                "port": port,
                "hostname": hostname,
                "secretAccessKey": secret_access_key,
            }
        )
        if workgroup is not UNSET:
            field_dict["workgroup"] = workgroup
        if catalog is not UNSET:
            field_dict["catalog"] = catalog

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId")

        s_3_output_path = d.pop("s3OutputPath")

        port = d.pop("port")

        hostname = d.pop("hostname")

        secret_access_key = d.pop("secretAccessKey")

        def _parse_workgroup(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workgroup = _parse_workgroup(d.pop("workgroup", UNSET))

        def _parse_catalog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog = _parse_catalog(d.pop("catalog", UNSET))

        new_athena_connection = cls(
            access_key_id=access_key_id,
            s_3_output_path=s_3_output_path,
            port=port,
            hostname=hostname,
            secret_access_key=secret_access_key,
            workgroup=workgroup,
            catalog=catalog,
        )

        new_athena_connection.additional_properties = d
        return new_athena_connection

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
