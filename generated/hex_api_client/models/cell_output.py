from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cell_output_cell import CellOutputCell
    from ..models.error_cell_output import ErrorCellOutput
    from ..models.table_cell_output import TableCellOutput


T = TypeVar("T", bound="CellOutput")


@_attrs_define
class CellOutput:
    """A SQL cell's output from its latest run in the draft notebook.

    Example:
        {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'runId': '0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'cell':
            {'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'cellType':
            'SQL'}, 'result': {'type': 'cell_run_error', 'message': 'relation "orders" does not exist', 'traceback': None}}

    Attributes:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        cell (CellOutputCell): The cell an output belongs to. Example: {'id': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807',
            'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'cellType': 'SQL'}.
        result (ErrorCellOutput | TableCellOutput):
    """

    project_id: UUID
    run_id: UUID
    cell: CellOutputCell
    result: ErrorCellOutput | TableCellOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.table_cell_output import TableCellOutput

        project_id = str(self.project_id)

        run_id = str(self.run_id)

        cell = self.cell.to_dict()

        result: dict[str, Any]
        if isinstance(self.result, TableCellOutput):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "runId": run_id,
                "cell": cell,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cell_output_cell import CellOutputCell
        from ..models.error_cell_output import ErrorCellOutput
        from ..models.table_cell_output import TableCellOutput

        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        run_id = UUID(d.pop("runId"))

        cell = CellOutputCell.from_dict(d.pop("cell"))

        def _parse_result(data: object) -> ErrorCellOutput | TableCellOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = TableCellOutput.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            result_type_1 = ErrorCellOutput.from_dict(data)

            return result_type_1

        result = _parse_result(d.pop("result"))

        cell_output = cls(
            project_id=project_id,
            run_id=run_id,
            cell=cell,
            result=result,
        )

        cell_output.additional_properties = d
        return cell_output

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
