from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AthenaConnectionDetailsChangeAthena")


@_attrs_define
class AthenaConnectionDetailsChangeAthena:
    """
    Attributes:
        access_key_id (str | Unset):
        workgroup (None | str | Unset):
        catalog (None | str | Unset):
        s_3_output_path (str | Unset):
        port (float | Unset):
        hostname (str | Unset):
        secret_access_key (str | Unset):
    """

    access_key_id: str | Unset = UNSET
    workgroup: None | str | Unset = UNSET
    catalog: None | str | Unset = UNSET
    s_3_output_path: str | Unset = UNSET
    port: float | Unset = UNSET
    hostname: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

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

        s_3_output_path = self.s_3_output_path

        port = self.port

        hostname = self.hostname

        secret_access_key = self.secret_access_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if workgroup is not UNSET:
            field_dict["workgroup"] = workgroup
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if s_3_output_path is not UNSET:
            field_dict["s3OutputPath"] = s_3_output_path
        if port is not UNSET:
            field_dict["port"] = port
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if secret_access_key is not UNSET:
            field_dict["secretAccessKey"] = secret_access_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId", UNSET)

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

        s_3_output_path = d.pop("s3OutputPath", UNSET)

        port = d.pop("port", UNSET)

        hostname = d.pop("hostname", UNSET)

        secret_access_key = d.pop("secretAccessKey", UNSET)

        athena_connection_details_change_athena = cls(
            access_key_id=access_key_id,
            workgroup=workgroup,
            catalog=catalog,
            s_3_output_path=s_3_output_path,
            port=port,
            hostname=hostname,
            secret_access_key=secret_access_key,
        )

        athena_connection_details_change_athena.additional_properties = d
        return athena_connection_details_change_athena

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
