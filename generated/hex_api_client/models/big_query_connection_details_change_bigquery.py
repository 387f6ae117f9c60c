from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BigQueryConnectionDetailsChangeBigquery")


@_attrs_define
class BigQueryConnectionDetailsChangeBigquery:
    """
    Attributes:
        enable_storage_api (bool | Unset):
        enable_drive_access (bool | Unset):
        project_id (str | Unset): The Google Cloud project id.
        service_account_json_config (str | Unset):
    """

    enable_storage_api: bool | Unset = UNSET
    enable_drive_access: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    service_account_json_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_storage_api = self.enable_storage_api

        enable_drive_access = self.enable_drive_access

        project_id = self.project_id

        service_account_json_config = self.service_account_json_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_storage_api is not UNSET:
            field_dict["enableStorageApi"] = enable_storage_api
        if enable_drive_access is not UNSET:
            field_dict["enableDriveAccess"] = enable_drive_access
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if service_account_json_config is not UNSET:
            field_dict["serviceAccountJsonConfig"] = service_account_json_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_storage_api = d.pop("enableStorageApi", UNSET)

        enable_drive_access = d.pop("enableDriveAccess", UNSET)

        project_id = d.pop("projectId", UNSET)

        service_account_json_config = d.pop("serviceAccountJsonConfig", UNSET)

        big_query_connection_details_change_bigquery = cls(
            enable_storage_api=enable_storage_api,
            enable_drive_access=enable_drive_access,
            project_id=project_id,
            service_account_json_config=service_account_json_config,
        )

        big_query_connection_details_change_bigquery.additional_properties = d
        return big_query_connection_details_change_bigquery

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
