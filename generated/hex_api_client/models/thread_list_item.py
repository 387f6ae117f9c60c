from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.thread_source import ThreadSource
from ..models.thread_type import ThreadType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_feedback import ThreadFeedback
    from ..models.thread_warning import ThreadWarning
    from ..models.topic import Topic


T = TypeVar("T", bound="ThreadListItem")


@_attrs_define
class ThreadListItem:
    """A thread as ListThreads gives it.

    Example:
        {'id': '6d5c4b3a-2918-4f7e-8d6c-5b4a39281706', 'orgId': '00000000-0000-4000-8000-000000000000', 'url':
            'https://app.hex.tech/00000000-0000-4000-8000-000000000000/threads/6d5c4b3a-2918-4f7e-8d6c-5b4a39281706',
            'title': 'Which regions grew fastest last quarter?', 'creditsUsed': 1, 'topics': [], 'warnings': [], 'feedback':
            [], 'warningsGeneratedAt': None, 'threadSummary': None, 'threadIntent': None, 'model': 'Auto', 'auto': True,
            'effectiveModel': 'hex-agent', 'effortLevel': None, 'userId': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'type':
            'THREADS', 'source': 'PUBLIC_API', 'createdAt': '2025-03-18T08:38:03.873Z', 'updatedAt':
            '2025-03-18T08:38:08.873Z', 'sensitive': False}

    Attributes:
        id (UUID): The id of an agent thread. Example: 6d5c4b3a-2918-4f7e-8d6c-5b4a39281706.
        org_id (str): The workspace's id.
        url (str): The thread in Hex's interface.
        user_id (None | UUID): Who started the thread.
        type_ (ThreadType): The kind of agent thread: a standalone Threads conversation, the notebook agent working in a
            project, or semantic modeling. Example: THREADS.
        source (ThreadSource): Where a thread was started (`PUBLIC_API` for threads started through this API). Example:
            PUBLIC_API.
        created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
        updated_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
        sensitive (bool): Whether the thread's contents are hidden from everyone but its author.
        title (None | str | Unset): The thread's title; null while it has none, and for others' sensitive threads.
        credits_used (float | None | Unset): Agent credits the thread has used.
        topics (list[Topic] | Unset):
        warnings (list[ThreadWarning] | Unset):
        feedback (list[ThreadFeedback] | Unset):
        warnings_generated_at (datetime.datetime | None | Unset):
        thread_summary (None | str | Unset):
        thread_intent (None | str | Unset):
        model (str | Unset): The model the author chose, or `Auto`. Superseded by `auto` and `effectiveModel`.
        auto (bool | Unset): Whether the thread runs on Auto rather than a model the author chose.
        effective_model (None | str | Unset): The model the thread actually runs on.
        effort_level (None | str | Unset):
    """

    id: UUID
    org_id: str
    url: str
    user_id: None | UUID
    type_: ThreadType
    source: ThreadSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sensitive: bool
    title: None | str | Unset = UNSET
    credits_used: float | None | Unset = UNSET
    topics: list[Topic] | Unset = UNSET
    warnings: list[ThreadWarning] | Unset = UNSET
    feedback: list[ThreadFeedback] | Unset = UNSET
    warnings_generated_at: datetime.datetime | None | Unset = UNSET
    thread_summary: None | str | Unset = UNSET
    thread_intent: None | str | Unset = UNSET
    model: str | Unset = UNSET
    auto: bool | Unset = UNSET
    effective_model: None | str | Unset = UNSET
    effort_level: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = self.org_id

        url = self.url

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        credits_used: float | None | Unset
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        feedback: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = []
            for feedback_item_data in self.feedback:
                feedback_item = feedback_item_data.to_dict()
                feedback.append(feedback_item)

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

        model = self.model

        auto = self.auto

        effective_model: None | str | Unset
        if isinstance(self.effective_model, Unset):
            effective_model = UNSET
        else:
            effective_model = self.effective_model

        effort_level: None | str | Unset
        if isinstance(self.effort_level, Unset):
            effort_level = UNSET
        else:
            effort_level = self.effort_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "url": url,
                "userId": user_id,
                "type": type_,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "sensitive": sensitive,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if topics is not UNSET:
            field_dict["topics"] = topics
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if warnings_generated_at is not UNSET:
            field_dict["warningsGeneratedAt"] = warnings_generated_at
        if thread_summary is not UNSET:
            field_dict["threadSummary"] = thread_summary
        if thread_intent is not UNSET:
            field_dict["threadIntent"] = thread_intent
        if model is not UNSET:
            field_dict["model"] = model
        if auto is not UNSET:
            field_dict["auto"] = auto
        if effective_model is not UNSET:
            field_dict["effectiveModel"] = effective_model
        if effort_level is not UNSET:
            field_dict["effortLevel"] = effort_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.thread_feedback import ThreadFeedback
        from ..models.thread_warning import ThreadWarning
        from ..models.topic import Topic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = d.pop("orgId")

        url = d.pop("url")

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_credits_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credits_used = _parse_credits_used(d.pop("creditsUsed", UNSET))

        _topics = d.pop("topics", UNSET)
        topics: list[Topic] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = Topic.from_dict(topics_item_data)

                topics.append(topics_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ThreadWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ThreadWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        _feedback = d.pop("feedback", UNSET)
        feedback: list[ThreadFeedback] | Unset = UNSET
        if _feedback is not UNSET:
            feedback = []
            for feedback_item_data in _feedback:
                feedback_item = ThreadFeedback.from_dict(feedback_item_data)

                feedback.append(feedback_item)

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

        model = d.pop("model", UNSET)

        auto = d.pop("auto", UNSET)

        def _parse_effective_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_model = _parse_effective_model(d.pop("effectiveModel", UNSET))

        def _parse_effort_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effort_level = _parse_effort_level(d.pop("effortLevel", UNSET))

        thread_list_item = cls(
            id=id,
            org_id=org_id,
            url=url,
            user_id=user_id,
            type_=type_,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            sensitive=sensitive,
            title=title,
            credits_used=credits_used,
            topics=topics,
            warnings=warnings,
            feedback=feedback,
            warnings_generated_at=warnings_generated_at,
            thread_summary=thread_summary,
            thread_intent=thread_intent,
            model=model,
            auto=auto,
            effective_model=effective_model,
            effort_level=effort_level,
        )

        return thread_list_item
