from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.guide_file import GuideFile


T = TypeVar("T", bound="PublishGuideDraftsResponse")


@_attrs_define
class PublishGuideDraftsResponse:
    """The guides that were published.

    Example:
        {'message': 'Published 1 guide.', 'publishedGuides': [{'id': '4b3a2918-0f7e-4d6c-9b5a-483726150f9e', 'filePath':
            'guides/revenue.md'}], 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        message (str): A human-readable summary.
        published_guides (list[GuideFile]):
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    message: str
    published_guides: list[GuideFile]
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        published_guides = []
        for published_guides_item_data in self.published_guides:
            published_guides_item = published_guides_item_data.to_dict()
            published_guides.append(published_guides_item)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "publishedGuides": published_guides,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guide_file import GuideFile

        d = dict(src_dict)
        message = d.pop("message")

        published_guides = []
        _published_guides = d.pop("publishedGuides")
        for published_guides_item_data in _published_guides:
            published_guides_item = GuideFile.from_dict(published_guides_item_data)

            published_guides.append(published_guides_item)

        trace_id = d.pop("traceId")

        publish_guide_drafts_response = cls(
            message=message,
            published_guides=published_guides,
            trace_id=trace_id,
        )

        return publish_guide_drafts_response
