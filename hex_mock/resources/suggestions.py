"""Context suggestions: the review agent's proposals to change guides, rules and warehouse metadata.

Hex's schemas for these operations are known (an older document of Hex's carried them), their paths,
methods and rules are not (spec/CURATION.md says what is inferred from what). Decisions:

- Context Studio is for Admins and Managers, so every operation needs the Manager role or above (403).
- The list shows OPEN suggestions unless `status` asks for others, newest first by default.
- A source's thread is the agent thread of that id, rendered as it stands (null once it is gone;
  a sensitive thread's title null for all but its author).
- The review is asynchronous (hex_mock/suggestion_review.py); GetSuggestion shows its result once
  it has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from hex_mock import suggestion_review as review
from hex_mock import thread_lifecycle
from hex_mock.clock import isoformat, optional_isoformat
from hex_mock.errors import bad_request, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_role
from hex_mock.resources.render import descending, page_args, page_body
from hex_mock.store import ProposedChange, Suggestion, User, Workspace

OPEN = "OPEN"

SORT_KEYS: dict[str, Callable[[Suggestion], tuple[Any, ...]]] = {
    "CREATED_DATE": lambda suggestion: (suggestion.created_at, suggestion.id),
    "EVIDENCE_COUNT": lambda suggestion: (len(suggestion.sources), suggestion.created_at, suggestion.id),
    # Suggestions without a source date after the others (ascending), by creation among themselves.
    "LAST_SOURCE_ADDED_DATE": lambda suggestion: (
        suggestion.last_source_added_at is None,
        suggestion.last_source_added_at or suggestion.created_at,
        suggestion.id,
    ),
}


def _require_manager(call: Call, action: str) -> None:
    require_role(call.caller, "MANAGER", action)


def _require_suggestion(ws: Workspace, suggestion_id: str) -> Suggestion:
    suggestion = ws.suggestions.get(suggestion_id)
    if suggestion is None:
        raise not_found("Suggestion not found")
    return review.refresh(ws, suggestion)


def render_suggestion(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "id": suggestion.id,
        "title": suggestion.title,
        "summary": suggestion.summary,
        "status": suggestion.status,
        "createdDate": isoformat(suggestion.created_at),
        "lastSourceAddedDate": optional_isoformat(suggestion.last_source_added_at),
    }


def _source(ws: Workspace, source: dict[str, Any], viewer: User) -> dict[str, Any]:
    thread_id = source.get("thread_id")
    thread = ws.threads.get(thread_id) if thread_id is not None else None
    rendered = None
    if thread is not None:
        author = ws.users.get(thread.user_id)
        rendered = {
            "id": thread.id,
            "title": thread_lifecycle.visible_title(thread, viewer.id),
            "intent": None,
            "user": {"id": author.id, "name": author.name} if author is not None else None,
        }
    return {"warning": source.get("warning"), "agentChatThread": rendered}


def _change(change: ProposedChange) -> dict[str, Any]:
    return {"id": change.id, "updateType": change.kind, "status": change.status, "payload": change.payload}


@handles("GetSuggestions")
def get_suggestions(ws: Workspace, call: Call) -> Reply:
    _require_manager(call, "reading context suggestions")
    sort_by = call.query.get("sortBy", "CREATED_DATE")
    sort_key = SORT_KEYS[sort_by]
    status = call.query.get("status", OPEN)
    page = paginate(
        ws.suggestions.sorted_by(f"suggestions:{sort_by}", sort_key),
        sort_key=sort_key,
        include=lambda suggestion: suggestion.status == status,
        descending=descending(call),
        **page_args(call),
    )
    return Reply(200, {**page_body(page, render_suggestion), "traceId": call.trace_id})


@handles("GetSuggestion")
def get_suggestion(ws: Workspace, call: Call) -> Reply:
    _require_manager(call, "reading context suggestions")
    suggestion = _require_suggestion(ws, call.path["id"])
    body = {
        **render_suggestion(suggestion),
        "sources": [_source(ws, dict(source), call.caller.user) for source in suggestion.sources],
        "proposedChanges": [_change(change) for change in suggestion.changes],
    }
    # Counted after answering: under the "reads" progression a read reports the state it found.
    review.record_read(suggestion)
    return Reply(200, body)


@handles("UpdateSuggestion")
def update_suggestion(ws: Workspace, call: Call) -> Reply:
    _require_manager(call, "updating context suggestions")
    suggestion = _require_suggestion(ws, call.path["id"])
    suggestion.status = call.body["status"]
    suggestion.rejection_reason = call.body.get("rejectionReason")
    return Reply(200, {"suggestion": render_suggestion(suggestion), "traceId": call.trace_id})


@handles("UpdateSuggestionUpdate")
def update_suggestion_update(ws: Workspace, call: Call) -> Reply:
    _require_manager(call, "updating context suggestions")
    suggestion = _require_suggestion(ws, call.path["id"])
    change_id = call.path["changeId"]
    found = next((change for change in suggestion.changes if change.id == change_id), None)
    if found is None:
        raise not_found("Proposed change not found")
    target = call.body["updateTarget"]
    if target != found.kind:
        raise bad_request(
            "The update target does not match the change",
            f"updateTarget: the change {change_id} is a {found.kind}, not a {target}",
        )
    updated = replace(found, status=call.body["status"], rejection_reason=call.body.get("rejectionReason"))
    suggestion.changes = [updated if change is found else change for change in suggestion.changes]
    return Reply(
        200,
        {
            "suggestionUpdate": {
                "id": updated.id,
                "status": updated.status,
                "rejectionReason": updated.rejection_reason,
            },
            "traceId": call.trace_id,
        },
    )


@handles("TriggerSuggestionReview")
def trigger_suggestion_review(ws: Workspace, call: Call) -> Reply:
    _require_manager(call, "reviewing context suggestions")
    suggestion = review.start_review(ws, _require_suggestion(ws, call.path["id"]))
    return Reply(200, {"suggestion": render_suggestion(suggestion), "traceId": call.trace_id})
