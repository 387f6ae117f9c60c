from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunChartImage")


@_attrs_define
class RunChartImage:
    """A chart cell as rendered during a run.

    Example:
        {'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'runId': '0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10',
            'staticId': '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'imageBase64':
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'mimeType':
            'image/png'}

    Attributes:
        project_id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
            5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
        run_id (UUID): The id of a project run. Example: 0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10.
        static_id (UUID): The id of a cell that stays the same across project versions. Example:
            7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.
        image_base_64 (str): The PNG image, base64-encoded.
        mime_type (str): The image's media type (`image/png`).
    """

    project_id: UUID
    run_id: UUID
    static_id: UUID
    image_base_64: str
    mime_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        run_id = str(self.run_id)

        static_id = str(self.static_id)

        image_base_64 = self.image_base_64

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "runId": run_id,
                "staticId": static_id,
                "imageBase64": image_base_64,
                "mimeType": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = UUID(d.pop("projectId"))

        run_id = UUID(d.pop("runId"))

        static_id = UUID(d.pop("staticId"))

        image_base_64 = d.pop("imageBase64")

        mime_type = d.pop("mimeType")

        run_chart_image = cls(
            project_id=project_id,
            run_id=run_id,
            static_id=static_id,
            image_base_64=image_base_64,
            mime_type=mime_type,
        )

        run_chart_image.additional_properties = d
        return run_chart_image

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
