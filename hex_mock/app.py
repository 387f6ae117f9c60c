"""The mock Hex server: one linear request pipeline built from the spec.

    match route -> authenticate -> check scopes -> validate request -> rate limit -> fault
    -> handler -> (test mode: check the reply against the spec) -> journal -> JSON response

Each step either passes its result on or raises HexError (a handler may also let the domain's
refusal, a DomainError, through: it becomes the HexError of its status here, in one place), which is
rendered in the envelope the spec declares for the operation and status. The request pipeline is a
plain ASGI callable: API requests go to it straight from the app (MockApp), past Starlette's
middleware and router, and build no Request/Response objects. Starlette serves the rest: the control
plane and the lifespan protocol.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import orjson
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.types import ASGIApp, Receive, Scope, Send

from hex_mock.auth import CHALLENGE, authenticate, check_scopes, presented_digest
from hex_mock.caller import Caller
from hex_mock.deadlines import BodyDeadlines
from hex_mock.domain_errors import DomainError, ForbiddenError, InvalidCursorError, NotFoundError
from hex_mock.embed_page import embed_page
from hex_mock.embedding import PATH_PREFIX as EMBED_PATH_PREFIX
from hex_mock.errors import (
    UNAUTHORIZED_TEXT,
    ErrorStyle,
    HexError,
    PlainText,
    bad_request,
    default_message,
    render,
)
from hex_mock.faults import Faults
from hex_mock.handlers import Call, Handler, Reply, registered
from hex_mock.ids import IdFactory
from hex_mock.journal import Journal, journal_body, redact, redact_query
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS, RateLimiter, RateLimits
from hex_mock.routing import PREFIX, Match, Router
from hex_mock.spec import ApiSpec, Operation, load_spec
from hex_mock.store import Workspace
from hex_mock.validation import (
    DEFAULT_MAX_BODY_BYTES,
    ResponseContractError,
    check_body,
    check_response,
    decode_body,
    validate_parameters,
)

logger = logging.getLogger("hex_mock")

# The fallback for what orjson refuses: a lone surrogate (a fixtures document may carry one; ASCII
# output keeps it encodable) or an integer beyond 64 bits. One instance: json.dumps() with options
# builds a new encoder per call.
_encode_ascii_json = json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode


def encode_json(body: Any) -> bytes:
    """A reply body as JSON bytes: UTF-8 from orjson (a tenth of the stdlib's cost), else ASCII."""
    try:
        return orjson.dumps(body)
    except TypeError:
        return _encode_ascii_json(body).encode("ascii")


_JSON_HEADERS = [(b"content-type", b"application/json")]
_TEXT_HEADERS = [(b"content-type", b"text/plain; charset=utf-8")]
_HTML_HEADERS = [(b"content-type", b"text/html; charset=utf-8")]

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class Runtime:
    """One workspace's live parts. The control plane receives this and may swap `workspace` (reset).

    A mock serving several workspaces has one Runtime per workspace: they share the spec, the
    handlers and the request limits, and each has its own workspace (with its clock), journal,
    faults, rate limiter, 401 mode, trace ids and commit.
    """

    workspace: Workspace
    spec: ApiSpec
    handlers: Mapping[str, Handler]
    journal: Journal = field(default_factory=Journal)
    faults: Faults = field(default_factory=Faults)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    validate_responses: bool = False
    # Hex refuses a missing or bad token at its edge with a plain-text 401; this switch answers with
    # the standard JSON envelope (`{code: "UNAUTHORIZED", ...}`) instead.
    json_401: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # Seconds a request may take to deliver its body before it is refused (408): a client that
    # stalls mid-body must not hold its request open for ever.
    body_timeout: float = 30.0
    sleep: Sleep = asyncio.sleep
    # Trace ids come from their own seeded source so that reads never shift the workspace's ids.
    trace_ids: IdFactory = field(default_factory=lambda: IdFactory(seed=7))
    # With a state file (hex_mock/persistence.py): awaited after each successful write, before its
    # response leaves, so every acknowledged write is on disk. HexMock sets it.
    commit: Callable[[], Awaitable[None]] | None = None


ControlPlane = Callable[[Runtime], ASGIApp]


def default_handlers() -> Mapping[str, Handler]:
    """Every resource handler. Imported on demand, so an app built with explicit `handlers` (the
    pipeline's own tests) does not depend on the resource modules."""
    import hex_mock.resources  # noqa: F401  (importing registers the handlers)

    return registered()


def missing_handlers(spec: ApiSpec, handlers: Mapping[str, Handler] | None = None) -> list[str]:
    """operationIds in the spec with no handler (in `handlers`, default: every registered one), sorted."""
    known = default_handlers() if handlers is None else handlers
    return sorted(
        operation.operation_id for operation in spec.operations if operation.operation_id not in known
    )


def create_app(
    workspace: Workspace,
    *,
    spec: ApiSpec | Path | str | None = None,
    validate_responses: bool = False,
    rate_limits: RateLimits = DEFAULT_RATE_LIMITS,
    json_401: bool = False,
    control_plane: ControlPlane | None = None,
    require_all_handlers: bool = True,
    handlers: Mapping[str, Handler] | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    journal_capacity: int = 1000,
    sleep: Sleep = asyncio.sleep,
) -> MockApp:
    """The mock as an ASGI app over `workspace`.

    `spec` defaults to the project's spec; `handlers` to every `@handles` registration. With
    `validate_responses` (test mode) a reply that breaks the spec raises ResponseContractError and
    handler exceptions propagate; otherwise they become 500s. `rate_limits` picks the budgets (the
    spec's defaults unless overridden); `json_401` answers a refused token with the JSON envelope
    rather than Hex's plain text. `control_plane`, if given, builds the ASGI app served under
    `/__mock__/` from the runtime.
    """
    api = spec if isinstance(spec, ApiSpec) else load_spec(spec)
    table = dict(default_handlers() if handlers is None else handlers)
    if require_all_handlers:
        missing = missing_handlers(api, table)
        if missing:
            raise RuntimeError(f"operations without a handler: {', '.join(missing)}")
    runtime = Runtime(
        workspace=workspace,
        spec=api,
        handlers=table,
        journal=Journal(journal_capacity),
        limiter=RateLimiter(rate_limits.resolve(api.rate_limit_budgets)),
        validate_responses=validate_responses,
        json_401=json_401,
        max_body_bytes=max_body_bytes,
        sleep=sleep,
    )
    routes = [_control_mount(control_plane(runtime))] if control_plane is not None else []
    pipeline = RequestPipeline(runtime)
    app = MockApp(pipeline, routes=routes)
    app.router.default = pipeline  # what the control plane's Mount does not match (`/__mock__x`)
    app.router.redirect_slashes = False  # a trailing slash is a 404, as on Hex
    app.state.runtime = runtime
    app.state.token_routes = pipeline.token_routes
    return app


CONTROL_PREFIX = "/__mock__"


def _control_mount(app: ASGIApp) -> Mount:
    mount = Mount(CONTROL_PREFIX, app=app)
    # Starlette matches the rest of a mounted path with `.*`, which stops at a newline: a control-plane
    # path whose id holds one would fall through to the API and be answered in Hex's envelope.
    mount.path_regex = re.compile(mount.path_regex.pattern, re.DOTALL)
    return mount


class MockApp(Starlette):
    """The mock's ASGI app. API requests skip Starlette's middleware stack and router (about a
    quarter as much again as the pipeline's own work on a GetProject); everything else (the control
    plane, lifespan) is Starlette's."""

    def __init__(self, pipeline: RequestPipeline, routes: list[Mount]) -> None:
        super().__init__(routes=routes)
        self.pipeline = pipeline

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
            CONTROL_PREFIX not in scope["path"] or not _route_path(scope).startswith(CONTROL_PREFIX)
        ):
            await self.pipeline(scope, receive, send)
        else:
            if "\n" in scope.get("path", ""):
                # Starlette's route patterns end at a newline (`.` in a regex), which would send
                # `/__mock__/workspaces/a%0Ab/...` past the control plane: route it by its escape.
                scope = {**scope, "path": scope["path"].replace("\n", "%0A")}
            await super().__call__(scope, receive, send)


@dataclass(slots=True)
class _Exchange:
    """What one request turned into, for the response and the journal."""

    trace_id: str
    runtime: Runtime  # the workspace the request's token belongs to
    status: int = 500
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    operation: Operation | None = None
    caller: Caller | None = None
    request_body: Any = None
    in_handler: bool = False  # errors raised from here on are the handler's, not the pipeline's


class RequestPipeline:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime  # the default workspace's, and the shared settings
        # Token digest -> the Runtime of the workspace holding that token, for every workspace but
        # the default one (hex_mock/mock.py keeps it; digests are unique across workspaces). A
        # request whose token is not here (none, unknown, or the default workspace's) is the
        # default workspace's.
        self.token_routes: dict[str, Runtime] = {}
        self.router: Router[Operation] = Router(runtime.spec.operations)
        self.deadlines = BodyDeadlines()
        self._documents: dict[str, bytes] = {}

    def issuer_of(self, link: str) -> Runtime:
        """The workspace that signed an embedding link: a browser opening it presents no token."""
        runtimes = (self.runtime, *self.token_routes.values())
        for runtime in {id(runtime): runtime for runtime in runtimes}.values():
            if runtime.workspace.embed_links.get(link) is not None:
                return runtime
        return self.runtime

    def document_served_at(self, base_url: str) -> bytes:
        """The spec as /openapi.json serves it: naming this mock (at the origin the caller used) as
        its only server, so a tool reading the document calls the mock, not Hex."""
        document = self._documents.get(base_url)
        if document is None:
            if len(self._documents) >= 16:  # the Host header is the caller's: keep a few origins only
                self._documents.clear()
            servers = [{"url": f"{base_url}/api", "description": "this mock of Hex's API"}]
            document = self._documents[base_url] = encode_json(
                {**self.runtime.spec.document, "servers": servers}
            )
        return document

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1000})
            return
        method: str = scope["method"]
        path: str = _route_path(scope)
        headers = _headers(scope)
        if path == "/openapi.json" and method == "GET":
            await _send(send, 200, self.document_served_at(_base_url(scope, headers)), {}, None)
            return
        runtime = self.runtime
        if self.token_routes:  # with one workspace, no work at all
            digest = presented_digest(_first(headers, "authorization"))
            if digest is not None:
                runtime = self.token_routes.get(digest, runtime)
        if path.startswith(EMBED_PATH_PREFIX) and method == "GET":
            link = path[len(EMBED_PATH_PREFIX) :]
            status, page = embed_page(self.issuer_of(link).workspace, link)
            await _send(send, status, page, {}, None, _HTML_HEADERS)
            return
        exchange = _Exchange(trace_id=runtime.trace_ids.uuid(), runtime=runtime)
        raw_query: bytes = scope.get("query_string", b"")
        query = _parse_query(raw_query.decode("latin-1")) if raw_query else []
        await self.serve(exchange, scope, receive, method, path, query, headers)
        if runtime.commit is not None and exchange.in_handler and exchange.status < 400 and method != "GET":
            await self.commit(runtime.commit, exchange)
        body = exchange.body
        # Journalled before the response leaves, so a client never sees a reply the journal lacks.
        if body.__class__ is PlainText:
            payload, content_type = body.encode(), _TEXT_HEADERS
        else:
            payload, content_type = (b"" if body is None else encode_json(body)), _JSON_HEADERS
        self.record(exchange, method, path, query, payload)
        await _send(send, exchange.status, payload, exchange.headers, exchange.trace_id, content_type)

    async def serve(
        self,
        exchange: _Exchange,
        scope: Scope,
        receive: Receive,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, list[str]],
    ) -> None:
        runtime = exchange.runtime
        workspace = runtime.workspace
        try:
            try:
                match = self.router.match(method, path)
            except HexError:
                # Hex refuses a bad token at its API's edge, before routing: that 401 precedes a
                # 404/405 under /api (a browser's /favicon.ico is no API call).
                if path == PREFIX or path.startswith(PREFIX + "/"):
                    exchange.caller = authenticate(workspace, _first(headers, "authorization"))
                raise
            operation = exchange.operation = match.operation
            caller = exchange.caller = authenticate(workspace, _first(headers, "authorization"))
            check_scopes(caller, operation.scopes)
            call = await self.validate(exchange, match, caller, scope, receive, query, headers)
            if not _exempt_from_rate_limit(operation, call):
                runtime.limiter.check(operation.rate_limit_group, caller.token, workspace.clock.now())
            if runtime.faults:
                await self.inject_fault(runtime, operation)
            reply = self.handle(exchange, operation, workspace, call)
            exchange.status, exchange.body, exchange.headers = reply.status, reply.body, reply.headers
        except HexError as error:
            self.fail(exchange, error)
        except DomainError as error:
            self.fail(exchange, http_error(error))
        except ResponseContractError:
            raise
        except Exception:
            if runtime.validate_responses:
                raise  # test mode: a handler bug must fail the test, not hide in a 500
            logger.exception("unhandled error (traceId %s)", exchange.trace_id)
            self.fail(exchange, HexError(500, default_message(500)))

    async def validate(
        self,
        exchange: _Exchange,
        match: Match[Operation],
        caller: Caller,
        scope: Scope,
        receive: Receive,
        query: list[tuple[str, str]],
        headers: dict[str, list[str]],
    ) -> Call:
        operation = match.operation
        by_name: dict[str, list[str]] = {}
        if query and operation.parameters.query:
            for name, value in query:
                by_name.setdefault(name, []).append(value)
        if operation.parameters.declared:
            path_values, query_values, header_values = validate_parameters(
                operation.parameters, match.params, by_name, headers
            )
        else:
            path_values, query_values, header_values = {}, {}, {}
        body = None
        if operation.body is not None:
            raw = await self.read_body(receive, headers)
            body = decode_body(operation.body, raw, _first(headers, "content-type"))
            # Journalled even if the schema check below refuses it (a very large one as a marker).
            exchange.request_body = journal_body(raw, body)
            check_body(operation.body, body)
        return Call(
            operation_id=operation.operation_id,
            path=path_values,
            query=query_values,
            headers=header_values,
            body=body,
            caller=caller,
            base_url=_base_url(scope, headers),
            trace_id=exchange.trace_id,
        )

    async def read_body(self, receive: Receive, headers: dict[str, list[str]]) -> bytes:
        limit = self.runtime.max_body_bytes
        declared = _first(headers, "content-length")
        if declared is not None:
            if not declared.isdigit():
                raise bad_request("Invalid input data", "Content-Length: must be a non-negative integer")
            if int(declared) > limit:
                raise _too_large(limit)  # refuse before reading a byte of it
        chunks: list[bytes] = []
        size = 0
        reader = self.deadlines.start(self.runtime.body_timeout)
        try:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise bad_request("Invalid input data", "body: the client disconnected")
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                chunks.append(chunk)
                if not message.get("more_body", False):
                    return b"".join(chunks)
        except asyncio.CancelledError:
            if not self.deadlines.expired(reader):
                raise
            raise HexError(
                408,
                "Request timeout",
                issues=[f"body: not received within {self.runtime.body_timeout:g} seconds"],
            ) from None
        finally:
            self.deadlines.finish(reader)

    async def commit(self, commit: Callable[[], Awaitable[None]], exchange: _Exchange) -> None:
        """Wait for the write to be durable; a write that could not be saved is not acknowledged."""
        try:
            await commit()
        except Exception:
            logger.exception("could not save the state file (traceId %s)", exchange.trace_id)
            exchange.in_handler = False
            self.fail(exchange, HexError(500, "The change could not be saved"))

    async def inject_fault(self, runtime: Runtime, operation: Operation) -> None:
        fault = runtime.faults.take(operation.operation_id)
        if fault is None:
            return
        if fault.delay > 0:
            await runtime.sleep(fault.delay)
        if fault.status is not None:
            raise HexError(fault.status, fault.message or default_message(fault.status))

    def handle(self, exchange: _Exchange, operation: Operation, workspace: Workspace, call: Call) -> Reply:
        handler = exchange.runtime.handlers.get(operation.operation_id)
        if handler is None:
            raise HexError(
                501, "Not implemented by the mock", issues=[f"{operation.operation_id} has no handler"]
            )
        exchange.in_handler = True
        reply = handler(workspace, call)
        if exchange.runtime.validate_responses:
            check_response(
                operation.operation_id, reply.status, reply.body, operation.response_for(reply.status)
            )
        return reply

    def fail(self, exchange: _Exchange, error: HexError) -> None:
        operation = exchange.operation
        body: Any
        if error.status == 401 and not exchange.runtime.json_401:
            body = UNAUTHORIZED_TEXT
        elif operation is None:
            body = _standard(error)  # before routing there is no operation: 404/405 use the standard envelope
        else:
            body = render(error, operation.style_for(error.status), exchange.trace_id)
        exchange.status, exchange.body, exchange.headers = error.status, body, error.headers
        if error.status == 401 and "WWW-Authenticate" not in error.headers:
            exchange.headers = {**error.headers, "WWW-Authenticate": CHALLENGE}  # an injected 401
        if exchange.runtime.validate_responses and operation is not None:
            self.check_error(operation, error, body, from_handler=exchange.in_handler)

    def check_error(self, operation: Operation, error: HexError, body: Any, *, from_handler: bool) -> None:
        """Test mode: error bodies must match the spec too, and handlers may only use declared statuses.

        Errors the pipeline itself produces (401, 429, validation failures, injected faults, a missing
        handler's 501) can occur on any operation, so they are checked only where declared.
        """
        shape = operation.response_for(error.status)
        if shape is None and not from_handler:
            return
        check_response(operation.operation_id, error.status, body, shape)

    def record(
        self, exchange: _Exchange, method: str, path: str, query: list[tuple[str, str]], payload: bytes
    ) -> None:
        caller = exchange.caller
        runtime = exchange.runtime
        runtime.journal.record(
            method=method,
            path=path,
            query=redact_query(query),
            operation_id=exchange.operation.operation_id if exchange.operation else None,
            status=exchange.status,
            user_id=caller.user.id if caller else None,
            token_kind=caller.token.kind if caller else None,
            moment=runtime.workspace.clock.now(),
            body=redact(exchange.request_body),
            trace_id=exchange.trace_id,
            token_digest=caller.token.digest if caller else None,
            response=payload,
            response_headers=exchange.headers,
        )


# The status each of the domain's refusals is answered with.
DOMAIN_ERROR_STATUSES: Mapping[type[DomainError], int] = {
    InvalidCursorError: 400,
    ForbiddenError: 403,
    NotFoundError: 404,
}


def http_error(error: DomainError) -> HexError:
    """A domain refusal as the error response it is sent as (same message, same issues)."""
    return HexError(DOMAIN_ERROR_STATUSES[type(error)], error.message, issues=error.issues)


def _exempt_from_rate_limit(operation: Operation, call: Call) -> bool:
    flag = operation.rate_limit_exempt_when
    return flag is not None and isinstance(call.body, dict) and call.body.get(flag) is True


def _too_large(limit: int) -> HexError:
    return HexError(413, "Payload too large", issues=[f"body: must be at most {limit} bytes"])


def _standard(error: HexError) -> Any:
    return render(error, ErrorStyle.STANDARD, "")


def _route_path(scope: Scope) -> str:
    path: str = scope["path"]
    raw_path: bytes | None = scope.get("raw_path")
    if raw_path is not None and b"%2" in raw_path and b"%2f" in raw_path.lower():
        # An encoded slash belongs to its segment (`/projects/a%2Fruns` names one project, as on
        # Hex), not a separator the server's decoding made: keep it encoded so the id is refused.
        text = raw_path.decode("latin-1").replace("%2F", "%252F").replace("%2f", "%252f")
        path = unquote(text)
    root_path: str = scope.get("root_path", "")
    if root_path and path.startswith(root_path):
        return path[len(root_path) :] or "/"
    return path


def _parse_query(text: str) -> list[tuple[str, str]]:
    """parse_qsl(text, keep_blank_values=True), with a shortcut for the usual query that has
    nothing to decode (`limit=100`): parse_qsl costs more than routing the request."""
    if "%" in text or "+" in text:
        return parse_qsl(text, keep_blank_values=True)
    return [(name, value) for name, _, value in (part.partition("=") for part in text.split("&") if part)]


def _headers(scope: Scope) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in scope["headers"]:
        headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
    return headers


def _first(headers: Mapping[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _base_url(scope: Scope, headers: Mapping[str, list[str]]) -> str:
    scheme = scope.get("scheme", "http")
    host = _first(headers, "host")
    if host is None:
        server = scope.get("server")
        if server is None:
            return f"{scheme}://localhost"
        name, port = server
        default_port = {"http": 80, "https": 443}.get(scheme)
        host = name if port == default_port or port is None else f"{name}:{port}"
    return f"{scheme}://{host}"


async def _send(
    send: Send,
    status: int,
    payload: bytes,
    headers: Mapping[str, str],
    trace_id: str | None,
    content_type: list[tuple[bytes, bytes]] = _JSON_HEADERS,
) -> None:
    raw_headers = [(b"content-length", str(len(payload)).encode("ascii"))]
    if payload:
        raw_headers += content_type
    if trace_id is not None:
        # Hex's clients read the trace id from this header (an error body may not carry one).
        raw_headers.append((b"x-trace-id", trace_id.encode("ascii")))
    if headers:
        raw_headers += [
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()
        ]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})
