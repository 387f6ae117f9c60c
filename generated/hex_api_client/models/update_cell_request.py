from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_cell_contents import UpdateCellContents


T = TypeVar("T", bound="UpdateCellRequest")


@_attrs_define
class UpdateCellRequest:
    """The changes to make to a cell; omitted fields stay as they are.

    Example:
        {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents': {'sqlCell': {'source': 'select * from
            orders where amount > 0'}}}

    Attributes:
        data_connection_id (None | Unset | UUID): Attach this data connection to a SQL cell, or `null` to detach the
            current one.
        contents (UpdateCellContents | Unset): The new source of a cell: at most one entry, the one that matches the
            cell's type (`codeCell` for CODE, `sqlCell` for SQL, `markdownCell` for MARKDOWN cells); other cell types have
            no editable source. The cell's type is the server's state, so a mismatch is a 400 that no schema can foresee.
            Example: {'sqlCell': {'source': 'select * from orders where amount > 0'}}.
    """

    data_connection_id: None | Unset | UUID = UNSET
    contents: UpdateCellContents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_connection_id: None | str | Unset
        if isinstance(self.data_connection_id, Unset):
            data_connection_id = UNSET
        elif isinstance(self.data_connection_id, UUID):
            data_connection_id = str(self.data_connection_id)
        else:
            data_connection_id = self.data_connection_id

        contents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = self.contents.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_connection_id is not UNSET:
            field_dict["dataConnectionId"] = data_connection_id
        if contents is not UNSET:
            field_dict["contents"] = contents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_cell_contents import UpdateCellContents

        d = dict(src_dict)

        def _parse_data_connection_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_connection_id_type_1 = UUID(data)

                return data_connection_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        data_connection_id = _parse_data_connection_id(d.pop("dataConnectionId", UNSET))

        _contents = d.pop("contents", UNSET)
        contents: UpdateCellContents | Unset
        if isinstance(_contents, Unset):
            contents = UNSET
        else:
            contents = UpdateCellContents.from_dict(_contents)

        update_cell_request = cls(
            data_connection_id=data_connection_id,
            contents=contents,
        )

        update_cell_request.additional_properties = d
        return update_cell_request

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
