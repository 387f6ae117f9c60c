"""The kernel under test: the fixture spec, a small workspace on a manual clock, simple handlers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from hex_mock.app import create_app
from hex_mock.clock import ManualClock, isoformat
from hex_mock.errors import HexError, not_found
from hex_mock.handlers import Call, Handler, Reply
from hex_mock.ids import IdFactory
from hex_mock.pagination import paginate
from hex_mock.rate_limit import NO_RATE_LIMITS
from hex_mock.spec import ApiSpec, load_spec
from hex_mock.store import Project, Token, User, Workspace
from hex_mock.testing import bearer

__all__ = ["bearer"]  # the pipeline tests take it from here, with the fixture workspace
FIXTURE_SPEC = Path(__file__).with_name("fixture-api.yaml")

PERSONAL = "hxtp_personal_secret"
READER = "hxtw_projects_reader"  # workspace token: projects:read only
EXPIRED = "hxtp_expired_secret"
REVOKED = "hxtp_revoked_secret"
DEACTIVATED = "hxtp_deactivated_user"
ADMIN_ID = "11111111-1111-4111-8111-111111111111"
GONE_ID = "22222222-2222-4222-8222-222222222222"
PROJECT_ID = "33333333-3333-4333-8333-333333333333"
MISSING_ID = "44444444-4444-4444-8444-444444444444"


@pytest.fixture(scope="session")
def spec() -> ApiSpec:
    return load_spec(FIXTURE_SPEC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def workspace(clock: ManualClock) -> Workspace:
    ws = Workspace(clock=clock, ids=IdFactory(seed=1))
    now = clock.now()
    ws.users.put(
        ADMIN_ID, User(id=ADMIN_ID, email="ana@example.com", name="Ana", role="ADMIN", created_at=now)
    )
    ws.users.put(
        GONE_ID,
        User(
            id=GONE_ID, email="gus@example.com", name="Gus", role="EDITOR", created_at=now, deactivated=True
        ),
    )

    def token(
        secret: str, user_id: str = ADMIN_ID, scopes: frozenset[str] = frozenset(), **fields: Any
    ) -> None:
        kind = "workspace" if secret.startswith("hxtw_") else "personal"
        ws.add_token(
            Token(secret=secret, kind=kind, user_id=user_id, scopes=scopes, created_at=now, **fields)
        )

    token(PERSONAL, expires_at=now + timedelta(days=30))
    token(READER, scopes=frozenset({"projects:read"}))
    token(EXPIRED, expires_at=now - timedelta(seconds=1))
    token(REVOKED, revoked=True)
    token(DEACTIVATED, user_id=GONE_ID)
    ws.projects.put(
        PROJECT_ID,
        Project(
            id=PROJECT_ID,
            title="Revenue",
            creator_id=ADMIN_ID,
            owner_id=ADMIN_ID,
            created_at=now,
            last_edited_at=now,
        ),
    )
    return ws


def render_project(project: Project) -> dict[str, Any]:
    return {
        "id": project.id,
        "title": project.title,
        "description": project.description,
        "createdAt": isoformat(project.created_at),
        "ownerId": None,
        "access": None,
    }


def fixture_handlers(calls: list[Call]) -> dict[str, Handler]:
    """Handlers that answer what the fixture spec promises and record every Call they get."""

    def recorded(handler: Handler) -> Handler:
        def run(ws: Workspace, call: Call) -> Reply:
            calls.append(call)
            return handler(ws, call)

        return run

    def list_projects(ws: Workspace, call: Call) -> Reply:
        page = paginate(
            ws.projects.sorted_by("created", lambda p: (p.created_at, p.id)),
            sort_key=lambda p: (p.created_at, p.id),
            limit=call.query["limit"],
            after=call.query.get("after"),
            before=call.query.get("before"),
            descending=call.query["sortDirection"] == "DESC",
        )
        values = [render_project(p) for p in page.items]
        return Reply(200, {"values": values, "pagination": {"after": page.after, "before": page.before}})

    def get_project(ws: Workspace, call: Call) -> Reply:
        project = ws.projects.get(call.path["projectId"])
        if project is None:
            raise not_found()
        return Reply(200, render_project(project))

    def create_project(ws: Workspace, call: Call) -> Reply:
        now = ws.clock.now()
        project_id = ws.ids.uuid()
        project = Project(
            id=project_id,
            title=call.body["title"],
            description=call.body.get("description"),
            creator_id=call.caller.user.id,
            owner_id=call.caller.user.id,
            created_at=now,
            last_edited_at=now,
        )
        ws.projects.put(project_id, project)
        return Reply(201, render_project(project))

    def run_project(ws: Workspace, call: Call) -> Reply:
        inputs = (call.body or {}).get("inputParams") or {}
        if "unknown" in inputs:
            raise HexError(
                422, "Invalid inputs", body={"traceId": call.trace_id, "invalid": [], "notFound": ["unknown"]}
            )
        run_id = ws.ids.uuid()
        url = f"{call.base_url}/api/v1/projects/{call.path['projectId']}/runs/{run_id}"
        return Reply(201, {"runId": run_id, "runStatusUrl": url, "traceId": call.trace_id})

    def no_content(_ws: Workspace, _call: Call) -> Reply:
        return Reply(204)

    def me(_ws: Workspace, call: Call) -> Reply:
        return Reply(200, {"id": call.caller.user.id})

    def by_id(name: str) -> Handler:
        return lambda _ws, call: Reply(200, {"id": call.path[name]})

    handlers: dict[str, Handler] = {
        "ListProjects": list_projects,
        "CreateProject": create_project,
        "GetProject": get_project,
        "UpdateProject": get_project,
        "EditProjectSharingCollections": get_project,
        "RunProject": run_project,
        "RunProjectLegacy": run_project,
        "CancelRun": no_content,
        "GetQueriedTables": lambda _ws, _call: Reply(200, {"values": []}),
        "Me": me,
        "GetUser": by_id("userId"),
        "ListDraftGuides": lambda _ws, _call: Reply(200, {"values": []}),
        "DeleteGuideDraft": no_content,
        "UpsertGuideDraft": lambda _ws, _call: Reply(200, {"id": MISSING_ID}),
        "GetDataConnection": by_id("dataConnectionId"),
    }
    return {operation_id: recorded(handler) for operation_id, handler in handlers.items()}


@pytest.fixture
def calls() -> list[Call]:
    return []


AppFactory = Callable[..., Starlette]
ClientFactory = Callable[..., TestClient]


@pytest.fixture
def make_app(workspace: Workspace, spec: ApiSpec, calls: list[Call]) -> AppFactory:
    """create_app over the fixture spec; keyword arguments override the test defaults."""

    def build(**overrides: Any) -> Starlette:
        options: dict[str, Any] = {
            "spec": spec,
            "handlers": fixture_handlers(calls),
            "validate_responses": True,
            "rate_limits": NO_RATE_LIMITS,
        }
        options.update(overrides)
        return create_app(workspace, **options)

    return build


@pytest.fixture
def make_client(make_app: AppFactory) -> Iterator[ClientFactory]:
    clients: list[TestClient] = []

    def build(secret: str | None = PERSONAL, **overrides: Any) -> TestClient:
        client = TestClient(make_app(**overrides), base_url="http://mock.test")
        if secret is not None:
            client.headers.update(bearer(secret))
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> TestClient:
    return make_client()
