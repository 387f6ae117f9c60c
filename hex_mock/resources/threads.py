"""Agent threads and their topics: prompts the agent answers asynchronously (thread_lifecycle.py).

Who sees what, from Hex's ListThreads description: ListThreads needs the Manager role or above; an
Admin sees every thread, a Manager the threads they started plus Threads-type threads on projects
they can access. Starting a thread needs a workspace member (not a guest) [our reading]; GetThread
and GetThreadMessages follow the same rule, and a thread's author always
sees it (anyone else: 404). A sensitive thread shows its title to its author only (null for the
others), and its messages only to its author (403). Only the author may send a follow-up (403).

Decisions where Hex documents nothing:

- A thread's `url` is `{origin}/{orgId}/threads/{threadId}`; its title is its first prompt, shortened;
  `creditsUsed` is one per turn the agent finished; `model` is `Auto` and `effectiveModel` the mock's.
- A project-backed thread (`projectId`, or `newProject`, which creates a project owned by the caller
  as CreateProject would) is of type NOTEBOOK and needs edit access to the project; others are THREADS.
- `resources` (and ListThreads' `resourceIds`) are the thread's project and the attached projects and
  data connection; attached tables and semantic entities are stored nowhere (the mock has no catalog
  ids for them).
- Messages: per turn, the prompt (`user: ...`, at the turn's start) and, once the turn ended, the
  answer (`assistant: ...`) or the failure (`error: ...`), at its end. With `full`, each block's
  text is the JSON record `{role, text, createdAt}` instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from hex_mock import thread_lifecycle as lifecycle
from hex_mock.caller import Caller
from hex_mock.clock import isoformat
from hex_mock.errors import bad_request, forbidden, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import project_access_for, require_project, require_role
from hex_mock.resources.render import page_args, text_key
from hex_mock.store import Thread, Topic, User, Workspace

CAN_EDIT = "CAN_EDIT"
NOTEBOOK = "NOTEBOOK"
THREADS = "THREADS"
MODEL = "hex-mock-agent"


def _created(thread: Thread) -> tuple[datetime, str]:
    return (thread.created_at, thread.id)


def _topic_key(topic: Topic) -> tuple[tuple[int, str, str], str]:
    return (text_key(topic.name), topic.id)


def thread_url(ws: Workspace, thread_id: str) -> str:
    return f"{ws.origin}/{ws.org_id}/threads/{thread_id}"


# --- who sees what ----------------------------------------------------------------------------------


def _visibility(ws: Workspace, user: User) -> Callable[[Thread], bool]:
    """Whether `user` may read each thread (see the module docstring); project access looked up once."""
    if user.role == "ADMIN":
        return lambda _thread: True
    if user.role != "MANAGER":
        return lambda thread: thread.user_id == user.id
    access = project_access_for(ws, user)

    def on_accessible_project(thread: Thread) -> bool:
        project = ws.projects.get(thread.project_id) if thread.project_id is not None else None
        return project is not None and access(project) != "NONE"

    return lambda thread: (
        thread.user_id == user.id or (thread.type == THREADS and on_accessible_project(thread))
    )


def _require_thread(ws: Workspace, caller: Caller, thread_id: str) -> Thread:
    thread = ws.threads.get(thread_id)
    if thread is None or not _visibility(ws, caller.user)(thread):
        raise not_found("Thread not found")
    return lifecycle.refresh(ws, thread)


# --- rendering ----------------------------------------------------------------------------------------


def _resources(ws: Workspace, thread: Thread) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for resource_id in thread.resource_ids:
        if (project := ws.projects.get(resource_id)) is not None:
            found.append({"id": project.id, "resourceType": "PROJECT", "name": project.title})
        elif (connection := ws.data_connections.get(resource_id)) is not None:
            found.append({"id": connection.id, "resourceType": "DATA_CONNECTION", "name": connection.name})
    return found


def _summary_fields(ws: Workspace, thread: Thread, viewer: User) -> dict[str, Any]:
    """What ListThreads and GetThread both give (GetThread names the id `threadId`)."""
    topics = (ws.topics.get(topic_id) for topic_id in thread.topic_ids)
    return {
        "url": thread_url(ws, thread.id),
        "title": lifecycle.visible_title(thread, viewer.id),
        "creditsUsed": float(sum(1 for turn in thread.turns if turn.ended_at is not None)),
        "topics": [{"id": topic.id, "name": topic.name} for topic in topics if topic is not None],
        "warnings": list(thread.warnings),
        "feedback": list(thread.feedback),
        "warningsGeneratedAt": isoformat(thread.updated_at) if thread.warnings else None,
        "threadSummary": None,
        "threadIntent": None,
        "model": "Auto",
        "auto": True,
        "effectiveModel": MODEL,
        "effortLevel": None,
        "userId": thread.user_id,
        "type": thread.type,
        "source": thread.source,
        "createdAt": isoformat(thread.created_at),
        "updatedAt": isoformat(thread.updated_at),
        "sensitive": thread.sensitive,
    }


def _response(ws: Workspace, thread: Thread) -> list[dict[str, Any]] | None:
    """The latest answer as response blocks: null until the thread is IDLE."""
    if thread.status != lifecycle.IDLE:
        return None
    blocks: list[dict[str, Any]] = [{"type": "text", "text": thread.turns[-1].answer}]
    project = ws.projects.get(thread.project_id) if thread.project_id is not None else None
    if project is not None:
        blocks.append({"type": "project", "id": project.id, "title": project.title})
    return blocks


def render_thread(ws: Workspace, thread: Thread, viewer: User) -> dict[str, Any]:
    last = thread.turns[-1]
    error = (
        {"type": last.error_type, "message": last.error_message} if thread.status == lifecycle.ERROR else None
    )
    return {
        "threadId": thread.id,
        "status": thread.status,
        "error": error,
        "response": _response(ws, thread),
        "resources": _resources(ws, thread),
        **_summary_fields(ws, thread, viewer),
    }


# --- CreateThread, ContinueThread ------------------------------------------------------------------------


def _attached(ws: Workspace, caller: Caller, attachments: dict[str, Any]) -> list[str]:
    """Ids of the attached projects and data connection, each checked to exist (404 otherwise)."""
    ids: list[str] = []
    connection_id = attachments.get("dataConnectionId")
    if connection_id is not None:
        if connection_id not in ws.data_connections:
            raise not_found(
                "Data connection not found", f"attachments.dataConnectionId: no connection {connection_id}"
            )
        ids.append(connection_id)
    for project_id in attachments.get("projectIds", []):
        ids.append(require_project(ws, caller, project_id).id)
    return ids


@handles("CreateThread")
def create_thread(ws: Workspace, call: Call) -> Reply:
    body: dict[str, Any] = call.body  # the spec refuses `projectId` with `newProject: true`
    require_role(call.caller, "MEMBER", "starting a thread")
    prompt: str = body["prompt"]
    # Everything is checked before anything is written: a refused request creates no project.
    project = (
        require_project(ws, call.caller, body["projectId"], CAN_EDIT)
        if body.get("projectId") is not None
        else None
    )
    attached = _attached(ws, call.caller, body.get("attachments") or {})
    if body.get("newProject"):
        require_role(call.caller, "EDITOR", "creating a project for a thread")
        project = ws.add_project(call.caller.user.id, lifecycle.default_title(prompt))
    now = ws.clock.now()
    thread = Thread(
        id=ws.ids.uuid(),
        user_id=call.caller.user.id,
        created_at=now,
        updated_at=now,
        title=lifecycle.default_title(prompt),
        type=NOTEBOOK if project is not None else THREADS,
        project_id=project.id if project is not None else None,
        muted=bool(body.get("muted")) and project is None,
        resource_ids=list(dict.fromkeys([*([project.id] if project is not None else []), *attached])),
    )
    lifecycle.start_turn(ws, thread, prompt)
    ws.threads.put(thread.id, thread)
    return Reply(
        200,
        {
            "threadId": thread.id,
            "url": thread_url(ws, thread.id),
            "createdAt": isoformat(thread.created_at),
            "projectId": thread.project_id,
        },
    )


@handles("ContinueThread")
def continue_thread(ws: Workspace, call: Call) -> Reply:
    thread = _require_thread(ws, call.caller, call.path["id"])
    if thread.user_id != call.caller.user.id:
        raise forbidden("Insufficient access: only the thread's author can continue it")
    attached = _attached(ws, call.caller, call.body.get("attachments") or {})
    try:
        lifecycle.start_turn(ws, thread, call.body["prompt"])
    except lifecycle.ThreadBusyError as error:
        state = "still running" if error.thread.status == lifecycle.RUNNING else "in error"
        raise bad_request(
            "The thread must be idle to take a follow-up",
            f"id: the thread is {state} ({error.thread.status})",
        ) from error
    thread.resource_ids = list(dict.fromkeys([*thread.resource_ids, *attached]))
    return Reply(200, {"threadId": thread.id, "url": thread_url(ws, thread.id)})


# --- GetThread, GetThreadMessages ----------------------------------------------------------------------


@handles("GetThread")
def get_thread(ws: Workspace, call: Call) -> Reply:
    thread = _require_thread(ws, call.caller, call.path["id"])
    body = render_thread(ws, thread, call.caller.user)
    # Counted after answering: under the "reads" progression a read reports the state it found.
    lifecycle.record_read(ws, thread)
    return Reply(200, body)


def _blocks(thread: Thread) -> list[tuple[datetime, int, str, str]]:
    """(createdAt, position, role, text) of every message block, oldest first."""
    blocks: list[tuple[datetime, int, str, str]] = []
    for turn in thread.turns:
        blocks.append((turn.started_at, len(blocks), "user", turn.prompt))
        if turn.ended_at is not None:
            role, text = (
                ("error", turn.error_message) if turn.error_type is not None else ("assistant", turn.answer)
            )
            blocks.append((turn.ended_at, len(blocks), role, text or ""))
    return blocks


def _block_key(block: tuple[datetime, int, str, str]) -> tuple[datetime, int]:
    return (block[0], block[1])


@handles("GetThreadMessages")
def get_thread_messages(ws: Workspace, call: Call) -> Reply:
    thread = _require_thread(ws, call.caller, call.path["threadId"])
    if thread.sensitive and thread.user_id != call.caller.user.id:
        raise forbidden("Insufficient access: a sensitive thread's messages are for its author only")
    full = bool(call.query.get("full", False))
    page = paginate(_blocks(thread), sort_key=_block_key, from_end=True, **page_args(call))

    def render(block: tuple[datetime, int, str, str]) -> dict[str, Any]:
        moment, _, role, text = block
        shown = (
            json.dumps({"role": role, "text": text, "createdAt": isoformat(moment)})
            if full
            else f"{role}: {text}"
        )
        return {"type": "text", "text": shown, "createdAt": isoformat(moment)}

    return Reply(
        200,
        {
            "content": [render(block) for block in page.items],
            "pagination": {"after": page.after, "before": page.before},
        },
    )


# --- ListThreads, ListTopics --------------------------------------------------------------------------


def _listed(raw: str | None) -> frozenset[str] | None:
    """A comma-separated filter's values, or None without the filter."""
    if raw is None:
        return None
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


def _equals(attribute: str, wanted: Any) -> Callable[[Thread], bool]:
    return lambda thread: bool(getattr(thread, attribute) == wanted)


def _shares_any(attribute: str, values: frozenset[str]) -> Callable[[Thread], bool]:
    return lambda thread: not values.isdisjoint(getattr(thread, attribute))


def _filters(ws: Workspace, call: Call) -> list[Callable[[Thread], bool]]:
    query = call.query
    checks: list[Callable[[Thread], bool]] = []
    for name, attribute in (("source", "source"), ("userId", "user_id"), ("type", "type")):
        if query.get(name) is not None:
            checks.append(_equals(attribute, query[name]))
    if query.get("numDays") is not None:
        try:
            since = ws.clock.now() - timedelta(days=query["numDays"])
        except OverflowError:  # further back than datetime reaches: every thread is that recent
            pass
        else:
            checks.append(lambda thread: thread.created_at >= since)
    if query.get("hasFeedback") is not None:
        has = bool(query["hasFeedback"])
        checks.append(lambda thread: bool(thread.feedback) == has)
    roles = _listed(query.get("roles"))
    if roles is not None:
        checks.append(
            lambda thread: (author := ws.users.get(thread.user_id)) is not None and author.role in roles
        )
    warnings = _listed(query.get("warnings"))
    if warnings is not None:
        checks.append(lambda thread: any(warning.get("type") in warnings for warning in thread.warnings))
    for name, attribute in (("topicIds", "topic_ids"), ("resourceIds", "resource_ids")):
        values = _listed(query.get(name))
        if values is not None:
            checks.append(_shares_any(attribute, values))
    return checks


def _all(checks: Sequence[Callable[[Thread], bool]]) -> Callable[[Thread], bool]:
    return lambda thread: all(check(thread) for check in checks)


@handles("ListThreads")
def list_threads(ws: Workspace, call: Call) -> Reply:
    require_role(call.caller, "MANAGER", "listing threads")
    include = _all([_visibility(ws, call.caller.user), *_filters(ws, call)])
    page = paginate(
        ws.threads.sorted_by("threads:created", _created),
        sort_key=_created,
        include=include,
        descending=True,
        **page_args(call),
    )
    viewer = call.caller.user
    threads = [lifecycle.refresh(ws, thread) for thread in page.items]
    return Reply(
        200,
        {
            "threads": [
                {"id": thread.id, "orgId": ws.org_id, **_summary_fields(ws, thread, viewer)}
                for thread in threads
            ],
            "pagination": {"after": page.after, "before": page.before},
        },
    )


@handles("ListTopics")
def list_topics(ws: Workspace, call: Call) -> Reply:
    page = paginate(ws.topics.sorted_by("topics:name", _topic_key), sort_key=_topic_key, **page_args(call))
    return Reply(
        200,
        {
            "topics": [{"id": topic.id, "name": topic.name} for topic in page.items],
            "pagination": {"after": page.after, "before": page.before},
        },
    )
