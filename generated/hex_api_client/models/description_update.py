from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.current_descriptions import CurrentDescriptions


T = TypeVar("T", bound="DescriptionUpdate")


@_attrs_define
class DescriptionUpdate:
    """A proposed new description and the current ones.

    Example:
        {'newDescription': 'One row per order, refunds included.', 'currentDescriptions': {'hexDescription': None,
            'warehouseComment': 'Orders table', 'dbtDescription': None}}

    Attributes:
        new_description (None | str):
        current_descriptions (CurrentDescriptions): The descriptions the object has now, by where they come from.
            Example: {'hexDescription': None, 'warehouseComment': 'Orders table', 'dbtDescription': None}.
    """

    new_description: None | str
    current_descriptions: CurrentDescriptions

    def to_dict(self) -> dict[str, Any]:
        new_description: None | str
        new_description = self.new_description

        current_descriptions = self.current_descriptions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "newDescription": new_description,
                "currentDescriptions": current_descriptions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.current_descriptions import CurrentDescriptions

        d = dict(src_dict)

        def _parse_new_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        new_description = _parse_new_description(d.pop("newDescription"))

        current_descriptions = CurrentDescriptions.from_dict(
            d.pop("currentDescriptions")
        )

        description_update = cls(
            new_description=new_description,
            current_descriptions=current_descriptions,
        )

        return description_update
