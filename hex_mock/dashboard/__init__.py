"""The dashboard at `/__mock__/ui`: the workspace, the request journal and the tester's levers.

HTML rendered here with Jinja2 (templates/), and one small script (static/dashboard.js) that polls
the two live parts of the page as HTML fragments and sends the actions to the control plane. No
build step and nothing fetched from elsewhere: it works offline. Every route sits behind the
control plane's guard. `?workspace=ID` picks the workspace shown (default: the default one); the
page offers a switcher when there are several.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from hex_mock.dashboard.views import JournalFilter, journal_view, workspace_view

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from hex_mock.mock import HexMock, WorkspaceMock

    Endpoint = Callable[[Request], Awaitable[Response]]

_STATIC_TYPES = {"dashboard.js": "text/javascript", "dashboard.css": "text/css"}

_templates = Environment(
    loader=PackageLoader("hex_mock.dashboard", "templates"),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _render(name: str, context: Mapping[str, Any]) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(context))


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def dashboard_routes(mock: HexMock, guarded: Callable[[Endpoint], Endpoint]) -> list[Route]:
    """The dashboard's routes, relative to `/__mock__`, each wrapped in `guarded`."""
    static = {name: (files(__package__) / "static" / name).read_text("utf-8") for name in _STATIC_TYPES}

    def shown(request: Request) -> WorkspaceMock:
        """The workspace `?workspace=` names (the mock's own, the default, without it); KeyError when
        there is none."""
        return mock.workspace_mock(request.query_params.get("workspace", mock.id))

    def journal_context(request: Request) -> dict[str, Any]:
        wanted = JournalFilter(
            operation=request.query_params.get("operation", ""),
            status=request.query_params.get("status", ""),
            token=request.query_params.get("token", ""),
        )
        return {"journal": journal_view(shown(request), wanted, _origin(request)), "filters": wanted}

    def rendered(template: str, context: Callable[[Request], dict[str, Any]]) -> Endpoint:
        # async: rendering reads the workspace on the event loop, between requests, never beside one.
        @guarded
        async def handle(request: Request) -> Response:
            try:
                return _render(template, context(request))
            except KeyError:
                return PlainTextResponse("no such workspace (it may have been removed)", status_code=404)
            except ValueError as error:  # a filter the page would never send
                return PlainTextResponse(str(error), status_code=400)

        return handle

    def page_context(request: Request) -> dict[str, Any]:
        return {
            **journal_context(request),
            "workspace": workspace_view(shown(request)),
            "shown": shown(request).id,
            "workspace_ids": [workspace.id for workspace in mock.workspaces()],
            "operation_ids": sorted(operation.operation_id for operation in mock.runtime.spec.operations),
        }

    @guarded
    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in static:
            return PlainTextResponse("not found", status_code=404)
        return Response(static[name], media_type=_STATIC_TYPES[name])

    return [
        Route("/ui", rendered("page.html", page_context), methods=["GET"]),
        Route(
            "/ui/workspace",
            rendered("workspace.html", lambda request: {"workspace": workspace_view(shown(request))}),
            methods=["GET"],
        ),
        Route("/ui/journal", rendered("journal.html", journal_context), methods=["GET"]),
        Route("/ui/static/{name}", asset, methods=["GET"]),
    ]
