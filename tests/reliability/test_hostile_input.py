"""Hostile input gets a clear 4xx in the operation's error envelope: never a 5xx, never a hang.

Most cases call the app as ASGI (hex_mock.testing's `call_asgi`, so bytes reach it exactly as
written); the ones the HTTP server sees first (raw invalid UTF-8, CR/LF in headers, request-line
limits, stalled bodies) go over a raw socket to the mock served by uvicorn.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import Iterator, MutableMapping
from typing import Any

import pytest

from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS
from hex_mock.testing import Reply, Request, ThreadServer, call_asgi, raw_exchange, reply_status
from hex_mock.validation import DEFAULT_MAX_BODY_BYTES, MAX_BODY_DEPTH
from tests.resources.demo_ids import WEEKLY

ADMIN = (b"authorization", b"Bearer hxtp_demo_ana_admin")
JSON = (b"content-type", b"application/json")
HEX_MD = "4b3a2918-0f7e-4d6c-9b5a-483726150f9e"


@pytest.fixture(scope="module")
def mock() -> HexMock:
    # Hundreds of requests on one manual clock: budgets are tests/reliability/test_limits.py's subject.
    return HexMock(fixtures="demo", validate_responses=True, rate_limits=NO_RATE_LIMITS)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    running = asyncio.new_event_loop()
    yield running
    running.close()


def send(
    mock: HexMock,
    loop: asyncio.AbstractEventLoop,
    method: str,
    target: bytes,
    body: bytes = b"",
    headers: tuple[tuple[bytes, bytes], ...] = (ADMIN, JSON),
) -> Reply:
    raw_path, _, query = target.partition(b"?")
    return loop.run_until_complete(call_asgi(mock.app, Request(method, raw_path, query, list(headers), body)))


def refused(reply: Reply, *statuses: int) -> str:
    """The reply is one of `statuses` (all 4xx) with a JSON error envelope (a 401: Hex's plain
    text); returns its text."""
    assert reply.status in statuses, f"{reply.status}: {reply.body[:300]!r}"
    assert 400 <= reply.status < 500
    if reply.status == 401:
        assert reply.body == b"Unauthorized"
        return reply.body.decode()
    body = json.loads(reply.body)
    assert ("reason" in body) or ("code" in body and "message" in body), body
    return reply.body.decode()


def guide(contents: str | None = None, path: str = "notes.md", *, ascii_only: bool = True) -> bytes:
    files = [{"filePath": path, "contents": "x" if contents is None else contents}]
    return json.dumps({"files": files}, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


# --- bodies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b'{"name": ', b'{"name": "x"} trailing', b"{'name': 'x'}", b'{"name": "x",}', b"\x00", b"["],
)
def test_malformed_json_is_400(mock: HexMock, loop: asyncio.AbstractEventLoop, body: bytes) -> None:
    assert "not valid JSON" in refused(send(mock, loop, "POST", b"/api/v1/groups", body), 400)


@pytest.mark.parametrize(
    "content_type",
    [b"text/plain", b"", b"multipart/form-data; boundary=x", b"application/x-www-form-urlencoded", b"json"],
)
def test_a_body_that_is_not_declared_json_is_refused(
    mock: HexMock, loop: asyncio.AbstractEventLoop, content_type: bytes
) -> None:
    headers = (ADMIN, (b"content-type", content_type))
    reply = send(mock, loop, "POST", b"/api/v1/groups", b'{"name": "x"}', headers)
    assert "must be application/json" in refused(reply, 400, 415)


def test_a_json_body_with_a_charset_is_accepted(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    headers = (ADMIN, (b"content-type", b"application/json; charset=utf-8"))
    assert send(mock, loop, "POST", b"/api/v1/groups", b'{"name": "x"}', headers).status == 201


def test_a_body_above_the_limit_is_413_before_it_is_read(
    mock: HexMock, loop: asyncio.AbstractEventLoop
) -> None:
    declared = (ADMIN, JSON, (b"content-length", str(DEFAULT_MAX_BODY_BYTES + 1).encode()))
    reply = send(mock, loop, "POST", b"/api/v1/groups", b"{}", declared)
    assert f"at most {DEFAULT_MAX_BODY_BYTES} bytes" in refused(reply, 413)
    # Without a Content-Length (chunked), counted as it arrives.
    big = b'{"name": "' + b"a" * DEFAULT_MAX_BODY_BYTES + b'"}'
    assert refused(send(mock, loop, "POST", b"/api/v1/groups", big), 413)
    declared = (ADMIN, JSON, (b"content-length", b"-1"))
    assert refused(send(mock, loop, "POST", b"/api/v1/groups", b"{}", declared), 400)


@pytest.mark.parametrize("char", ["a", "é", "€", "😀"], ids=["ascii", "2-byte", "3-byte", "4-byte"])
@pytest.mark.parametrize("escaped", [False, True], ids=["raw-utf8", "json-escaped"])
def test_guides_of_100000_characters_are_accepted(
    mock: HexMock, loop: asyncio.AbstractEventLoop, char: str, escaped: bool
) -> None:
    body = guide(char * 100_000, ascii_only=escaped)
    assert len(body) <= DEFAULT_MAX_BODY_BYTES
    reply = send(mock, loop, "PUT", b"/api/v1/guides/draft", body)
    assert reply.status == 200, reply.body[:300]
    [written] = json.loads(reply.body)["files"]
    assert mock.workspace.guides.get(written["id"]).draft_contents == char * 100_000  # type: ignore[union-attr]
    too_long = send(mock, loop, "PUT", b"/api/v1/guides/draft", guide(char * 100_001, ascii_only=escaped))
    assert "at most 100000 characters" in refused(too_long, 400, 422)


def test_nesting_is_refused_past_the_limit(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    def nested(depth: int) -> bytes:  # `depth` levels in all, the group's body object included
        inner = depth - 3
        return b'{"name": "x", "members": {"users": [' + b"[" * inner + b"]" * inner + b"]}}"

    within = send(mock, loop, "POST", b"/api/v1/groups", nested(MAX_BODY_DEPTH))
    assert "nested" not in refused(within, 400, 422)  # refused by the schema, not for its depth
    deeper = send(mock, loop, "POST", b"/api/v1/groups", nested(MAX_BODY_DEPTH + 1))
    assert f"more than {MAX_BODY_DEPTH} levels" in refused(deeper, 400)
    for depth in (1_000, 100_000, 1_000_000):
        assert "nested" in refused(send(mock, loop, "POST", b"/api/v1/groups", b"[" * depth), 400)


def test_a_large_array_of_bad_items_is_refused(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    # 690,000 bad members: every one used to become a ValidationError (20 s, gigabytes; the time is
    # measured by `make reliability`, never asserted here).
    body = b'{"name": "x", "members": {"users": [' + b",".join([b"{}"] * 690_000) + b"]}}"
    text = refused(send(mock, loop, "POST", b"/api/v1/groups", body), 422)
    assert "must have at most 100 items" in text
    # Nor does the journal keep 690,000 objects per such request: a full journal would hold gigabytes.
    assert mock.journal("CreateGroup")[-1].body == f"[not kept: {len(body)} bytes]"
    send(mock, loop, "POST", b"/api/v1/groups", b'{"name": "kept"}')
    assert mock.journal("CreateGroup")[-1].body == {"name": "kept"}


def test_many_guide_files_are_accepted_in_one_upsert(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    # The duplicate-path check used to be quadratic (16 s for these); `make reliability` times it.
    files = [{"filePath": f"bulk/{index}.md", "contents": ""} for index in range(40_000)]
    reply = send(mock, loop, "PUT", b"/api/v1/guides/draft", json.dumps({"files": files}).encode())
    assert reply.status == 200


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"inputParams": {"min_orders": 1e400}}', "out of range"),
        (b'{"inputParams": {"min_orders": -1e400}}', "out of range"),
        (b'{"inputParams": {"min_orders": NaN}}', "NaN is not valid JSON"),
        (b'{"inputParams": {"min_orders": Infinity}}', "Infinity is not valid JSON"),
        (b'{"inputParams": {"min_orders": ' + b"9" * 5000 + b"}}", "4300 digits"),
    ],
)
def test_numbers_json_cannot_carry_back_are_400(
    mock: HexMock, loop: asyncio.AbstractEventLoop, body: bytes, problem: str
) -> None:
    reply = send(
        mock, loop, "POST", f"/api/v1/projects/{WEEKLY}/runs".encode(), b'{"dryRun": true, ' + body[1:]
    )
    assert problem in refused(reply, 400)


def test_overlong_strings_are_bounded_by_the_body_limit(
    mock: HexMock, loop: asyncio.AbstractEventLoop
) -> None:
    # Hex documents no maximum for a group name: the body limit is what bounds it.
    long_name = json.dumps({"name": "n" * (DEFAULT_MAX_BODY_BYTES + 10)}).encode()
    assert refused(send(mock, loop, "POST", b"/api/v1/groups", long_name), 413)


@pytest.mark.parametrize("body", [b'{"name": "\xff\xfe"}', b'{"name": "\xc3"}', b'{"name": "\xed\xa0\x80"}'])
def test_invalid_utf8_in_a_body_is_400(mock: HexMock, loop: asyncio.AbstractEventLoop, body: bytes) -> None:
    assert "not valid UTF-8" in refused(send(mock, loop, "POST", b"/api/v1/groups", body), 400)


@pytest.mark.parametrize("escape", [b"\\ud800", b"\\udfff", b"\\udc00\\ud83d", b"x\\uD834"])
def test_lone_surrogates_are_400(mock: HexMock, loop: asyncio.AbstractEventLoop, escape: bytes) -> None:
    # Valid JSON, not Unicode: stored, it broke every later reply that encoded it as UTF-8.
    reply = send(mock, loop, "POST", b"/api/v1/groups", b'{"name": "' + escape + b'"}')
    assert "lone UTF-16 surrogate" in refused(reply, 400)
    paired = send(mock, loop, "POST", b"/api/v1/groups", b'{"name": "\\ud83d\\ude00"}')
    assert paired.status == 201


def test_a_null_body_is_refused(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    refused(send(mock, loop, "POST", b"/api/v1/groups", b"null"), 400, 422)


# --- paths, ids and queries ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        b"/api/v1/projects/%ff%fe",
        b"/api/v1/projects/\xff\xfe",
        b"/api/v1/projects/%00",
        b"/api/v1/projects/..",
        b"/api/v1/projects/%2e%2e",
        b"/api/v1/projects/%2E%2E/users",
        b"/api/v1/projects/../users/me",
        b"/api/v1/projects/" + WEEKLY.encode() + b"%2fruns",
        b"/api/v1/projects/" + WEEKLY.encode() + b"%2F..%2F..%2Fusers",
        b"/api/v1/cells/..%2f..%2fusers%2fme",
        b"/api/v1/guides/draft/..",
        b"/api/v1/guides/draft/%2e%2e%2fpublish",
        b"/api/v1/groups/" + b"a" * 100_000,
        b"/api/v1//projects",
        b"/api/v1/projects/",
    ],
)
def test_path_tricks_in_ids_are_4xx(mock: HexMock, loop: asyncio.AbstractEventLoop, target: bytes) -> None:
    for method in ("GET", "DELETE", "PATCH"):
        refused(send(mock, loop, method, target, b"{}"), 400, 404, 405, 422)


@pytest.mark.parametrize(
    "path",
    [
        "../secrets.md",
        "a/../../b.md",
        "%2e%2e/secrets.md",
        "a%2f..%2fb.md",
        "a%2Fb.md",
        "a\u0000.md",
        "a\nb.md",
        "\u2024\u2024/b.md",  # ONE DOT LEADER, NFKC '.'
        "a\uff0fb.md",  # FULLWIDTH SOLIDUS, NFKC '/'
        "/etc/passwd.md",
        "a\\b.md",
        "./a.md",
        "a//b.md",
        "a.md/",
    ],
)
def test_path_tricks_in_guide_file_paths_are_refused(
    mock: HexMock, loop: asyncio.AbstractEventLoop, path: str
) -> None:
    text = refused(send(mock, loop, "PUT", b"/api/v1/guides/draft", guide(path=path)), 422)
    assert "filePath: does not match the spec's pattern" in text


@pytest.mark.parametrize(
    "target",
    [
        b"/api/v1/groups?sortBy=%ff",
        b"/api/v1/groups?after=%ff%fe",
        b"/api/v1/groups?limit=%00",
        b"/api/v1/groups?after=" + b"a" * 1_000_000,
        b"/api/v1/groups?limit=" + b"9" * 5000,
        b"/api/v1/groups?limit=1&limit=2",
        b"/api/v1/users?userIds=" + b"%ff," * 10_000,
    ],
)
def test_bad_query_strings_are_400(mock: HexMock, loop: asyncio.AbstractEventLoop, target: bytes) -> None:
    refused(send(mock, loop, "GET", target), 400)


@pytest.mark.parametrize("nesting", [b"[" * 100_000, b"%5B" * 100_000])
def test_a_source_locator_nested_too_deeply_matches_no_guide(
    mock: HexMock, loop: asyncio.AbstractEventLoop, nesting: bytes
) -> None:
    # Not a readable locator, so it names no source (ListDraftGuides' `externalSource`): an empty page.
    reply = send(mock, loop, "GET", b"/api/v1/guides/draft/list?externalSource=" + nesting)
    assert reply.status == 200
    assert json.loads(reply.body)["values"] == []


def test_thousands_of_query_parameters_are_answered_quickly(
    mock: HexMock, loop: asyncio.AbstractEventLoop
) -> None:
    target = b"/api/v1/groups?" + b"&".join(b"x%d=1" % index for index in range(50_000))
    assert send(mock, loop, "GET", target).status == 200  # undeclared parameters are ignored, as on Hex


# --- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        b"Bearer \xff\xfe",
        b"Bearer " + b"a" * 100_000,
        b"Bearer \x00",
        b"Bearer a\r\nX-Injected: 1",
        b"Basic Zm9v",
    ],
)
def test_strange_authorization_headers_are_401(
    mock: HexMock, loop: asyncio.AbstractEventLoop, value: bytes
) -> None:
    refused(send(mock, loop, "GET", b"/api/v1/users/me", headers=((b"authorization", value),)), 401)


def test_header_values_are_never_echoed_into_response_headers(
    mock: HexMock, loop: asyncio.AbstractEventLoop
) -> None:
    # The one request header the mock keeps (and echoes in a JSON body) is flag-config-override.
    evil = b"beta\r\nSet-Cookie: stolen=1"
    headers = (ADMIN, JSON, (b"flag-config-override", evil), (b"x-forwarded-host", b"evil\r\nX: 1"))
    for target in (f"/api/v1/projects/{WEEKLY}/runs".encode(), b"/api/v1/nowhere", b"/api/v1/users/me"):
        reply = send(mock, loop, "POST", target, b"{}", headers)
        names = {name for name, _ in reply.headers}
        assert names <= {b"content-length", b"content-type", b"allow", b"retry-after", b"x-trace-id"}
        assert all(b"\r" not in value and b"\n" not in value for _, value in reply.headers)


def test_a_body_that_never_arrives_is_408_not_a_hang(mock: HexMock, loop: asyncio.AbstractEventLoop) -> None:
    mock.runtime.body_timeout = 0.2
    try:
        app = mock.app
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/api/v1/groups",
            "raw_path": b"/api/v1/groups",
            "query_string": b"",
            "headers": [ADMIN, JSON, (b"content-length", b"100")],
        }
        sent: list[MutableMapping[str, Any]] = []
        parts: list[MutableMapping[str, Any]] = [{"type": "http.request", "body": b'{"na', "more_body": True}]

        async def receive() -> MutableMapping[str, Any]:
            if parts:
                return parts.pop()
            await asyncio.Event().wait()  # the client stalls
            raise AssertionError

        async def capture(message: MutableMapping[str, Any]) -> None:
            sent.append(message)

        loop.run_until_complete(asyncio.wait_for(app(scope, receive, capture), timeout=5))
        assert sent[0]["status"] == 408
        assert b"not received within 0.2 seconds" in sent[1]["body"]
    finally:
        mock.runtime.body_timeout = 30.0


# --- over a real socket ------------------------------------------------------------------------------


def status_of(response: bytes) -> int:
    status = reply_status(response)
    assert status is not None, response[:200]
    return status


def http_implementations() -> list[str]:
    """h11 always; httptools too where installed (uvicorn[standard], the `bench` extra)."""
    return ["h11"] + (["httptools"] if importlib.util.find_spec("httptools") else [])


AUTH = b"Authorization: Bearer hxtp_demo_ana_admin\r\n"


@pytest.mark.live
@pytest.mark.parametrize("http", http_implementations())
def test_what_the_server_sees_first_is_refused_and_it_keeps_serving(http: str) -> None:
    mock = HexMock(fixtures="demo", validate_responses=True)
    mock.runtime.body_timeout = 0.5
    server = ThreadServer(mock.app)
    server.server.config.http = http
    cases = {
        "invalid UTF-8 in the path": b"GET /api/v1/projects/\xff\xfe HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"\r\n",
        "invalid UTF-8 in the query": b"GET /api/v1/groups?after=\xff HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"\r\n",
        "NUL in the path": b"GET /api/v1/projects/\x00 HTTP/1.1\r\nHost: x\r\n" + AUTH + b"\r\n",
        "CR in a header": b"GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"X-A: a\rInjected: 1\r\n\r\n",
        "NUL in a header": b"GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\n" + AUTH + b"X-A: a\x00b\r\n\r\n",
        "a 1 MB query string": b"GET /api/v1/groups?after="
        + b"a" * 1_000_000
        + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        "a negative Content-Length": b"POST /api/v1/groups HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}",
        "a huge Content-Length": b"POST /api/v1/groups HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}",
        "a chunked body over the limit": b"POST /api/v1/groups HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + (b"100000\r\n" + b"a" * 0x100000 + b"\r\n") * 3
        + b"0\r\n\r\n",
        "a body that stalls": b"POST /api/v1/groups HTTP/1.1\r\nHost: x\r\n"
        + AUTH
        + b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{}",
    }
    with server:
        for name, data in cases.items():
            status = status_of(raw_exchange(server.port, data))
            assert 400 <= status < 500, f"{http}, {name}: {status}"
        healthy = raw_exchange(server.port, b"GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\n" + AUTH + b"\r\n")
        assert status_of(healthy) == 200
