from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvalidParam")


@_attrs_define
class InvalidParam:
    """An input value that could not be used for the run.

    Example:
        {'paramName': 'numeric_input_1', 'paramValue': '"abc"', 'dataType': 'number', 'inputCellType': 'slider'}

    Attributes:
        param_name (str): The input's variable name.
        param_value (str): The value that was sent, JSON-encoded.
        data_type (str): The data type the input expects, such as `number` or `string`.
        input_cell_type (str): The kind of input cell, such as `text` or `slider`.
    """

    param_name: str
    param_value: str
    data_type: str
    input_cell_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        param_name = self.param_name

        param_value = self.param_value

        data_type = self.data_type

        input_cell_type = self.input_cell_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paramName": param_name,
                "paramValue": param_value,
                "dataType": data_type,
                "inputCellType": input_cell_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        param_name = d.pop("paramName")

        param_value = d.pop("paramValue")

        data_type = d.pop("dataType")

        input_cell_type = d.pop("inputCellType")

        invalid_param = cls(
            param_name=param_name,
            param_value=param_value,
            data_type=data_type,
            input_cell_type=input_cell_type,
        )

        invalid_param.additional_properties = d
        return invalid_param

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
