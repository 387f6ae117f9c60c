"""The `/__mock__/` control plane: the HexMock Python API over HTTP, for tests in any language.

Kept out of the Hex spec on purpose: it is the mock's API, not Hex's. Every endpoint takes and
returns JSON; a bad argument is a 400 `{"error": "..."}`. The dashboard (hex_mock/dashboard/) is
served under `/__mock__/ui` behind the same guard. When the mock was given an admin token, every
call must carry it: as `Authorization: Bearer <admin token>`, or, from a browser, as the password of
HTTP Basic credentials (any user name), which the 401 asks the browser for.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from hex_mock.app import CONTROL_PREFIX, Runtime
from hex_mock.clock import ManualClock, isoformat
from hex_mock.dashboard import dashboard_routes
from hex_mock.fixtures import FixtureError
from hex_mock.fixtures import schema as fixtures_schema

if TYPE_CHECKING:
    from hex_mock.mock import HexMock

Endpoint = Callable[[Request], Awaitable[Response]]


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


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"the body is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def control_plane(mock: HexMock, admin_token: str | None = None) -> Callable[[Runtime], ASGIApp]:
    """Build the control-plane app for `mock` (create_app calls the returned factory)."""

    guarded = guard(admin_token)

    def endpoint(action: Callable[[Request, dict[str, Any]], Any], status: int = 200) -> Endpoint:
        @guarded
        async def handle(request: Request) -> Response:
            try:
                result = action(request, await _json_object(request))
            except KeyError as missing:
                return _error(400, f"missing field {missing}")
            except (ValueError, TypeError, FixtureError) as error:
                return _error(400, str(error))
            if status == 204:
                return Response(status_code=204)
            return JSONResponse(result, status_code=status)

        return handle

    def advance(_: Request, body: Mapping[str, Any]) -> dict[str, str]:
        return {"now": isoformat(mock.advance(float(body["seconds"])))}

    def progression(_: Request, body: Mapping[str, Any]) -> dict[str, Any]:
        params = {key: value for key, value in body.items() if key != "mode"}
        mock.set_run_progression(str(body["mode"]), **params)
        return asdict(mock.workspace.run_settings)

    def outcomes(request: Request, body: Mapping[str, Any]) -> None:
        mock.script_run_outcomes(request.path_params["project_id"], list(body["statuses"]))

    def publish(request: Request, body: Mapping[str, Any]) -> dict[str, int]:
        return {
            "publishedVersion": mock.publish_project(request.path_params["project_id"], body.get("inputs"))
        }

    def fault(_: Request, body: Mapping[str, Any]) -> None:
        mock.inject_fault(
            str(body["operationId"]),
            status=body.get("status"),
            delay=float(body.get("delay", 0.0)),
            count=int(body.get("count", 1)),
            message=body.get("message"),
        )

    def journal(request: Request, _: Mapping[str, Any]) -> dict[str, Any]:
        entries = mock.journal(request.query_params.get("operationId"))
        return {"entries": [asdict(entry) for entry in entries]}

    def clock(_: Request, _body: Mapping[str, Any]) -> dict[str, Any]:
        return {"now": isoformat(mock.clock.now()), "manual": isinstance(mock.clock, ManualClock)}

    def index(_: Request, _body: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "dashboard": f"{CONTROL_PREFIX}/ui",
            "endpoints": [
                f"{method} {CONTROL_PREFIX}{route.path}"
                for route in api_routes
                for method in sorted(route.methods or ())
                if method != "HEAD"
            ],
        }

    api_routes = [
        Route("/reset", endpoint(lambda _r, _b: mock.reset(), 204), methods=["POST"]),
        Route("/fixtures", endpoint(lambda _r, body: mock.load_fixtures(body), 204), methods=["POST"]),
        Route("/fixtures/schema", endpoint(lambda _r, _b: fixtures_schema()), methods=["GET"]),
        Route("/state", endpoint(lambda _r, _b: mock.dump()), methods=["GET"]),
        Route("/clock", endpoint(clock), methods=["GET"]),
        Route("/clock/advance", endpoint(advance), methods=["POST"]),
        Route("/runs/progression", endpoint(progression), methods=["PUT"]),
        Route(
            "/runs/kernel-capacity",
            endpoint(lambda _r, body: mock.set_kernel_capacity(int(body["capacity"])), 204),
            methods=["PUT"],
        ),
        Route("/projects/{project_id}/outcomes", endpoint(outcomes, 204), methods=["POST"]),
        Route("/projects/{project_id}/publish", endpoint(publish), methods=["POST"]),
        Route("/faults", endpoint(fault, 204), methods=["POST"]),
        Route("/faults", endpoint(lambda _r, _b: {"pending": mock.runtime.faults.pending()})),
        Route("/journal", endpoint(journal), methods=["GET"]),
        Route("/journal", endpoint(lambda _r, _b: mock.runtime.journal.clear(), 204), methods=["DELETE"]),
    ]

    routes = [
        Route("/", endpoint(index), methods=["GET"]),
        *api_routes,
        *dashboard_routes(mock, guarded),
    ]

    def build(_: Runtime) -> ASGIApp:
        return Starlette(routes=routes)

    return build
