"""The `/__mock__/` control plane: the HexMock Python API over HTTP, for tests in any language.

Kept out of the Hex spec on purpose: it is the mock's API, not Hex's. Every endpoint takes and
returns JSON; a bad argument is a 400 `{"error": "..."}`. When the mock was given an admin token,
every call must carry it as `Authorization: Bearer <admin token>`.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from hex_mock.app import Runtime
from hex_mock.clock import isoformat
from hex_mock.fixtures import FixtureError

if TYPE_CHECKING:
    from hex_mock.mock import HexMock

Endpoint = Callable[[Request], Awaitable[Response]]


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


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

    def endpoint(action: Callable[[Request, dict[str, Any]], Any], status: int = 200) -> Endpoint:
        async def handle(request: Request) -> Response:
            if admin_token is not None:
                presented = request.headers.get("authorization", "").removeprefix("Bearer ")
                if not hmac.compare_digest(presented.encode(), admin_token.encode()):
                    return _error(401, "the control plane needs the admin token")
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

    def rate_limit(request: Request, body: Mapping[str, Any]) -> dict[str, int | None]:
        group = request.path_params["group"]
        unknown = set(body) - {"perMinute", "perHour"}
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; expected perMinute, perHour")
        mock.set_rate_limit(group, per_minute=body.get("perMinute"), per_hour=body.get("perHour"))
        return mock.rate_limits()[group]

    def json_401(_: Request, body: Mapping[str, Any]) -> dict[str, bool]:
        enabled = body["enabled"]
        if not isinstance(enabled, bool):
            raise ValueError("enabled: must be true or false")
        mock.set_json_401(enabled)
        return {"enabled": enabled}

    def journal(request: Request, _: Mapping[str, Any]) -> dict[str, Any]:
        entries = mock.journal(request.query_params.get("operationId"))
        return {"entries": [asdict(entry) for entry in entries]}

    routes = [
        Route("/reset", endpoint(lambda _r, _b: mock.reset(), 204), methods=["POST"]),
        Route("/fixtures", endpoint(lambda _r, body: mock.load_fixtures(body), 204), methods=["POST"]),
        Route("/state", endpoint(lambda _r, _b: mock.dump()), methods=["GET"]),
        Route("/clock", endpoint(lambda _r, _b: {"now": isoformat(mock.clock.now())}), methods=["GET"]),
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
        Route("/rate-limits", endpoint(lambda _r, _b: mock.rate_limits()), methods=["GET"]),
        Route("/rate-limits/{group}", endpoint(rate_limit), methods=["PUT"]),
        Route("/json-401", endpoint(json_401), methods=["PUT"]),
        Route("/journal", endpoint(journal), methods=["GET"]),
        Route("/journal", endpoint(lambda _r, _b: mock.runtime.journal.clear(), 204), methods=["DELETE"]),
    ]

    def build(_: Runtime) -> ASGIApp:
        return Starlette(routes=routes)

    return build
