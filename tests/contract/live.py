"""The live target: the contract suite against any server speaking the API, over HTTP.

Read-only unless told otherwise. Against a real Hex workspace a write is a real change, so the
rule is enforced twice, in code:

1. Only GET operations are selected (`read_only`), and the coverage phase is told not to try other
   methods on their URLs (it would otherwise send e.g. a PATCH to /v1/projects/{id} to check for a 405).
2. Every request goes through `ReadOnlySession`, which refuses to send anything but a GET, and the
   test checks each case before sending it (`guard`); a write about to go out stops the whole run.

`HEX_CONTRACT_ALLOW_WRITES=1` lifts both, for a disposable workspace (or the mock).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, cast

import pytest
import requests
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.contract.config import build_config
from tests.contract.profiles import Profile, active_profile, active_seed
from tests.contract.repair import AnyCase, Repair, install
from tests.contract.world import CursorMint, Get, discover

SPEC = Path(__file__).resolve().parents[2] / "spec" / "hex-api.yaml"

URL_ENV = "HEX_API_URL"
TOKEN_ENV = "HEX_API_TOKEN"
WRITES_ENV = "HEX_CONTRACT_ALLOW_WRITES"
RATE_ENV = "HEX_CONTRACT_RATE"  # requests per minute; 0 for no pacing

READ_METHODS = frozenset({"GET"})
# Hex's general limit is 60 requests a minute per token; stay under it by default.
DEFAULT_RATE = 50.0


class WriteRefusedError(RuntimeError):
    """A request other than a GET was about to be sent while writes are not allowed."""


def api_base(url: str) -> str:
    """The API base for `url`: an origin such as https://app.hex.tech gets the spec's `/api` prefix."""
    url = url.rstrip("/")
    return url if url.endswith("/api") else f"{url}/api"


def writes_allowed() -> bool:
    return os.environ.get(WRITES_ENV, "") == "1"


class ReadOnlySession(requests.Session):
    """A requests session that sends only GETs (unless `allow_writes`) and paces requests."""

    def __init__(self, *, allow_writes: bool, per_minute: float) -> None:
        super().__init__()
        self.allow_writes = allow_writes
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self._lock = threading.Lock()
        self._next = 0.0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        method = (request.method or "").upper()
        if not self.allow_writes and method not in READ_METHODS:
            raise WriteRefusedError(
                f"refused to send {method} {request.url}: the live contract suite is read-only "
                f"(set {WRITES_ENV}=1 to allow writes)"
            )
        self._pace()
        response: requests.Response = super().send(request, **kwargs)
        return response

    def _pace(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            # Pacing requests to stay under the server's rate limit, not waiting for test state.
            time.sleep(wait)


def guard(case: AnyCase, *, allow_writes: bool) -> None:
    """Stop the run before a write is sent (see the module docstring)."""
    if not allow_writes and case.method.upper() not in READ_METHODS:
        _stop(f"{case.method.upper()} {case.formatted_path}")


def _stop(what: str) -> NoReturn:
    pytest.exit(
        f"live contract suite: refusing to send {what}, which is not a read; stopping the run "
        f"(set {WRITES_ENV}=1 to allow writes)",
        returncode=3,
    )


def read_only(schema: OpenApiSchema) -> OpenApiSchema:
    """`schema` without its write operations (via `exclude`; see inprocess.only for why)."""
    narrowed = schema.exclude(func=lambda context: context.operation.method.upper() not in READ_METHODS)
    return cast(OpenApiSchema, narrowed)


@dataclass(frozen=True)
class LiveTarget:
    base_url: str  # the API base, e.g. https://app.hex.tech/api
    token: str
    allow_writes: bool
    session: ReadOnlySession

    def get(self, path: str, params: Mapping[str, str]) -> tuple[int, Any]:
        response = self.session.get(
            f"{self.base_url}{path}", params=dict(params), headers={"Authorization": f"Bearer {self.token}"}
        )
        try:
            return response.status_code, response.json() if response.content else None
        except ValueError:
            return response.status_code, None


def target_from_env(environ: Mapping[str, str] = os.environ) -> LiveTarget | None:
    url, token = environ.get(URL_ENV), environ.get(TOKEN_ENV)
    if not url or not token:
        return None
    rate = float(environ.get(RATE_ENV) or DEFAULT_RATE)
    allow = environ.get(WRITES_ENV, "") == "1"
    return LiveTarget(api_base(url), token, allow, ReadOnlySession(allow_writes=allow, per_minute=rate))


def load_live_schema(target: LiveTarget, *, profile: Profile | None = None) -> OpenApiSchema:
    """The curated spec pointed at `target`: reads only unless writes are allowed, ids and cursors
    drawn from the target itself (through GETs), credentials masked in failure output."""
    profile = profile or active_profile()
    config = build_config(
        base_url=target.base_url,
        token=target.token,
        profile=profile,
        seed=active_seed(),
        max_examples=profile.live_max_examples,
        sanitize=True,
        # No "does this URL refuse other methods?" probes: against a read-only target those are writes.
        unexpected_methods=None if target.allow_writes else [],
    )
    schema = schemathesis.openapi.from_path(SPEC, config=config)
    get: Get = target.get
    install(schema, Repair(discover(get), CursorMint(get), lookup=get))
    return schema if target.allow_writes else read_only(schema)
