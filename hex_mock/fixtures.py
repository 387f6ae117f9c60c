"""Build a workspace from a fixtures document (JSON or YAML), the format documented in the README.

Records refer to each other the way people do: users by email, groups, collections and data
connections by name. Ids are optional; missing ones come from the workspace's seeded id factory, so
the same document and seed always give the same workspace. The built-in demo workspace is itself a
fixtures document (`demo.yaml` beside this module).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from hex_mock.cell_outputs import output_record
from hex_mock.rate_limit_groups import Budget, budget
from hex_mock.resources.data_connections import DEFAULT_WORKSPACE_SHARING, split_secrets
from hex_mock.store import (
    ACCESS_LEVELS,
    ORG_ROLES,
    AppInput,
    Cell,
    Collection,
    DataConnection,
    Group,
    Guide,
    Project,
    SemanticProject,
    Suggestion,
    Thread,
    ThreadTurn,
    Token,
    Topic,
    User,
    Workspace,
)
from hex_mock.suggestion_review import proposed_change
from hex_mock.thread_lifecycle import ERROR, IDLE, default_answer, default_title, error_message

DEMO = Path(__file__).resolve().parent / "demo.yaml"
# The fixtures format as a JSON Schema (draft 2020-12): every document is checked against it first.
SCHEMA = Path(__file__).resolve().parent / "fixtures.schema.json"
CELL_TYPES_WITH_SOURCE = {"CODE": "codeCell", "SQL": "sqlCell", "MARKDOWN": "markdownCell"}


class FixtureError(ValueError):
    """A fixtures document that cannot be loaded; the message names the offending entry."""


def read_document(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise FixtureError(f"{path}: cannot read the fixtures document: {reason}") from error
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_TextTimestamps)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise FixtureError(
            f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {error}"
        ) from error
    if not isinstance(data, dict):
        raise FixtureError(f"{path}: the top level must be a mapping of sections")
    return data


class _TextTimestamps(yaml.SafeLoader):
    """YAML's safe loader, leaving unquoted timestamps as text: a document reads the same whether
    its dates are quoted or not, as in JSON, and the loader parses them itself."""


_TextTimestamps.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@functools.cache
def schema() -> dict[str, Any]:
    """The fixtures format's JSON Schema (what `GET /__mock__/fixtures/schema` serves)."""
    document: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return document


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


def _location(path: Any, root: str) -> str:
    text = root
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def schema_problem(error: jsonschema.ValidationError, root: str = "") -> str:
    """One line naming where a document breaks its schema: `users[0].role: ...`, or under `root`
    (`body.seconds: ...`). An unknown key is named itself, with the keys allowed there."""
    where = _location(error.absolute_path, root)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = error.schema.get("properties", {})
        stray = sorted(str(key) for key in error.instance if key not in allowed)
        at = f"{where}.{stray[0]}" if where else stray[0]
        plural = "s" if len(stray) > 1 else ""
        return f"{at}: unknown key{plural} {', '.join(stray)}; expected {', '.join(allowed) or 'none'}"
    return f"{where or '(top level)'}: {error.message}"


def check_document(data: Any) -> None:
    """Raise FixtureError naming the path of the first part of `data` the fixtures schema refuses."""
    errors = sorted(_validator().iter_errors(data), key=lambda error: [str(p) for p in error.absolute_path])
    if errors:
        raise FixtureError(schema_problem(errors[0]))


class _Loader:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # --- lookups by human key -------------------------------------------------------------------
    def user_id(self, email: str, at: str) -> str:
        for user in self.ws.users:
            if user.email == email:
                return user.id
        raise FixtureError(f"{at}: no user with email {email!r}")

    def named(self, table: Any, name: str, at: str, kind: str) -> str:
        for record in table:
            if getattr(record, "name", None) == name:
                return str(record.id)
        raise FixtureError(f"{at}: no {kind} named {name!r}")

    def when(self, entry: Mapping[str, Any], key: str, at: str) -> datetime | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError as error:
            raise FixtureError(f"{at}.{key}: not an ISO 8601 timestamp: {value!r}") from error

    def created(self, entry: Mapping[str, Any], at: str) -> datetime:
        return self.when(entry, "created_at", at) or self.ws.clock.now()

    def new_id(self, entry: Mapping[str, Any]) -> str:
        return str(entry.get("id") or self.ws.ids.uuid())

    def access_map(
        self, entries: Mapping[str, str], resolve: Callable[[str, str], str], at: str
    ) -> dict[str, str]:
        result = {}
        for key, level in entries.items():
            if level not in ACCESS_LEVELS:
                raise FixtureError(f"{at}.{key}: unknown access level {level!r}")
            result[resolve(key, at)] = level
        return result

    # --- sections -------------------------------------------------------------------------------
    def users(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"users[{index}]"
            role = entry.get("role", "EDITOR")
            if role not in ORG_ROLES:
                raise FixtureError(f"{at}.role: unknown role {role!r}")
            user = User(
                id=self.new_id(entry),
                email=entry["email"],
                name=entry.get("name"),
                role=role,
                created_at=self.created(entry, at),
                last_login_at=self.when(entry, "last_login_at", at),
                deactivated=bool(entry.get("deactivated", False)),
            )
            self.ws.users.put(user.id, user)

    def tokens(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"tokens[{index}]"
            secret = str(entry["secret"])
            kind = {"hxtp_": "personal", "hxtw_": "workspace"}.get(secret[:5])
            if kind is None:
                raise FixtureError(f"{at}.secret: must start with hxtp_ (personal) or hxtw_ (workspace)")
            self.ws.add_token(
                Token(
                    secret=secret,
                    kind=kind,
                    user_id=self.user_id(entry["user"], f"{at}.user"),
                    scopes=frozenset(entry.get("scopes", [])),
                    created_at=self.created(entry, at),
                    expires_at=self.when(entry, "expires_at", at),
                    revoked=bool(entry.get("revoked", False)),
                )
            )

    def groups(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"groups[{index}]"
            members = [self.user_id(email, f"{at}.members") for email in entry.get("members", [])]
            group = Group(
                id=self.new_id(entry),
                name=entry["name"],
                created_at=self.created(entry, at),
                member_ids=members,
            )
            self.ws.groups.put(group.id, group)

    def data_connections(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"data_connections[{index}]"
            settings, digests = split_secrets(entry["type"], entry.get("details", {}))
            connection = DataConnection(
                id=self.new_id(entry),
                name=entry["name"],
                type=entry["type"],
                created_at=self.created(entry, at),
                description=entry.get("description"),
                connection_details=settings,
                secret_digests={key: digest for key, digest in digests.items() if digest is not None},
                include_magic=bool(entry.get("include_magic", True)),
                allow_writeback_cells=bool(entry.get("allow_writeback_cells", False)),
                workspace_sharing=dict(entry.get("workspace_sharing", DEFAULT_WORKSPACE_SHARING)),
                tables=list(entry.get("tables", [])),
                catalog_statuses={
                    level: dict(names) for level, names in entry.get("catalog_statuses", {}).items()
                },
            )
            self.ws.data_connections.put(connection.id, connection)

    def collections(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"collections[{index}]"
            sharing = entry.get("sharing", {})
            creator = entry.get("creator")
            collection = Collection(
                id=self.new_id(entry),
                name=entry["name"],
                created_at=self.created(entry, at),
                creator_id=self.user_id(creator, f"{at}.creator") if creator else None,
                description=entry.get("description"),
                user_access={
                    self.user_id(email, f"{at}.sharing.users"): level
                    for email, level in sharing.get("users", {}).items()
                },
                group_access={
                    self.named(self.ws.groups, name, f"{at}.sharing.groups", "group"): level
                    for name, level in sharing.get("groups", {}).items()
                },
                workspace_access=sharing.get("workspace"),
            )
            self.ws.collections.put(collection.id, collection)

    def projects(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"projects[{index}]"
            owner = self.user_id(entry["owner"], f"{at}.owner")
            created = self.created(entry, at)
            sharing = entry.get("sharing", {})
            project = Project(
                id=self.new_id(entry),
                title=entry["title"],
                creator_id=self.user_id(entry.get("creator", entry["owner"]), f"{at}.creator"),
                owner_id=owner,
                created_at=created,
                last_edited_at=self.when(entry, "last_edited_at", at) or created,
                description=entry.get("description"),
                type=entry.get("type", "PROJECT"),
                status=entry.get("status"),
                categories=list(entry.get("categories", [])),
                reviews_required=bool(entry.get("reviews_required", False)),
                app_views=tuple(entry.get("app_views", (0, 0, 0, 0))),
                last_viewed_at=self.when(entry, "last_viewed_at", at),
                published_results_updated_at=self.when(entry, "published_results_updated_at", at),
                last_published_at=self.when(entry, "last_published_at", at),
                archived_at=self.when(entry, "archived_at", at),
                trashed_at=self.when(entry, "trashed_at", at),
                schedules=list(entry.get("schedules", [])),
                user_access={owner: "FULL_ACCESS"}
                | self.access_map(sharing.get("users", {}), self.user_id, f"{at}.sharing.users"),
                group_access=self.access_map(
                    sharing.get("groups", {}),
                    lambda n, a: self.named(self.ws.groups, n, a, "group"),
                    f"{at}.sharing.groups",
                ),
                collection_access=self.access_map(
                    sharing.get("collections", {}),
                    lambda n, a: self.named(self.ws.collections, n, a, "collection"),
                    f"{at}.sharing.collections",
                ),
                workspace_access=sharing.get("workspace", "NONE"),
                public_access=sharing.get("public_web", "NONE"),
                published_version=int(entry.get("published_version", 0)),
                app_inputs=[AppInput(**spec) for spec in entry.get("app_inputs", [])],
                embedding_enabled=bool(entry.get("embedding_enabled", False)),
            )
            if project.published_version and project.last_published_at is None:
                project.last_published_at = created
            for status in [project.status] if project.status else []:
                self.ws.statuses.setdefault(status, False)
            for category in project.categories:
                self.ws.categories.setdefault(category, None)
            self.ws.projects.put(project.id, project)
            for cell_index, cell_entry in enumerate(entry.get("cells", [])):
                self.cell(project, cell_entry, f"{at}.cells[{cell_index}]")

    def cell_output(self, cell_type: str, entry: Mapping[str, Any] | None, at: str) -> dict[str, Any] | None:
        if entry is None:
            return None
        try:
            record = output_record(
                cell_type, entry.get("columns"), entry.get("rows"), entry.get("error"), entry.get("traceback")
            )
        except ValueError as error:
            raise FixtureError(f"{at}: {error}") from None
        return record

    def cell(self, project: Project, entry: Mapping[str, Any], at: str) -> None:
        cell_type = entry.get("type", "CODE")
        connection = entry.get("data_connection")
        cell = Cell(
            id=self.new_id(entry),
            static_id=str(entry.get("static_id") or self.ws.ids.uuid()),
            project_id=project.id,
            cell_type=cell_type,
            label=entry.get("label"),
            source=entry.get("source", "") if cell_type in CELL_TYPES_WITH_SOURCE else None,
            data_connection_id=self.named(
                self.ws.data_connections, connection, f"{at}.data_connection", "data connection"
            )
            if connection
            else None,
            output_dataframe=entry.get("output_dataframe")
            or (f"dataframe_{len(project.cell_ids) + 1}" if cell_type == "SQL" else None),
            output=self.cell_output(cell_type, entry.get("output"), f"{at}.output"),
        )
        self.ws.cells.put(cell.id, cell)
        project.cell_ids = [*project.cell_ids, cell.id]

    def guides(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"guides[{index}]"
            guide = Guide(
                id=self.new_id(entry),
                file_path=entry["file_path"],
                created_at=self.created(entry, at),
                draft_contents=entry.get("draft"),
                published_contents=entry.get("published"),
            )
            self.ws.guides.put(guide.id, guide)

    def semantic_projects(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"semantic_projects[{index}]"
            project = SemanticProject(
                id=self.new_id(entry),
                name=entry["name"],
                created_at=self.created(entry, at),
                datasets=list(dict.fromkeys(entry.get("datasets", []))),
                views=list(dict.fromkeys(entry.get("views", []))),
                statuses={level: dict(names) for level, names in entry.get("statuses", {}).items()},
            )
            self.ws.semantic_projects.put(project.id, project)

    def topics(self, entries: list[Mapping[str, Any]]) -> None:
        for entry in entries:
            topic = Topic(id=self.new_id(entry), name=entry["name"])
            self.ws.topics.put(topic.id, topic)

    def threads(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"threads[{index}]"
            created = self.created(entry, at)
            error = entry.get("error")
            prompt = entry["prompt"]
            turn = ThreadTurn(
                prompt=prompt,
                started_at=created,
                ended_at=created,
                answer=None if error else entry.get("answer") or default_answer(prompt),
                error_type=error["type"] if error else None,
                error_message=(error.get("message") or error_message(error["type"])) if error else None,
            )
            project_id = (
                self.project_titled(entry["project"], f"{at}.project") if "project" in entry else None
            )
            thread = Thread(
                id=self.new_id(entry),
                user_id=self.user_id(entry["author"], f"{at}.author"),
                created_at=created,
                updated_at=created,
                title=entry.get("title", default_title(prompt)),
                source=entry.get("source", "HEX"),
                type=entry.get("type", "NOTEBOOK" if project_id else "THREADS"),
                project_id=project_id,
                sensitive=bool(entry.get("sensitive", False)),
                resource_ids=[project_id] if project_id else [],
                topic_ids=[
                    self.named(self.ws.topics, name, f"{at}.topics", "topic")
                    for name in entry.get("topics", [])
                ],
                warnings=[
                    {"id": self.new_id(warning), "type": warning["type"], "summary": warning["summary"]}
                    for warning in entry.get("warnings", [])
                ],
                feedback=[
                    {
                        "id": self.new_id(item),
                        "userFeedback": item.get("user_feedback", ""),
                        "type": item["type"],
                        "selectedReason": item.get("selected_reason"),
                        "userLiked": item["liked"],
                    }
                    for item in entry.get("feedback", [])
                ],
                status=ERROR if error else IDLE,
                turns=[turn],
            )
            self.ws.threads.put(thread.id, thread)

    def suggestions(self, entries: list[Mapping[str, Any]]) -> None:
        for index, entry in enumerate(entries):
            at = f"suggestions[{index}]"
            created = self.created(entry, at)
            sources = []
            for number, source in enumerate(entry.get("sources", [])):
                thread_id = source.get("thread")
                if thread_id is not None and thread_id not in self.ws.threads:
                    raise FixtureError(f"{at}.sources[{number}].thread: no thread with id {thread_id!r}")
                warning = source.get("warning")
                sources.append(
                    {
                        "warning": {"summary": warning["summary"], "warningType": warning["type"]}
                        if warning
                        else None,
                        "thread_id": thread_id,
                    }
                )
            try:
                changes = [
                    proposed_change(self.ws, change, self.ws.ids.uuid, f"{at}.changes[{number}]")
                    for number, change in enumerate(entry.get("changes", []))
                ]
            except ValueError as error:
                raise FixtureError(str(error)) from error
            suggestion = Suggestion(
                id=self.new_id(entry),
                title=entry["title"],
                summary=entry.get("summary", ""),
                created_at=created,
                status=entry.get("status", "OPEN"),
                last_source_added_at=self.when(entry, "last_source_added_at", at)
                or (created if sources else None),
                rejection_reason=entry.get("rejection_reason"),
                sources=sources,
                changes=changes,
            )
            self.ws.suggestions.put(suggestion.id, suggestion)

    def project_titled(self, title: str, at: str) -> str:
        for project in self.ws.projects:
            if project.title == title:
                return project.id
        raise FixtureError(f"{at}: no project titled {title!r}")


SECTIONS = (
    "users",
    "tokens",
    "groups",
    "data_connections",
    "collections",
    "projects",
    "guides",
    "semantic_projects",
    "topics",
    "threads",
    "suggestions",
)
SETTINGS = "settings"  # how the mock behaves, not what the workspace holds: see `settings()`


@dataclass(frozen=True)
class Settings:
    """A fixtures document's `settings` section. None / empty: keep the mock's own choice."""

    rate_limits: Mapping[str, Budget] = field(default_factory=dict)  # group -> budget replacing the spec's
    json_401: bool | None = None  # answer a refused token with the JSON envelope instead of plain text


def settings(data: Mapping[str, Any]) -> Settings:
    """The document's `settings` section. Raises FixtureError naming the path of what the schema
    refuses in it (an unknown key, group or figure)."""
    section = data.get(SETTINGS) or {}
    check_document({SETTINGS: section})
    budgets = {
        str(group): budget(figures, where=f"{SETTINGS}.rate_limits.{group}")
        for group, figures in (section.get("rate_limits") or {}).items()
    }
    return Settings(rate_limits=budgets, json_401=section.get("json_401"))


def load_fixtures(workspace: Workspace, data: Mapping[str, Any], *, checked: bool = False) -> None:
    """Add the document's records to `workspace`. Raises FixtureError naming the first bad entry:
    what the schema refuses before any record is added, then references to no record. `checked`:
    the document already passed `check_document` (HexMock checks its own once, not at every reset)."""
    if not checked:
        check_document(data)
    workspace.statuses.update(
        {entry["name"]: bool(entry.get("endorsed")) for entry in data.get("statuses", [])}
    )
    workspace.categories.update(
        {entry["name"]: entry.get("description") for entry in data.get("categories", [])}
    )
    loader = _Loader(workspace)
    for section in SECTIONS:
        getattr(loader, section)(data.get(section, []))
