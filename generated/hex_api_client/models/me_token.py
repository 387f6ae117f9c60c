from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeToken")


@_attrs_define
class MeToken:
    """The token the request was made with.

    Example:
        {'exp': 1767225600}

    Attributes:
        exp (float | None): When the token expires, as a number (Hex does not document the unit; most likely epoch
            seconds); `null` for a token that never expires.
    """

    exp: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exp: float | None
        exp = self.exp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exp": exp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_exp(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        exp = _parse_exp(d.pop("exp"))

        me_token = cls(
            exp=exp,
        )

        me_token.additional_properties = d
        return me_token

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
