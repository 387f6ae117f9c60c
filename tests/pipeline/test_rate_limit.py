"""Per-token rate limits on the workspace clock: exact counts, Retry-After, window reset."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from hex_mock.clock import ManualClock
from hex_mock.errors import HexError
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, RateLimiter, RateLimits
from hex_mock.rate_limit_groups import Budget, budget
from hex_mock.spec import load_spec
from hex_mock.store import Token, Workspace
from tests.pipeline.conftest import ADMIN_ID, PERSONAL, PROJECT_ID, AppFactory, ClientFactory, bearer

RUN = f"/api/v1/projects/{PROJECT_ID}/runs"
TOKEN = Token(
    secret="hxtp_one", kind="personal", user_id=ADMIN_ID, scopes=frozenset(), created_at=ManualClock().now()
)
OTHER = Token(
    secret="hxtp_two", kind="personal", user_id=ADMIN_ID, scopes=frozenset(), created_at=ManualClock().now()
)
LEGACY_RUN = f"/api/v1/project/{PROJECT_ID}/run"


KERNEL: Budget = ((20, 60.0), (60, 3600.0))


def retry_after(limiter: RateLimiter, clock: ManualClock, group: str = "hex-run-kernel") -> int:
    with pytest.raises(HexError) as caught:
        limiter.check(group, TOKEN, clock.now())
    assert caught.value.status == 429
    return int(caught.value.headers["Retry-After"])


def test_minute_limit_is_exact_and_resets_as_the_window_slides() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"hex-run-kernel": KERNEL})
    for _ in range(20):
        limiter.check("hex-run-kernel", TOKEN, clock.now())
    assert retry_after(limiter, clock) == 60
    clock.advance(59.5)
    assert retry_after(limiter, clock) == 1  # rounded up: never tell a client to retry too early
    clock.advance(0.5)
    limiter.check("hex-run-kernel", TOKEN, clock.now())  # all 20 left the window together


def test_sliding_window_frees_slots_one_by_one() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"g": ((2, 10.0),)})
    limiter.check("g", TOKEN, clock.now())
    clock.advance(4)
    limiter.check("g", TOKEN, clock.now())
    assert retry_after(limiter, clock, "g") == 6  # the first request leaves the window at t=10
    clock.advance(6)
    limiter.check("g", TOKEN, clock.now())
    assert retry_after(limiter, clock, "g") == 4  # the second leaves at t=14


def test_hour_limit_applies_beside_the_minute_limit() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"hex-run-kernel": KERNEL})
    for _ in range(3):
        for _ in range(20):
            limiter.check("hex-run-kernel", TOKEN, clock.now())
        clock.advance(60)
    # 60 runs in the last hour: the minute window is free again, the hour window is not.
    assert retry_after(limiter, clock) == 3600 - 180
    clock.advance(3600 - 180)
    limiter.check("hex-run-kernel", TOKEN, clock.now())


def test_rejected_requests_do_not_count() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"g": ((1, 10.0),)})
    limiter.check("g", TOKEN, clock.now())
    for _ in range(5):
        retry_after(limiter, clock, "g")
    clock.advance(10)
    limiter.check("g", TOKEN, clock.now())


def test_limits_are_per_token_and_per_group() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"g": ((1, 10.0),), "h": ((1, 10.0),)})
    limiter.check("g", TOKEN, clock.now())
    limiter.check("g", OTHER, clock.now())
    limiter.check("h", TOKEN, clock.now())
    for _ in range(100):
        limiter.check("unbudgeted", TOKEN, clock.now())
        limiter.check(None, TOKEN, clock.now())  # an operation that names no group


def test_a_changed_budget_counts_the_requests_already_admitted() -> None:
    clock = ManualClock()
    limiter = RateLimiter({"g": ((3, 60.0),)})
    for _ in range(2):
        limiter.check("g", TOKEN, clock.now())
    limiter.set_budget("g", ((2, 60.0), (10, 3600.0)))
    assert retry_after(limiter, clock, "g") == 60
    limiter.set_budget("g", ())  # unlimited
    limiter.check("g", TOKEN, clock.now())


def test_budgets_resolve_from_the_spec_defaults_and_overrides() -> None:
    defaults = {"hex-api": ((30, 60.0), (1800, 3600.0)), "hex-run-kernel": KERNEL}
    assert DEFAULT_RATE_LIMITS.resolve(defaults) == defaults
    assert NO_RATE_LIMITS.resolve(defaults) == {}
    overridden = RateLimits(overrides={"hex-api": ((100, 60.0),)}).resolve(defaults)
    assert overridden == {"hex-api": ((100, 60.0),), "hex-run-kernel": KERNEL}


def test_budget_reads_the_spec_figures_and_refuses_bad_ones() -> None:
    assert budget({"perMinute": 30, "perHour": 1800}, where="g") == ((30, 60.0), (1800, 3600.0))
    assert budget({"perMinute": 3, "description": "x"}, where="g") == ((3, 60.0),)
    assert budget({"perMinute": None}, where="g") == ()
    for bad in ({"perMinute": 0}, {"perMinute": "30"}, {"perMinute": True}, {"perDay": 5}):
        with pytest.raises(ValueError, match="g"):
            budget(bad, where="g")


def test_the_project_spec_defines_every_group_hex_documents() -> None:
    budgets = load_spec().rate_limit_budgets
    assert budgets["hex-api"] == ((30, 60.0), (1800, 3600.0))
    assert budgets["hex-api-30rpm"] == ((30, 60.0),)
    assert budgets["hex-chart-image"] == ((20, 60.0),)
    assert budgets["hex-semantic-ingest"] == ((3, 60.0),)
    assert budgets["hex-run-kernel"] == KERNEL  # our choice: Hex gives no figures
    assert all(operation.rate_limit_group in budgets for operation in load_spec().operations)


# --- Through the app ------------------------------------------------------------------------------------


def test_run_project_and_its_legacy_path_share_one_budget(make_client: ClientFactory) -> None:
    client = make_client(rate_limits=DEFAULT_RATE_LIMITS)
    for index in range(20):
        url = RUN if index % 2 else LEGACY_RUN
        assert client.post(url).status_code == 201
    response = client.post(LEGACY_RUN)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "60"
    body = response.json()
    assert (body["reason"], body["details"]) == (
        "Rate limit exceeded",
        "hex-run-kernel: at most 20 requests per 60 seconds",
    )
    assert client.post(RUN).status_code == 429


def test_limit_resets_when_the_clock_moves(make_client: ClientFactory, clock: ManualClock) -> None:
    client = make_client(rate_limits=RateLimits(overrides={"hex-api": ((3, 60.0),)}))
    url = f"/api/v1/projects/{PROJECT_ID}"
    for _ in range(3):
        assert client.get(url).status_code == 200
    clock.advance(15)
    limited = client.get(url)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "45"
    assert limited.json()["code"] == "TOO_MANY_REQUESTS"  # GetProject's envelope
    clock.advance(45)
    assert client.get(url).status_code == 200


def test_another_token_has_its_own_budget(make_client: ClientFactory, workspace: Workspace) -> None:
    limits = RateLimits(overrides={"hex-api": ((1, 60.0),)})
    first = make_client(rate_limits=limits)
    url = f"/api/v1/projects/{PROJECT_ID}"
    assert first.get(url).status_code == 200
    assert first.get(url).status_code == 429
    other = workspace.issue_token(ADMIN_ID)
    assert other.secret is not None
    assert first.get(url, headers=bearer(other.secret)).status_code == 200


def test_invalid_requests_do_not_use_the_budget(make_client: ClientFactory) -> None:
    limited = make_client(rate_limits=RateLimits(overrides={"hex-api": ((1, 60.0),)}))
    for _ in range(3):
        assert limited.get("/api/v1/projects/not-a-uuid").status_code == 400
    assert limited.get(f"/api/v1/projects/{PROJECT_ID}").status_code == 200


def test_limit_is_exact_under_concurrency(make_app: AppFactory) -> None:
    app = make_app(rate_limits=DEFAULT_RATE_LIMITS)

    async def burst() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://mock.test", headers=bearer(PERSONAL)
        ) as client:
            # Bodies make every request await while reading, so the requests really interleave.
            responses = await asyncio.gather(*(client.post(RUN, json={"dryRun": True}) for _ in range(50)))
        return [response.status_code for response in responses]

    statuses = asyncio.run(burst())
    assert statuses.count(201) == 20
    assert statuses.count(429) == 30
