from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.thread_source import ThreadSource
from ..models.thread_status import ThreadStatus
from ..models.thread_type import ThreadType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_cell_block import ThreadCellBlock
    from ..models.thread_error import ThreadError
    from ..models.thread_feedback import ThreadFeedback
    from ..models.thread_project_block import ThreadProjectBlock
    from ..models.thread_resource import ThreadResource
    from ..models.thread_task_block import ThreadTaskBlock
    from ..models.thread_text_block import ThreadTextBlock
    from ..models.thread_warning import ThreadWarning
    from ..models.topic import Topic


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """An agent thread: the summary fields of ThreadListItem (with `threadId` for `id`, and no `orgId`), its status, the
    agent's latest answer and any failure.

        Example:
            {'threadId': '6d5c4b3a-2918-4f7e-8d6c-5b4a39281706', 'status': 'IDLE', 'url':
                'https://app.hex.tech/00000000-0000-4000-8000-000000000000/threads/6d5c4b3a-2918-4f7e-8d6c-5b4a39281706',
                'error': None, 'response': [{'type': 'text', 'text': 'The West region grew fastest.'}], 'resources': [],
                'title': 'Which regions grew fastest last quarter?', 'creditsUsed': 1, 'topics': [], 'warnings': [], 'feedback':
                [], 'warningsGeneratedAt': None, 'threadSummary': None, 'threadIntent': None, 'model': 'Auto', 'auto': True,
                'effectiveModel': 'hex-agent', 'effortLevel': None, 'userId': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'type':
                'THREADS', 'source': 'PUBLIC_API', 'createdAt': '2025-03-18T08:38:03.873Z', 'updatedAt':
                '2025-03-18T08:38:08.873Z', 'sensitive': False}

        Attributes:
            thread_id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
            status (ThreadStatus): `RUNNING` while the agent works on the latest prompt, `IDLE` once it answered (a follow-
                up may be sent), `ERROR` when it failed. Example: IDLE.
            url (str): The thread in Hex's interface.
            response (list[ThreadCellBlock | ThreadProjectBlock | ThreadTaskBlock | ThreadTextBlock] | None): The agent's
                answer to the latest prompt; null until it has one.
            resources (list[ThreadResource]):
            title (None | str): The thread's title; null while it has none, and for others' sensitive threads.
            credits_used (float | None):
            topics (list[Topic]):
            warnings (list[ThreadWarning]):
            feedback (list[ThreadFeedback]):
            model (str): The model the author chose, or `Auto`. Superseded by `auto` and `effectiveModel`.
            auto (bool):
            effective_model (None | str):
            effort_level (None | str):
            user_id (None | UUID):
            type_ (ThreadType): The kind of agent thread: a standalone Threads conversation, the notebook agent working in a
                project, or semantic modeling. Example: THREADS.
            source (ThreadSource): Where a thread was started (`PUBLIC_API` for threads started through this API). Example:
                PUBLIC_API.
            created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
            updated_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
            sensitive (bool):
            error (None | ThreadError | Unset): Why the agent failed, when the status is `ERROR`.
            warnings_generated_at (datetime.datetime | None | Unset):
            thread_summary (None | str | Unset):
            thread_intent (None | str | Unset):
    """

    thread_id: UUID
    status: ThreadStatus
    url: str
    response: (
        list[ThreadCellBlock | ThreadProjectBlock | ThreadTaskBlock | ThreadTextBlock]
        | None
    )
    resources: list[ThreadResource]
    title: None | str
    credits_used: float | None
    topics: list[Topic]
    warnings: list[ThreadWarning]
    feedback: list[ThreadFeedback]
    model: str
    auto: bool
    effective_model: None | str
    effort_level: None | str
    user_id: None | UUID
    type_: ThreadType
    source: ThreadSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sensitive: bool
    error: None | ThreadError | Unset = UNSET
    warnings_generated_at: datetime.datetime | None | Unset = UNSET
    thread_summary: None | str | Unset = UNSET
    thread_intent: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_cell_block import ThreadCellBlock
        from ..models.thread_error import ThreadError
        from ..models.thread_project_block import ThreadProjectBlock
        from ..models.thread_text_block import ThreadTextBlock

        thread_id = str(self.thread_id)

        status = self.status.value

        url = self.url

        response: list[dict[str, Any]] | None
        if isinstance(self.response, list):
            response = []
            for response_type_0_item_data in self.response:
                response_type_0_item: dict[str, Any]
                if (
                    isinstance(response_type_0_item_data, ThreadTextBlock)
                    or isinstance(response_type_0_item_data, ThreadCellBlock)
                    or isinstance(response_type_0_item_data, ThreadProjectBlock)
                ):
                    response_type_0_item = response_type_0_item_data.to_dict()
                else:
                    response_type_0_item = response_type_0_item_data.to_dict()

                response.append(response_type_0_item)

        else:
            response = self.response

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        title: None | str
        title = self.title

        credits_used: float | None
        credits_used = self.credits_used

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        feedback = []
        for feedback_item_data in self.feedback:
            feedback_item = feedback_item_data.to_dict()
            feedback.append(feedback_item)

        model = self.model

        auto = self.auto

        effective_model: None | str
        effective_model = self.effective_model

        effort_level: None | str
        effort_level = self.effort_level

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        type_ = self.type_.value

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        sensitive = self.sensitive

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ThreadError):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings_generated_at: None | str | Unset
        if isinstance(self.warnings_generated_at, Unset):
            warnings_generated_at = UNSET
        elif isinstance(self.warnings_generated_at, datetime.datetime):
            warnings_generated_at = self.warnings_generated_at.isoformat()
        else:
            warnings_generated_at = self.warnings_generated_at

        thread_summary: None | str | Unset
        if isinstance(self.thread_summary, Unset):
            thread_summary = UNSET
        else:
            thread_summary = self.thread_summary

        thread_intent: None | str | Unset
        if isinstance(self.thread_intent, Unset):
            thread_intent = UNSET
        else:
            thread_intent = self.thread_intent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "status": status,
                "url": url,
                "response": response,
                "resources": resources,
                "title": title,
                "creditsUsed": credits_used,
                "topics": topics,
                "warnings": warnings,
                "feedback": feedback,
                "model": model,
                "auto": auto,
                "effectiveModel": effective_model,
                "effortLevel": effort_level,
                "userId": user_id,
                "type": type_,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "sensitive": sensitive,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if warnings_generated_at is not UNSET:
            field_dict["warningsGeneratedAt"] = warnings_generated_at
        if thread_summary is not UNSET:
            field_dict["threadSummary"] = thread_summary
        if thread_intent is not UNSET:
            field_dict["threadIntent"] = thread_intent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.thread_cell_block import ThreadCellBlock
        from ..models.thread_error import ThreadError
        from ..models.thread_feedback import ThreadFeedback
        from ..models.thread_project_block import ThreadProjectBlock
        from ..models.thread_resource import ThreadResource
        from ..models.thread_task_block import ThreadTaskBlock
        from ..models.thread_text_block import ThreadTextBlock
        from ..models.thread_warning import ThreadWarning
        from ..models.topic import Topic

        d = dict(src_dict)
        thread_id = UUID(d.pop("threadId"))

        status = ThreadStatus(d.pop("status"))

        url = d.pop("url")

        def _parse_response(
            data: object,
        ) -> (
            list[
                ThreadCellBlock | ThreadProjectBlock | ThreadTaskBlock | ThreadTextBlock
            ]
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_type_0 = []
                _response_type_0 = data
                for response_type_0_item_data in _response_type_0:

                    def _parse_response_type_0_item(
                        data: object,
                    ) -> (
                        ThreadCellBlock
                        | ThreadProjectBlock
                        | ThreadTaskBlock
                        | ThreadTextBlock
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_thread_response_block_type_0 = (
                                ThreadTextBlock.from_dict(data)
                            )

                            return componentsschemas_thread_response_block_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_thread_response_block_type_1 = (
                                ThreadCellBlock.from_dict(data)
                            )

                            return componentsschemas_thread_response_block_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_thread_response_block_type_2 = (
                                ThreadProjectBlock.from_dict(data)
                            )

                            return componentsschemas_thread_response_block_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_thread_response_block_type_3 = (
                            ThreadTaskBlock.from_dict(data)
                        )

                        return componentsschemas_thread_response_block_type_3

                    response_type_0_item = _parse_response_type_0_item(
                        response_type_0_item_data
                    )

                    response_type_0.append(response_type_0_item)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ThreadCellBlock
                    | ThreadProjectBlock
                    | ThreadTaskBlock
                    | ThreadTextBlock
                ]
                | None,
                data,
            )

        response = _parse_response(d.pop("response"))

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ThreadResource.from_dict(resources_item_data)

            resources.append(resources_item)

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_credits_used(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        credits_used = _parse_credits_used(d.pop("creditsUsed"))

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = Topic.from_dict(topics_item_data)

            topics.append(topics_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = ThreadWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        feedback = []
        _feedback = d.pop("feedback")
        for feedback_item_data in _feedback:
            feedback_item = ThreadFeedback.from_dict(feedback_item_data)

            feedback.append(feedback_item)

        model = d.pop("model")

        auto = d.pop("auto")

        def _parse_effective_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effective_model = _parse_effective_model(d.pop("effectiveModel"))

        def _parse_effort_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effort_level = _parse_effort_level(d.pop("effortLevel"))

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_1 = UUID(data)

                return user_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("userId"))

        type_ = ThreadType(d.pop("type"))

        source = ThreadSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        sensitive = d.pop("sensitive")

        def _parse_error(data: object) -> None | ThreadError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ThreadError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_warnings_generated_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warnings_generated_at_type_1 = datetime.datetime.fromisoformat(data)

                return warnings_generated_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        warnings_generated_at = _parse_warnings_generated_at(
            d.pop("warningsGeneratedAt", UNSET)
        )

        def _parse_thread_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_summary = _parse_thread_summary(d.pop("threadSummary", UNSET))

        def _parse_thread_intent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_intent = _parse_thread_intent(d.pop("threadIntent", UNSET))

        thread = cls(
            thread_id=thread_id,
            status=status,
            url=url,
            response=response,
            resources=resources,
            title=title,
            credits_used=credits_used,
            topics=topics,
            warnings=warnings,
            feedback=feedback,
            model=model,
            auto=auto,
            effective_model=effective_model,
            effort_level=effort_level,
            user_id=user_id,
            type_=type_,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            sensitive=sensitive,
            error=error,
            warnings_generated_at=warnings_generated_at,
            thread_summary=thread_summary,
            thread_intent=thread_intent,
        )

        return thread
