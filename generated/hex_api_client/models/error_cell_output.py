from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_cell_output_type import ErrorCellOutputType

T = TypeVar("T", bound="ErrorCellOutput")


@_attrs_define
class ErrorCellOutput:
    """The error a cell's latest run ended with.

    Example:
        {'type': 'cell_run_error', 'message': 'relation "orders" does not exist', 'traceback': None}

    Attributes:
        type_ (ErrorCellOutputType): Always `cell_run_error`.
        message (str): What went wrong.
        traceback (None | str): The traceback, when there is one.
    """

    type_: ErrorCellOutputType
    message: str
    traceback: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message

        traceback: None | str
        traceback = self.traceback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
                "traceback": traceback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ErrorCellOutputType(d.pop("type"))

        message = d.pop("message")

        def _parse_traceback(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        traceback = _parse_traceback(d.pop("traceback"))

        error_cell_output = cls(
            type_=type_,
            message=message,
            traceback=traceback,
        )

        error_cell_output.additional_properties = d
        return error_cell_output

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
