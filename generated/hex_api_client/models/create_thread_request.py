from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_attachments import ThreadAttachments


T = TypeVar("T", bound="CreateThreadRequest")


@_attrs_define
class CreateThreadRequest:
    """The first prompt of a new thread. `projectId` and `newProject: true` are mutually exclusive.

    Example:
        {'prompt': 'Which regions grew fastest last quarter?', 'attachments': {'dataConnectionId':
            'c8f815c8-88c2-4dea-981f-69f544d6165d'}}

    Attributes:
        prompt (str): What to ask the agent. Example: Which regions grew fastest last quarter?.
        attachments (ThreadAttachments | Unset): Workspace entities the prompt refers to. Example: {'dataConnectionId':
            'c8f815c8-88c2-4dea-981f-69f544d6165d', 'projectIds': ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93']}.
        preview_id (None | str | Unset): An opaque id Hex's own interface sends; accepted and ignored.
        project_id (None | Unset | UUID): Run the agent in this existing project (needs edit access).
        new_project (bool | None | Unset): Create a new project for the agent to work in.
        muted (bool | None | Unset): Keep the thread out of Hex's aggregate surfaces and statistics (ignored for
            project-backed threads). Unlike `sensitive`, it hides nothing from readers of the thread.
    """

    prompt: str
    attachments: ThreadAttachments | Unset = UNSET
    preview_id: None | str | Unset = UNSET
    project_id: None | Unset | UUID = UNSET
    new_project: bool | None | Unset = UNSET
    muted: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        preview_id: None | str | Unset
        if isinstance(self.preview_id, Unset):
            preview_id = UNSET
        else:
            preview_id = self.preview_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        new_project: bool | None | Unset
        if isinstance(self.new_project, Unset):
            new_project = UNSET
        else:
            new_project = self.new_project

        muted: bool | None | Unset
        if isinstance(self.muted, Unset):
            muted = UNSET
        else:
            muted = self.muted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if preview_id is not UNSET:
            field_dict["previewId"] = preview_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if new_project is not UNSET:
            field_dict["newProject"] = new_project
        if muted is not UNSET:
            field_dict["muted"] = muted

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

        def _parse_preview_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_id = _parse_preview_id(d.pop("previewId", UNSET))

        def _parse_project_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_id_type_1 = UUID(data)

                return project_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_new_project(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        new_project = _parse_new_project(d.pop("newProject", UNSET))

        def _parse_muted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        muted = _parse_muted(d.pop("muted", UNSET))

        create_thread_request = cls(
            prompt=prompt,
            attachments=attachments,
            preview_id=preview_id,
            project_id=project_id,
            new_project=new_project,
            muted=muted,
        )

        return create_thread_request
