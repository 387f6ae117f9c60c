from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.suggestion_thread import SuggestionThread
    from ..models.suggestion_warning import SuggestionWarning


T = TypeVar("T", bound="SuggestionSource")


@_attrs_define
class SuggestionSource:
    """One piece of evidence behind a suggestion.

    Example:
        {'warning': {'summary': 'No guide defines an active customer.', 'warningType': 'missing_context'},
            'agentChatThread': None}

    Attributes:
        warning (None | SuggestionWarning):
        agent_chat_thread (None | SuggestionThread):
    """

    warning: None | SuggestionWarning
    agent_chat_thread: None | SuggestionThread

    def to_dict(self) -> dict[str, Any]:
        from ..models.suggestion_thread import SuggestionThread
        from ..models.suggestion_warning import SuggestionWarning

        warning: dict[str, Any] | None
        if isinstance(self.warning, SuggestionWarning):
            warning = self.warning.to_dict()
        else:
            warning = self.warning

        agent_chat_thread: dict[str, Any] | None
        if isinstance(self.agent_chat_thread, SuggestionThread):
            agent_chat_thread = self.agent_chat_thread.to_dict()
        else:
            agent_chat_thread = self.agent_chat_thread

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "warning": warning,
                "agentChatThread": agent_chat_thread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suggestion_thread import SuggestionThread
        from ..models.suggestion_warning import SuggestionWarning

        d = dict(src_dict)

        def _parse_warning(data: object) -> None | SuggestionWarning:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warning_type_1 = SuggestionWarning.from_dict(data)

                return warning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionWarning, data)

        warning = _parse_warning(d.pop("warning"))

        def _parse_agent_chat_thread(data: object) -> None | SuggestionThread:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_chat_thread_type_1 = SuggestionThread.from_dict(data)

                return agent_chat_thread_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionThread, data)

        agent_chat_thread = _parse_agent_chat_thread(d.pop("agentChatThread"))

        suggestion_source = cls(
            warning=warning,
            agent_chat_thread=agent_chat_thread,
        )

        return suggestion_source
