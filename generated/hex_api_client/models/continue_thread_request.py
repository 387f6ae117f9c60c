from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_attachments import ThreadAttachments


T = TypeVar("T", bound="ContinueThreadRequest")


@_attrs_define
class ContinueThreadRequest:
    """A follow-up prompt.

    Example:
        {'prompt': 'Break that down by month.'}

    Attributes:
        prompt (str): What to ask the agent. Example: Which regions grew fastest last quarter?.
        attachments (ThreadAttachments | Unset): Workspace entities the prompt refers to. Example: {'dataConnectionId':
            'c8f815c8-88c2-4dea-981f-69f544d6165d', 'projectIds': ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93']}.
    """

    prompt: str
    attachments: ThreadAttachments | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.thread_attachments import ThreadAttachments

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _attachments = d.pop("attachments", UNSET)
        attachments: ThreadAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = ThreadAttachments.from_dict(_attachments)

        continue_thread_request = cls(
            prompt=prompt,
            attachments=attachments,
        )

        return continue_thread_request
