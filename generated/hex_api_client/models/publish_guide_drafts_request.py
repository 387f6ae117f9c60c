from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishGuideDraftsRequest")


@_attrs_define
class PublishGuideDraftsRequest:
    """Which drafts to publish: the listed ids, or every draft when `publishAllDraftGuides` is true. An empty object
    publishes nothing.

        Example:
            {'orgGuideFileIds': ['4b3a2918-0f7e-4d6c-9b5a-483726150f9e']}

        Attributes:
            org_guide_file_ids (list[UUID] | Unset): The guide files whose drafts to publish (ignored when publishing all).
            publish_all_draft_guides (bool | Unset): Publish every guide that has a draft.
    """

    org_guide_file_ids: list[UUID] | Unset = UNSET
    publish_all_draft_guides: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        org_guide_file_ids: list[str] | Unset = UNSET
        if not isinstance(self.org_guide_file_ids, Unset):
            org_guide_file_ids = []
            for org_guide_file_ids_item_data in self.org_guide_file_ids:
                org_guide_file_ids_item = str(org_guide_file_ids_item_data)
                org_guide_file_ids.append(org_guide_file_ids_item)

        publish_all_draft_guides = self.publish_all_draft_guides

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if org_guide_file_ids is not UNSET:
            field_dict["orgGuideFileIds"] = org_guide_file_ids
        if publish_all_draft_guides is not UNSET:
            field_dict["publishAllDraftGuides"] = publish_all_draft_guides

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _org_guide_file_ids = d.pop("orgGuideFileIds", UNSET)
        org_guide_file_ids: list[UUID] | Unset = UNSET
        if _org_guide_file_ids is not UNSET:
            org_guide_file_ids = []
            for org_guide_file_ids_item_data in _org_guide_file_ids:
                org_guide_file_ids_item = UUID(org_guide_file_ids_item_data)

                org_guide_file_ids.append(org_guide_file_ids_item)

        publish_all_draft_guides = d.pop("publishAllDraftGuides", UNSET)

        publish_guide_drafts_request = cls(
            org_guide_file_ids=org_guide_file_ids,
            publish_all_draft_guides=publish_all_draft_guides,
        )

        return publish_guide_drafts_request
