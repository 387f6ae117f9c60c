"""The client's pure parts: base URLs, the token, pacing windows and which failures are retried."""

from __future__ import annotations

import httpx
import pytest

from hex_api_client import Hex, HexAPIError, InternalServerError
from hex_api_client._runtime.client import api_root
from hex_api_client._runtime.pacing import Pacer
from hex_api_client._runtime.pagination import next_page_kwargs
from hex_api_client._runtime.retries import RetryPolicy
from hex_api_client.operations import OPERATIONS, RATE_LIMIT_GROUPS


@pytest.mark.parametrize(
    ("base_url", "root"),
    [
        ("https://app.hex.tech", "https://app.hex.tech/api"),
        ("https://app.hex.tech/", "https://app.hex.tech/api"),
        ("https://app.hex.tech/api", "https://app.hex.tech/api"),
        ("https://app.hex.tech/api/v1", "https://app.hex.tech/api"),
        ("http://127.0.0.1:8000/api/v1/", "http://127.0.0.1:8000/api"),
        ("https://hex.example.com/tenant", "https://hex.example.com/tenant/api"),
    ],
)
def test_base_url_is_normalised_to_the_api_root(base_url: str, root: str) -> None:
    assert api_root(base_url) == root


@pytest.mark.parametrize("base_url", ["app.hex.tech", "ftp://app.hex.tech", "https://"])
def test_a_base_url_that_is_no_http_origin_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        api_root(base_url)


def test_the_token_comes_from_the_environment_when_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEX_API_TOKEN", "hxtp_from_env")
    assert Hex().settings.headers["Authorization"] == "Bearer hxtp_from_env"
    monkeypatch.delenv("HEX_API_TOKEN")
    with pytest.raises(HexAPIError, match="HEX_API_TOKEN"):
        Hex()


def test_pacing_fills_the_minute_window_then_waits_for_its_oldest_send() -> None:
    pacer = Pacer()
    group = RATE_LIMIT_GROUPS["hex-run-kernel"]  # 20 a minute, 60 an hour
    assert [pacer.reserve(group, 100.0 + n) for n in range(20)] == [0.0] * 20
    assert pacer.reserve(group, 120.0) == pytest.approx(40.0)  # the first send (at 100) leaves at 160
    assert pacer.reserve(group, 120.0) == pytest.approx(41.0)  # reservations queue behind each other


def test_pacing_honours_the_hour_window_too() -> None:
    pacer = Pacer()
    group = RATE_LIMIT_GROUPS["hex-run-kernel"]
    for minute in range(3):
        for n in range(20):
            assert pacer.reserve(group, minute * 60.0 + n) == 0.0
    assert pacer.reserve(group, 180.0) == pytest.approx(3600.0 - 180.0)


def test_every_operation_paces_under_a_declared_group() -> None:
    assert {operation.rate_limit_group.name for operation in OPERATIONS.values()} <= set(RATE_LIMIT_GROUPS)
    assert OPERATIONS["RunProject"].rate_limit_group.per_minute == 20
    assert OPERATIONS["RunProject"].idempotent is False
    assert OPERATIONS["GetRunStatus"].idempotent is True


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "http://hex.test/api/v1/x"))


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_operations_retry_every_retried_status(status: int) -> None:
    assert 0 < RetryPolicy().delay_or_raise(response(status), OPERATIONS["GetProject"], 0) <= 0.5


@pytest.mark.parametrize(
    ("status", "retried"), [(408, True), (429, True), (503, True), (500, False), (504, False)]
)
def test_a_run_is_resent_only_when_the_server_said_it_did_nothing(status: int, retried: bool) -> None:
    policy = RetryPolicy()
    if retried:
        assert policy.delay_or_raise(response(status), OPERATIONS["RunProject"], 0) > 0
    else:
        with pytest.raises(InternalServerError):
            policy.delay_or_raise(response(status), OPERATIONS["RunProject"], 0)


def test_backoff_doubles_up_to_its_cap() -> None:
    policy = RetryPolicy(max_retries=10)
    delays = [policy.backoff(attempt) for attempt in range(6)]
    for attempt, delay in enumerate(delays):
        ceiling = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * ceiling <= delay <= ceiling


def test_a_backward_page_walk_sends_the_before_cursor_alone() -> None:
    operation = OPERATIONS["GetThreadMessages"]
    page = httpx.Response(200, json={"content": [], "pagination": {"after": "newer", "before": "older"}})

    following = next_page_kwargs(operation, {"params": {"after": "start", "limit": 2}}, page, 2)

    assert following == {"params": {"before": "older", "limit": 2}}
