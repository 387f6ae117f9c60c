from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sql_cell_request_cell_type import CreateSqlCellRequestCellType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cell_after_location import CellAfterLocation
    from ..models.cell_in_section_location import CellInSectionLocation
    from ..models.create_sql_cell_contents import CreateSqlCellContents


T = TypeVar("T", bound="CreateSqlCellRequest")


@_attrs_define
class CreateSqlCellRequest:
    """A new SQL cell for a project's draft.

    Example:
        {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'cellType': 'SQL', 'label': 'Orders', 'contents':
            {'sqlCell': {'source': 'select * from orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}},
            'location': {'insertAfterCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807'}}

    Attributes:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        cell_type (CreateSqlCellRequestCellType): The kind of cell; it decides which `contents` entry is sent.
        contents (CreateSqlCellContents): The contents of a new SQL cell. Example: {'sqlCell': {'source': 'select * from
            orders', 'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d'}}.
        label (str | Unset): An optional label for the cell. Example: Orders.
        location (CellAfterLocation | CellInSectionLocation | Unset): Where to put a new cell: after a cell, or inside a
            section cell. Omit it to append the cell at the end of the project. Referenced cells must belong to the target
            project. Example: {'parentCellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'childPosition': 'FIRST'}.
    """

    project_id: UUID
    cell_type: CreateSqlCellRequestCellType
    contents: CreateSqlCellContents
    label: str | Unset = UNSET
    location: CellAfterLocation | CellInSectionLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cell_after_location import CellAfterLocation

        project_id = str(self.project_id)

        cell_type = self.cell_type.value

        contents = self.contents.to_dict()

        label = self.label

        location: dict[str, Any] | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, CellAfterLocation):
            location = self.location.to_dict()
        else:
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "cellType": cell_type,
                "contents": contents,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cell_after_location import CellAfterLocation
        from ..models.cell_in_section_location import CellInSectionLocation
        from ..models.create_sql_cell_contents import CreateSqlCellContents

        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        cell_type = CreateSqlCellRequestCellType(d.pop("cellType"))

        contents = CreateSqlCellContents.from_dict(d.pop("contents"))

        label = d.pop("label", UNSET)

        def _parse_location(
            data: object,
        ) -> CellAfterLocation | CellInSectionLocation | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cell_location_type_0 = CellAfterLocation.from_dict(
                    data
                )

                return componentsschemas_cell_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_cell_location_type_1 = CellInSectionLocation.from_dict(
                data
            )

            return componentsschemas_cell_location_type_1

        location = _parse_location(d.pop("location", UNSET))

        create_sql_cell_request = cls(
            project_id=project_id,
            cell_type=cell_type,
            contents=contents,
            label=label,
            location=location,
        )

        create_sql_cell_request.additional_properties = d
        return create_sql_cell_request

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
