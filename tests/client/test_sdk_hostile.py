"""Whatever a server answers becomes the right exception with the raw body kept (never KeyError, never
None): a tiny ASGI app serves Hex's envelopes, plain text, HTML, JSON of the wrong shape and nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from hex_api_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncHex,
    AuthenticationError,
    ConflictError,
    Hex,
    HexAPIError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from tests.client.conftest import ASYNC, SYNC, Sdk
from tests.client.support import WEEKLY

pytestmark = pytest.mark.anyio

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


class Scripted:
    """An ASGI app answering each request with the next scripted (status, headers, body)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.paths: list[str] = []

    async def __call__(
        self,
        scope: Scope,
        _receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        assert scope["type"] == "http"
        self.paths.append(scope["path"])
        status, headers, body = self.answers.pop(0)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def json_answer(status: int, body: bytes, *extra: tuple[bytes, bytes]) -> Answer:
    return status, [(b"content-type", b"application/json"), *extra], body


@pytest.fixture(params=[SYNC, ASYNC])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sdk_on(flavour: str, handler: Any, slept: list[float] | None = None, **options: Any) -> Sdk:
    """The flavour's client on an ASGI app (or on a ready httpx client); its sleeps go to `slept`."""
    settings: dict[str, Any] = {"base_url": "http://hex.test", "max_retries": 0} | options
    record = slept if slept is not None else []
    if flavour == SYNC:
        http = handler if isinstance(handler, httpx.Client) else TestClient(handler)
        return Sdk(SYNC, Hex("token", http_client=http, sleep=record.append, **settings))

    async def sleep(seconds: float) -> None:
        record.append(seconds)

    http_async = handler if isinstance(handler, httpx.AsyncClient) else None
    if http_async is None:
        http_async = httpx.AsyncClient(transport=httpx.ASGITransport(app=handler))
    return Sdk(ASYNC, AsyncHex("token", http_client=http_async, sleep=sleep, **settings))


async def raised_by(flavour: str, *answers: Answer, **options: Any) -> HexAPIError:
    sdk = sdk_on(flavour, Scripted(*answers), **options)
    with pytest.raises(HexAPIError) as raised:
        await sdk.call(sdk.client.projects.get(WEEKLY))
    return raised.value


async def test_plain_text_401_from_an_edge(flavour: str) -> None:
    error = await raised_by(
        flavour, (401, [(b"content-type", b"text/plain"), (b"www-authenticate", b"Bearer")], b"Unauthorized")
    )
    assert isinstance(error, AuthenticationError)
    assert (error.status_code, error.message, error.body, error.code) == (
        401,
        "401 Unauthorized",
        b"Unauthorized",
        None,
    )


async def test_newer_envelope_with_issues_and_a_trace_header(flavour: str) -> None:
    body = b'{"code":"CONFLICT","message":"Already exists","issues":[{"path":"title"}]}'
    error = await raised_by(flavour, json_answer(409, body, (b"x-trace-id", b"trace-1")))
    assert isinstance(error, ConflictError)
    assert (error.code, error.issues, error.trace_id) == ("CONFLICT", [{"path": "title"}], "trace-1")
    assert "Already exists" in str(error)
    assert "trace-1" in str(error)


async def test_original_envelope(flavour: str) -> None:
    error = await raised_by(flavour, json_answer(404, b'{"reason":"Not found","details":"x","traceId":"t"}'))
    assert isinstance(error, NotFoundError)
    assert (error.reason, error.details, error.trace_id) == ("Not found", "x", "t")


@pytest.mark.parametrize(
    "answer",
    [
        (502, [(b"content-type", b"text/html")], b"<html><body>Bad gateway</body></html>"),
        json_answer(500, b'{"error": {"nested": true}}'),
        json_answer(500, b"[1, 2, 3]"),
        json_answer(500, b"{not json"),
        (500, [], b""),
    ],
    ids=["html", "unknown-json-shape", "json-list", "broken-json", "empty"],
)
async def test_any_5xx_body_is_an_internal_server_error_with_the_raw_body(
    flavour: str, answer: Answer
) -> None:
    error = await raised_by(flavour, answer)
    assert isinstance(error, InternalServerError)
    assert error.body == answer[2]
    assert error.code is None
    assert error.issues == []
    assert "<html>" not in str(error)


async def test_an_unknown_4xx_is_an_api_status_error(flavour: str) -> None:
    error = await raised_by(flavour, json_answer(418, b'{"message":"teapot"}'))
    assert type(error) is APIStatusError
    assert error.status_code == 418


async def test_retry_after_as_an_http_date_is_honoured(flavour: str) -> None:
    slept: list[float] = []
    app = Scripted(
        json_answer(
            429,
            b'{"reason":"slow down"}',
            (b"retry-after", b"Wed, 21 Oct 2015 07:28:30 GMT"),
            (b"date", b"Wed, 21 Oct 2015 07:28:00 GMT"),
        ),
        json_answer(429, b'{"reason":"slow down"}', (b"retry-after", b"7")),
        json_answer(200, b'{"unexpected": "shape"}'),
    )
    sdk = sdk_on(flavour, app, slept, max_retries=2)

    with pytest.raises(APIResponseValidationError) as raised:
        await sdk.call(sdk.client.projects.get(WEEKLY))
    assert slept == [30.0, 7.0]
    assert raised.value.body == b'{"unexpected": "shape"}'


async def test_a_429_past_the_retries_keeps_its_retry_after(flavour: str) -> None:
    error = await raised_by(flavour, json_answer(429, b'{"reason":"slow"}', (b"retry-after", b"12")))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


async def test_a_web_page_where_the_api_should_be_fails_loudly(flavour: str) -> None:
    page = b"<!doctype html><title>Hex</title>"
    error = await raised_by(flavour, (200, [(b"content-type", b"text/html")], page))
    assert isinstance(error, APIResponseValidationError)
    assert "base_url" in str(error)
    assert error.body == page


async def test_requests_go_to_the_api_root_whatever_form_base_url_took(flavour: str) -> None:
    for base_url in ("http://hex.test", "http://hex.test/", "http://hex.test/api", "http://hex.test/api/v1/"):
        app = Scripted(json_answer(404, b'{"reason":"Not found"}'))
        sdk = sdk_on(flavour, app, base_url=base_url)
        with pytest.raises(NotFoundError):
            await sdk.call(sdk.client.projects.get(WEEKLY))
        assert app.paths == [f"/api/v1/projects/{WEEKLY}"]


async def test_a_refused_connection_is_retried_then_raised(flavour: str) -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    async def refuse_async(request: httpx.Request) -> httpx.Response:
        return refuse(request)

    if flavour == SYNC:
        http: Any = httpx.Client(transport=httpx.MockTransport(refuse))
    else:
        http = httpx.AsyncClient(transport=httpx.MockTransport(refuse_async))
    slept: list[float] = []
    sdk = sdk_on(flavour, http, slept, max_retries=2)
    with pytest.raises(APIConnectionError) as raised:
        await sdk.call(sdk.client.runs.create(WEEKLY))  # never sent, so safe to retry even a run
    assert len(attempts) == 3
    assert not raised.value.may_have_reached_server
    # Exponential backoff with up to 25% jitter: about 0.5 s, then about 1 s.
    assert 0.375 <= slept[0] <= 0.5
    assert 0.75 <= slept[1] <= 1.0
