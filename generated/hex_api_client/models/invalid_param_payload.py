from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invalid_param import InvalidParam


T = TypeVar("T", bound="InvalidParamPayload")


@_attrs_define
class InvalidParamPayload:
    """The `inputParams` that RunProject could not use.

    Example:
        {'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f', 'invalid': [], 'notFound': ['typo_input']}

    Attributes:
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
        invalid (list[InvalidParam]): Inputs whose values could not be parsed as the input's type.
        not_found (list[str]): Names in `inputParams` that are not inputs of the published app.
    """

    trace_id: str
    invalid: list[InvalidParam]
    not_found: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        invalid = []
        for invalid_item_data in self.invalid:
            invalid_item = invalid_item_data.to_dict()
            invalid.append(invalid_item)

        not_found = self.not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceId": trace_id,
                "invalid": invalid,
                "notFound": not_found,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invalid_param import InvalidParam

        d = dict(src_dict)
        trace_id = d.pop("traceId")

        invalid = []
        _invalid = d.pop("invalid")
        for invalid_item_data in _invalid:
            invalid_item = InvalidParam.from_dict(invalid_item_data)

            invalid.append(invalid_item)

        not_found = cast(list[str], d.pop("notFound"))

        invalid_param_payload = cls(
            trace_id=trace_id,
            invalid=invalid,
            not_found=not_found,
        )

        invalid_param_payload.additional_properties = d
        return invalid_param_payload

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
