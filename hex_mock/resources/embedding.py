"""CreatePresignedUrl: a single-use URL that shows a project's published app in an iframe.

The link itself (expiry, single use) lives in hex_mock/embedding.py; the URL points back at this
server, which serves a small page for it (hex_mock/embed_page.py). The caller needs the app (App
only or more) on the project; the project must be published and have signed embedding turned on,
else 422 (the state decides, as for RunProject). `testMode` requests are kept out of the rate
limit by the request pipeline (the spec's `x-hex-rate-limit-exempt-when`).
"""

from __future__ import annotations

from hex_mock import embedding
from hex_mock.errors import unprocessable
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import require_project
from hex_mock.store import Workspace

APP_ONLY = "APP_ONLY"
VIEWER_OPTIONS = ("hexUserAttributes", "scope", "inputParameters", "displayOptions")


@handles("CreatePresignedUrl")
def create_presigned_url(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.path["projectId"], APP_ONLY)
    if not project.embedding_enabled:
        raise unprocessable("Signed embedding is not enabled for this project")
    if project.published_version < 1:
        raise unprocessable("This project has not been published")
    body = call.body
    link = embedding.issue_link(
        ws,
        project,
        expires_in_ms=body.get("expiresIn", embedding.DEFAULT_EXPIRES_IN_MS),
        test_mode=body.get("testMode") is True,
        options={name: body[name] for name in VIEWER_OPTIONS if name in body},
    )
    return Reply(200, {"url": f"{call.base_url}{embedding.PATH_PREFIX}{link.token}"})
