from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_connection_group_grant import DataConnectionGroupGrant


T = TypeVar("T", bound="DataConnectionGroupGrantChanges")


@_attrs_define
class DataConnectionGroupGrantChanges:
    """Group grants to add or replace.

    Example:
        {'upsert': [{'access': 'VIEW_RESULTS', 'group': {'id': '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}]}

    Attributes:
        upsert (list[DataConnectionGroupGrant] | Unset):
    """

    upsert: list[DataConnectionGroupGrant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upsert: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upsert, Unset):
            upsert = []
            for upsert_item_data in self.upsert:
                upsert_item = upsert_item_data.to_dict()
                upsert.append(upsert_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upsert is not UNSET:
            field_dict["upsert"] = upsert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_connection_group_grant import DataConnectionGroupGrant

        d = dict(src_dict)
        _upsert = d.pop("upsert", UNSET)
        upsert: list[DataConnectionGroupGrant] | Unset = UNSET
        if _upsert is not UNSET:
            upsert = []
            for upsert_item_data in _upsert:
                upsert_item = DataConnectionGroupGrant.from_dict(upsert_item_data)

                upsert.append(upsert_item)

        data_connection_group_grant_changes = cls(
            upsert=upsert,
        )

        data_connection_group_grant_changes.additional_properties = d
        return data_connection_group_grant_changes

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
