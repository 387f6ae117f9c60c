from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewBigQueryConnection")


@_attrs_define
class NewBigQueryConnection:
    """Everything a new BigQuery connection needs, secrets included.

    Example:
        {'projectId': 'analytics-prod', 'serviceAccountJsonConfig': '{"type": "service_account", "project_id":
            "analytics-prod"}'}

    Attributes:
        project_id (str): The Google Cloud project id.
        service_account_json_config (str):
        enable_storage_api (bool | Unset):
        enable_drive_access (bool | Unset):
    """

    project_id: str
    service_account_json_config: str
    enable_storage_api: bool | Unset = UNSET
    enable_drive_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        service_account_json_config = self.service_account_json_config

        enable_storage_api = self.enable_storage_api

        enable_drive_access = self.enable_drive_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "serviceAccountJsonConfig": service_account_json_config,
            }
        )
        if enable_storage_api is not UNSET:
            field_dict["enableStorageApi"] = enable_storage_api
        if enable_drive_access is not UNSET:
            field_dict["enableDriveAccess"] = enable_drive_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        service_account_json_config = d.pop("serviceAccountJsonConfig")

        enable_storage_api = d.pop("enableStorageApi", UNSET)

        enable_drive_access = d.pop("enableDriveAccess", UNSET)

        new_big_query_connection = cls(
            project_id=project_id,
            service_account_json_config=service_account_json_config,
            enable_storage_api=enable_storage_api,
            enable_drive_access=enable_drive_access,
        )

        new_big_query_connection.additional_properties = d
        return new_big_query_connection

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
