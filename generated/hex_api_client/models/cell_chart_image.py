from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CellChartImage")


@_attrs_define
class CellChartImage:
    """A chart cell as it currently appears in the draft notebook.

    Example:
        {'cellId': '3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807', 'imageBase64':
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'mimeType':
            'image/png'}

    Attributes:
        cell_id (UUID): The version-scoped id of a cell. Example: 3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807.
        image_base_64 (str): The PNG image, base64-encoded.
        mime_type (str): The image's media type (`image/png`).
    """

    cell_id: UUID
    image_base_64: str
    mime_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_id = str(self.cell_id)

        image_base_64 = self.image_base_64

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cellId": cell_id,
                "imageBase64": image_base_64,
                "mimeType": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cell_id = UUID(d.pop("cellId"))

        image_base_64 = d.pop("imageBase64")

        mime_type = d.pop("mimeType")

        cell_chart_image = cls(
            cell_id=cell_id,
            image_base_64=image_base_64,
            mime_type=mime_type,
        )

        cell_chart_image.additional_properties = d
        return cell_chart_image

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
