from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cell_type import CellType

if TYPE_CHECKING:
    from ..models.cell_contents import CellContents


T = TypeVar("T", bound="Cell")


@_attrs_define
class Cell:
    """A cell of a project's draft notebook.

    Example:
        {'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'cellType':
            'SQL', 'label': 'Orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'contents': {'codeCell':
            None, 'sqlCell': {'source': 'select * from orders', 'outputDataframe': 'orders'}, 'markdownCell': None},
            'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93'}

    Attributes:
        id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        cell_type (CellType): The kind of a notebook cell. Example: SQL.
        label (None | str): The cell's label, if it has one.
        data_connection_id (None | UUID): The data connection a SQL cell queries; `null` for other cells.
        contents (CellContents): A cell's source. All three keys are always present: the one matching the cell's type is
            set and the others are `null`; for cell types other than code, SQL and markdown all three are `null`. Example:
            {'codeCell': None, 'sqlCell': {'source': 'select * from orders', 'outputDataframe': 'orders'}, 'markdownCell':
            None}.
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
    """

    id: UUID
    static_id: UUID
    cell_type: CellType
    label: None | str
    data_connection_id: None | UUID
    contents: CellContents
    project_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        static_id = str(self.static_id)

        cell_type = self.cell_type.value

        label: None | str
        label = self.label

        data_connection_id: None | str
        if isinstance(self.data_connection_id, UUID):
            data_connection_id = str(self.data_connection_id)
        else:
            data_connection_id = self.data_connection_id

        contents = self.contents.to_dict()

        project_id = str(self.project_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "staticId": static_id,
                "cellType": cell_type,
                "label": label,
                "dataConnectionId": data_connection_id,
                "contents": contents,
                "projectId": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cell_contents import CellContents

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        static_id = UUID(d.pop("staticId"))

        cell_type = CellType(d.pop("cellType"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_data_connection_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_connection_id_type_1 = UUID(data)

                return data_connection_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        data_connection_id = _parse_data_connection_id(d.pop("dataConnectionId"))

        contents = CellContents.from_dict(d.pop("contents"))

        project_id = UUID(d.pop("projectId"))

        cell = cls(
            id=id,
            static_id=static_id,
            cell_type=cell_type,
            label=label,
            data_connection_id=data_connection_id,
            contents=contents,
            project_id=project_id,
        )

        cell.additional_properties = d
        return cell

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
