from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_connection_group_grant import DataConnectionGroupGrant
    from ..models.data_connection_workspace_sharing_change import (
        DataConnectionWorkspaceSharingChange,
    )


T = TypeVar("T", bound="NewDataConnectionSharing")


@_attrs_define
class NewDataConnectionSharing:
    """Who may use a new connection.

    Example:
        {'workspace': {'members': 'VIEW_RESULTS'}, 'groups': [{'access': 'QUERY', 'group': {'id':
            '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190'}}]}

    Attributes:
        workspace (DataConnectionWorkspaceSharingChange | Unset): The access to give whole audiences; audiences left out
            keep theirs. Example: {'members': 'QUERY'}.
        groups (list[DataConnectionGroupGrant] | Unset):
    """

    workspace: DataConnectionWorkspaceSharingChange | Unset = UNSET
    groups: list[DataConnectionGroupGrant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_connection_group_grant import DataConnectionGroupGrant
        from ..models.data_connection_workspace_sharing_change import (
            DataConnectionWorkspaceSharingChange,
        )

        d = dict(src_dict)
        _workspace = d.pop("workspace", UNSET)
        workspace: DataConnectionWorkspaceSharingChange | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = DataConnectionWorkspaceSharingChange.from_dict(_workspace)

        _groups = d.pop("groups", UNSET)
        groups: list[DataConnectionGroupGrant] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = DataConnectionGroupGrant.from_dict(groups_item_data)

                groups.append(groups_item)

        new_data_connection_sharing = cls(
            workspace=workspace,
            groups=groups,
        )

        new_data_connection_sharing.additional_properties = d
        return new_data_connection_sharing

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
