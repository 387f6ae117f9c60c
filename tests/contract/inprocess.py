"""The in-process target: schemathesis driving a HexMock's ASGI app directly, no sockets.

Requests are addressed to `BASE_URL`, the address `make serve` listens on, so the curl command a
failure prints replays as is against a freshly started `make serve`: the same demo workspace and
seed, and every example here starts from a freshly reset mock too.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS
from tests.contract.config import build_config
from tests.contract.profiles import Profile, active_profile, active_seed
from tests.contract.repair import Repair, install
from tests.contract.world import CursorMint, Get, World, discover

with warnings.catch_warnings():
    # As in hex_mock/pytest_plugin.py: Starlette prefers httpx2 for its TestClient; httpx is fine here.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

BASE_URL = "http://127.0.0.1:8000/api"
TOKEN = "hxtp_demo_ana_admin"  # the demo admin (hex_mock/demo.yaml): a public, made-up credential


def fresh_mock(*, validate_responses: bool) -> HexMock:
    # Unlimited: the suites send far more than a minute's budget on one manual clock.
    return HexMock(fixtures="demo", seed=0, validate_responses=validate_responses, rate_limits=NO_RATE_LIMITS)


def admin_get(mock: HexMock) -> Get:
    """GET requests to `mock`, as the demo admin."""
    client = TestClient(mock.app, base_url=BASE_URL.removesuffix("/api"))
    headers = {"Authorization": f"Bearer {TOKEN}"}

    def get(path: str, params: Mapping[str, str]) -> tuple[int, Any]:
        response = client.get(f"/api{path}", params=dict(params), headers=headers)
        return response.status_code, response.json() if response.content else None

    return get


def demo_world() -> tuple[World, CursorMint]:
    """Ids and cursors of the demo workspace, read from a scratch mock identical to a reset one."""
    get = admin_get(fresh_mock(validate_responses=False))
    return discover(get), CursorMint(get)


@dataclass(frozen=True)
class Contract:
    mock: HexMock
    schema: OpenApiSchema
    repair: Repair


def load_schema(mock: HexMock, *, max_examples: int, profile: Profile | None = None) -> Contract:
    """The spec as the mock serves it, bound to the mock's app, with the contract config and hooks."""
    config = build_config(
        base_url=BASE_URL,
        token=TOKEN,
        profile=profile or active_profile(),
        seed=active_seed(),
        max_examples=max_examples,
        sanitize=False,  # the demo token is public; the curl commands then replay as printed
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", mock.app, config=config)
    repair = Repair(*demo_world(), lookup=admin_get(mock))
    install(schema, repair)
    return Contract(mock, schema, repair)


def only(schema: OpenApiSchema, operation_ids: Iterable[str]) -> OpenApiSchema:
    """`schema` narrowed to `operation_ids`.

    Through `exclude`, not `include`: with `[[operations]]` entries in the config (config.py's
    exceptions), schemathesis 4 seeds the filter set with an include-everything filter, and further
    includes are OR-ed with it, so `include(operation_id=...)` would select every operation.
    """
    wanted = frozenset(operation_ids)
    narrowed = schema.exclude(
        func=lambda context: context.operation.definition.raw.get("operationId") not in wanted
    )
    return cast(OpenApiSchema, narrowed)
