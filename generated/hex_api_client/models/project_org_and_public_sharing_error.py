from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.org_and_public_sharing_target import OrgAndPublicSharingTarget

T = TypeVar("T", bound="ProjectOrgAndPublicSharingError")


@_attrs_define
class ProjectOrgAndPublicSharingError:
    """A workspace or public-web change that was refused, and why.

    Example:
        {'type': 'publicWeb', 'reason': 'Public sharing is disabled for this workspace'}

    Attributes:
        type_ (OrgAndPublicSharingTarget): Which of the two audiences a refused change was for. Example: publicWeb.
        reason (str):
    """

    type_: OrgAndPublicSharingTarget
    reason: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = OrgAndPublicSharingTarget(d.pop("type"))

        reason = d.pop("reason")

        project_org_and_public_sharing_error = cls(
            type_=type_,
            reason=reason,
        )

        return project_org_and_public_sharing_error
