"""The `/__mock__/` control plane: the HexMock Python API over HTTP, for tests in any language.

Kept out of the Hex spec on purpose: it is the mock's API, not Hex's, with its own OpenAPI document
(control_plane.yaml, served at `/__mock__/openapi.json`). That document is also what checks each
request: a query parameter or body field it does not declare is refused by name. Every endpoint
takes and returns camelCase JSON; every error, 404 and 405 included, is `{"error": "..."}`.
Endpoints that act on a workspace are built once per workspace over its WorkspaceMock: at their own
paths for the default workspace, and under `/workspaces/{workspaceId}` for each (the document gains
those mirrors when loaded), so an endpoint written for one workspace serves every workspace. The
dashboard (hex_mock/dashboard/) is served under `/__mock__/ui` behind the same guard. When the mock
was given an admin token, every call must carry it: as `Authorization: Bearer <admin token>`, or,
from a browser, as the password of HTTP Basic credentials (any user name), which the 401 asks the
browser for.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hmac
import json
import types
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from hex_mock._oas_validators import OAS30WriteValidator
from hex_mock.app import CONTROL_PREFIX, Runtime
from hex_mock.clock import ManualClock, isoformat
from hex_mock.dashboard import dashboard_routes
from hex_mock.fixtures import FixtureError, schema_problem
from hex_mock.fixtures import schema as fixtures_schema
from hex_mock.store import TOKEN_PREFIXES

if TYPE_CHECKING:
    from hex_mock.mock import HexMock, WorkspaceMock

Endpoint = Callable[[Request], Awaitable[Response]]
Action = Callable[[Request, Mapping[str, Any]], Any]

DOCUMENT = Path(__file__).resolve().parent / "control_plane.yaml"
_DOCUMENT_URI = "urn:hex-mock:control-plane"
IN_WORKSPACE = "/workspaces/{workspaceId}"
_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
# What an endpoint with an optional body receives when none was sent (`{}` is a body).
NO_BODY: Mapping[str, Any] = types.MappingProxyType({})
_TOKEN_KINDS = {prefix: kind for kind, prefix in TOKEN_PREFIXES.items()}


class WorkspaceConflictError(Exception):
    """A workspace change HexMock refuses as a conflict (the control plane answers 409)."""


class RefusedError(Exception):
    """A request the control plane answers with `status` and `{"error": message}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@functools.cache
def document() -> dict[str, Any]:
    """The control plane's OpenAPI document, with its per-workspace mirrors."""
    return with_workspace_mirrors(yaml.safe_load(DOCUMENT.read_text(encoding="utf-8")))


def with_workspace_mirrors(loaded: Mapping[str, Any]) -> dict[str, Any]:
    """`loaded` plus, for every path without `x-server-wide`, its twin under /workspaces/{workspaceId}
    (operationIds suffixed `InWorkspace`, a 404 for an unknown workspace)."""
    paths = dict(loaded["paths"])
    for path, item in loaded["paths"].items():
        if item.get("x-server-wide") or path.startswith(IN_WORKSPACE):
            continue
        mirror: dict[str, Any] = {
            "parameters": [{"$ref": "#/components/parameters/WorkspaceId"}, *item.get("parameters", [])]
        }
        for method, operation in item.items():
            if method in _METHODS:
                responses = {**operation["responses"]}
                responses.setdefault("404", {"$ref": "#/components/responses/NotFound"})
                mirror[method] = {
                    **operation,
                    "operationId": operation["operationId"] + "InWorkspace",
                    "responses": responses,
                }
        paths[IN_WORKSPACE + path] = mirror
    return {**loaded, "paths": paths}


@dataclass(frozen=True)
class _Contract:
    """What the document declares of one endpoint's request."""

    query: frozenset[str]
    body: Any  # a validator for the body, or None when it takes none
    body_required: bool


@functools.cache  # a workspace's endpoints reuse the validators compiled for the first
def _contract(path: str, method: str) -> _Contract:
    paths = document()["paths"]
    operation = paths[path][method.lower()]
    parameters = [*paths[path].get("parameters", []), *operation.get("parameters", [])]
    query = frozenset(parameter["name"] for parameter in parameters if parameter.get("in") == "query")
    request_body = operation.get("requestBody")
    if request_body is None:
        return _Contract(query, None, False)
    registry: Registry[Any] = Registry().with_resource(
        _DOCUMENT_URI, Resource.from_contents(document(), default_specification=DRAFT4)
    )
    schema = request_body["content"]["application/json"]["schema"]
    if "$ref" in schema:
        schema = {"$ref": _DOCUMENT_URI + schema["$ref"]}
    return _Contract(
        query, OAS30WriteValidator(schema, registry=registry), request_body.get("required", False)
    )


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# Asks a browser for credentials; API clients send the Bearer form and never see the prompt.
_CHALLENGE = {"WWW-Authenticate": 'Basic realm="hex-mock control plane", charset="UTF-8"'}


def _presented_password(authorization: str) -> tuple[str, bool]:
    """The admin token an Authorization header carries, and whether it came as browser-held Basic
    credentials."""
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "basic":
        return authorization.removeprefix("Bearer "), False
    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return "", True
    return decoded.partition(":")[2], True


def _same_origin(request: Request) -> bool:
    # Hosts only: behind a proxy that ends TLS the page is https while the mock sees http.
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host", "")


def guard(admin_token: str | None) -> Callable[[Endpoint], Endpoint]:
    """Wraps an endpoint so that it answers only callers holding the admin token (when there is one)."""

    def guarded(handler: Endpoint) -> Endpoint:
        async def handle(request: Request) -> Response:
            if admin_token is not None:
                presented, from_browser = _presented_password(request.headers.get("authorization", ""))
                if not hmac.compare_digest(presented.encode(), admin_token.encode()):
                    return _error(401, "the control plane needs the admin token", _CHALLENGE)
                # A browser attaches the credentials it holds to requests from any page: only the
                # dashboard's own page may change the mock with them.
                if from_browser and request.method not in ("GET", "HEAD") and not _same_origin(request):
                    return _error(403, "writes with browser-held credentials must come from the dashboard")
            return await handler(request)

        return handle

    return guarded


async def _body(request: Request, contract: _Contract) -> Mapping[str, Any]:
    raw = await request.body()
    if contract.body is None:
        if raw.strip():
            raise RefusedError(400, "this endpoint takes no body")
        return NO_BODY
    if not raw.strip():
        if contract.body_required:
            raise RefusedError(400, "the body is required: a JSON object")
        return NO_BODY
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise RefusedError(400, "the body is not valid JSON") from None
    errors = sorted(contract.body.iter_errors(data), key=lambda error: [str(p) for p in error.absolute_path])
    if errors:
        raise RefusedError(400, schema_problem(errors[0], root="body"))
    if not isinstance(data, dict):
        raise RefusedError(400, "the body must be a JSON object")
    return data


def _check_query(request: Request, contract: _Contract) -> None:
    unknown = sorted(set(request.query_params) - contract.query)
    if unknown:
        takes = f"takes only {', '.join(sorted(contract.query))}" if contract.query else "takes none"
        raise RefusedError(400, f"unknown query parameter(s) {', '.join(unknown)}: this endpoint {takes}")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _camel_keys(record: Mapping[str, Any]) -> dict[str, Any]:
    return {_camel(key): value for key, value in record.items()}


def _state(data: Mapping[str, Any]) -> dict[str, Any]:
    """The workspace dump with camelCase section and field names (keys that are ids or names, such
    as a project's `userAccess` by user id, are left as they are)."""
    state: dict[str, Any] = {}
    for section, value in data.items():
        if isinstance(value, list):
            value = [_camel_keys(record) if isinstance(record, Mapping) else record for record in value]
        elif section == "run_settings" and isinstance(value, Mapping):
            value = _camel_keys(value)
        state[_camel(section)] = value
    return state


def _progression(mock: WorkspaceMock) -> dict[str, Any]:
    settings = mock.workspace.run_settings
    return {
        "mode": settings.progression,
        "reads": settings.reads,
        "pendingSeconds": settings.pending_seconds,
        "runningSeconds": settings.running_seconds,
    }


async def _json_error(_: Request, error: Exception) -> Response:
    """Starlette's own refusals (no route: 404, a route without the method: 405) as JSON."""
    assert isinstance(error, HTTPException)
    message = {404: "no such control-plane endpoint", 405: "method not allowed"}.get(
        error.status_code, error.detail
    )
    return _error(error.status_code, message, error.headers)


def _endpoint(path: str, method: str, action: Action, status: int = 200) -> Endpoint:
    contract = _contract(path, method)

    async def handle(request: Request) -> Response:
        try:
            _check_query(request, contract)
            result = action(request, await _body(request, contract))
        except RefusedError as refused:
            return _error(refused.status, refused.message)
        except WorkspaceConflictError as conflict:
            return _error(409, str(conflict))
        except (ValueError, FixtureError) as error:  # the mock's own messages, naming the input
            return _error(400, str(error))
        if status == 204:
            return Response(status_code=204)
        return JSONResponse(result, status_code=status)

    return handle


Table = list[tuple[str, str, Action, int]]


def _routes(table: Table, guarded: Callable[[Endpoint], Endpoint]) -> list[Route]:
    """One route per path, so that a 405 lists every method the path has in `Allow`."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    for path, method, action, status in table:
        by_path.setdefault(path, {})[method] = _endpoint(path, method, action, status)

    def route(path: str, methods: Mapping[str, Endpoint]) -> Route:
        @guarded
        async def dispatch(request: Request) -> Response:
            return await methods["GET" if request.method == "HEAD" else request.method](request)

        return Route(path, dispatch, methods=list(methods))

    return [route(path, methods) for path, methods in by_path.items()]


def workspace_endpoints(mock: WorkspaceMock) -> Table:
    """The endpoints that act on one workspace, over its WorkspaceMock (`mock`)."""

    def advance(_: Request, body: Mapping[str, Any]) -> dict[str, str]:
        if not isinstance(mock.clock, ManualClock):
            raise RefusedError(
                409, "this mock runs on the real clock; start it with --clock manual to advance it"
            )
        return {"now": isoformat(mock.advance(float(body["seconds"])))}

    def progression(_: Request, body: Mapping[str, Any]) -> dict[str, Any]:
        names = {"reads": "reads", "pendingSeconds": "pending_seconds", "runningSeconds": "running_seconds"}
        params = {names[key]: value for key, value in body.items() if key != "mode"}
        try:
            mock.set_run_progression(str(body["mode"]), **params)
        except ValueError as error:  # runs.py speaks of its Python parameters: name the fields
            message = str(error)
            for field, name in names.items():
                message = message.replace(name, field)
            raise RefusedError(400, message) from None
        return _progression(mock)

    def project_id(request: Request) -> str:
        found: str = request.path_params["projectId"]
        if found not in mock.workspace.projects:
            raise RefusedError(404, f"no project with id {found!r}")
        return found

    def outcomes(request: Request, body: Mapping[str, Any]) -> None:
        mock.script_run_outcomes(project_id(request), list(body["statuses"]))

    def publish(request: Request, body: Mapping[str, Any]) -> dict[str, int]:
        inputs = body.get("inputs")
        declared = (
            None
            if inputs is None
            else [
                {
                    "name": item["name"],
                    "data_type": item["dataType"],
                    "input_cell_type": item["inputCellType"],
                }
                | ({"default": item["default"]} if "default" in item else {})
                for item in inputs
            ]
        )
        return {"publishedVersion": mock.publish_project(project_id(request), declared)}

    def embedding(request: Request, body: Mapping[str, Any]) -> dict[str, bool]:
        enabled = bool(body["enabled"])
        mock.set_embedding(project_id(request), enabled)
        return {"enabled": enabled}

    def cell_output(request: Request, body: Mapping[str, Any]) -> dict[str, str]:
        found: str = request.path_params["cellId"]
        if found not in mock.workspace.cells:
            raise RefusedError(404, f"no cell with id {found!r}")
        run_id = mock.set_cell_output(
            found,
            columns=body.get("columns"),
            rows=body.get("rows"),
            error=body.get("error"),
            traceback=body.get("traceback"),
        )
        return {"runId": run_id}

    def fault(_: Request, body: Mapping[str, Any]) -> None:
        mock.inject_fault(
            str(body["operationId"]),
            status=body.get("status"),
            delay=float(body.get("delay", 0.0)),
            count=int(body.get("count", 1)),
            message=body.get("message"),
        )

    def rate_limit(request: Request, body: Mapping[str, Any]) -> dict[str, int | None]:
        group = request.path_params["group"]
        mock.set_rate_limit(group, per_minute=body.get("perMinute"), per_hour=body.get("perHour"))
        return mock.rate_limits()[group]

    def json_401(_: Request, body: Mapping[str, Any]) -> dict[str, bool]:
        enabled = bool(body["enabled"])
        mock.set_json_401(enabled)
        return {"enabled": enabled}

    def journal(request: Request, _: Mapping[str, Any]) -> dict[str, Any]:
        entries = mock.journal(request.query_params.get("operationId"))
        return {"entries": [_camel_keys(asdict(entry)) for entry in entries]}

    def clock(_: Request, _body: Mapping[str, Any]) -> dict[str, Any]:
        return {"now": isoformat(mock.clock.now()), "manual": isinstance(mock.clock, ManualClock)}

    def thread_outcomes(_: Request, body: Mapping[str, Any]) -> None:
        mock.script_thread_outcomes(list(body["outcomes"]))

    def suggestion_review(request: Request, body: Mapping[str, Any]) -> None:
        found: str = request.path_params["suggestionId"]
        if found not in mock.workspace.suggestions:
            raise RefusedError(404, f"no suggestion with id {found!r}")
        mock.script_suggestion_review(found, list(body["changes"]))

    def kernel_capacity(_: Request, body: Mapping[str, Any]) -> None:
        mock.set_kernel_capacity(int(body["capacity"]))

    return [
        ("/reset", "POST", lambda _r, _b: mock.reset(), 204),
        ("/fixtures", "POST", lambda _r, body: mock.load_fixtures(body), 204),
        ("/state", "GET", lambda _r, _b: _state(mock.dump()), 200),
        ("/clock", "GET", clock, 200),
        ("/clock/advance", "POST", advance, 200),
        ("/runs/progression", "GET", lambda _r, _b: _progression(mock), 200),
        ("/runs/progression", "PUT", progression, 200),
        ("/runs/kernel-capacity", "PUT", kernel_capacity, 204),
        ("/projects/{projectId}/outcomes", "POST", outcomes, 204),
        ("/threads/outcomes", "POST", thread_outcomes, 204),
        ("/suggestions/{suggestionId}/review", "POST", suggestion_review, 204),
        ("/projects/{projectId}/publish", "POST", publish, 200),
        ("/projects/{projectId}/embedding", "PUT", embedding, 200),
        ("/cells/{cellId}/output", "PUT", cell_output, 200),
        ("/faults", "POST", fault, 204),
        ("/faults", "GET", lambda _r, _b: {"pending": mock.runtime.faults.pending()}, 200),
        ("/rate-limits", "GET", lambda _r, _b: mock.rate_limits(), 200),
        ("/rate-limits/{group}", "PUT", rate_limit, 200),
        ("/json-401", "PUT", json_401, 200),
        ("/journal", "GET", journal, 200),
        ("/journal", "DELETE", lambda _r, _b: mock.runtime.journal.clear(), 204),
    ]


def _workspace_json(member: WorkspaceMock) -> dict[str, Any]:
    tokens = []
    for entry in (member.fixtures or {}).get("tokens", []):
        secret = str(entry["secret"])
        token = {
            "secret": secret,
            "user": str(entry["user"]),
            "kind": _TOKEN_KINDS[secret[:5]],
            "scopes": list(entry.get("scopes", [])),
        }
        if secret in member.replaced_secrets:
            token["replaces"] = member.replaced_secrets[secret]
        tokens.append(token)
    return {"id": member.id, "controlPlane": f"{CONTROL_PREFIX}/workspaces/{member.id}", "tokens": tokens}


_HANDLERS: Mapping[Any, Any] = {HTTPException: _json_error}


def control_plane(mock: HexMock, admin_token: str | None = None) -> Callable[[Runtime], ASGIApp]:
    """Build the control-plane app for `mock` (create_app calls the returned factory)."""

    guarded = guard(admin_token)

    def member(request: Request) -> WorkspaceMock:
        workspace_id: str = request.path_params["workspaceId"]
        try:
            return mock.workspace_mock(workspace_id)
        except KeyError:
            raise RefusedError(404, f"no workspace with id {workspace_id!r}") from None

    def create(_: Request, body: Mapping[str, Any]) -> dict[str, Any]:
        return _workspace_json(mock.create_workspace(None if body is NO_BODY else body))

    def delete(request: Request, _: Mapping[str, Any]) -> None:
        mock.delete_workspace(member(request).id)
        apps.pop(request.path_params["workspaceId"], None)

    def index(_: Request, _body: Mapping[str, Any]) -> dict[str, Any]:
        served = [(method, path) for path, method, _a, _s in table]
        served += [(method, IN_WORKSPACE + path) for path, method, _a, _s in workspace_endpoints(mock)]
        return {
            "dashboard": f"{CONTROL_PREFIX}/ui",
            "openapi": f"{CONTROL_PREFIX}/openapi.json",
            "endpoints": [f"{method} {CONTROL_PREFIX}{path}" for method, path in served],
        }

    table: Table = [
        ("/", "GET", index, 200),
        ("/openapi.json", "GET", lambda _r, _b: document(), 200),
        ("/fixtures/schema", "GET", lambda _r, _b: fixtures_schema(), 200),
        (
            "/workspaces",
            "GET",
            lambda _r, _b: {"workspaces": list(map(_workspace_json, mock.workspaces()))},
            200,
        ),
        ("/workspaces", "POST", create, 201),
        (IN_WORKSPACE, "GET", lambda request, _b: _workspace_json(member(request)), 200),
        (IN_WORKSPACE, "DELETE", delete, 204),
        *workspace_endpoints(mock),
    ]

    # Each workspace's endpoints, built on its first call (the default workspace's are `table`'s).
    apps: dict[str, tuple[WorkspaceMock, ASGIApp]] = {}

    def app_of(workspace: WorkspaceMock) -> ASGIApp:
        built = apps.get(workspace.id)
        if built is None or built[0] is not workspace:
            routes = _routes(workspace_endpoints(workspace), guarded)
            built = apps[workspace.id] = (workspace, Starlette(routes=routes, exception_handlers=_HANDLERS))
        return built[1]

    @guarded
    async def unknown_workspace(request: Request) -> Response:
        return _error(404, f"no workspace with id {request.path_params['workspaceId']!r}")

    async def in_workspace(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            workspace = mock.workspace_mock(scope["path_params"]["workspaceId"])
        except KeyError:
            response = await unknown_workspace(Request(scope, receive))
            await response(scope, receive, send)
            return
        await app_of(workspace)(scope, receive, send)

    routes = [
        *_routes(table, guarded),
        Mount(IN_WORKSPACE, app=in_workspace),
        *dashboard_routes(mock, guarded),
    ]

    def build(_: Runtime) -> ASGIApp:
        return Starlette(routes=routes, exception_handlers=_HANDLERS)

    return build
