"""JSON request bodies: media type, size, encoding, syntax, nesting, and schema (422 vs 400)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.testclient import TestClient
from starlette.types import ASGIApp, Message

from hex_mock.handlers import Call
from hex_mock.validation import DEFAULT_MAX_BODY_BYTES, MAX_ISSUES
from tests.pipeline.conftest import PERSONAL, PROJECT_ID, AppFactory, ClientFactory, bearer

UPDATE = f"/api/v1/projects/{PROJECT_ID}"  # standard envelope, declares 415, no 422
CREATE = "/api/v1/projects"  # tsoa envelope, declares 422, no 415


def post_raw(
    client: TestClient,
    url: str,
    content: bytes,
    content_type: str | None = "application/json",
    method: str = "POST",
) -> Any:
    headers = {"Content-Type": content_type} if content_type else {}
    return client.request(method, url, content=content, headers=headers)


def test_valid_body_reaches_the_handler_parsed(client: TestClient, calls: list[Call]) -> None:
    response = client.post(CREATE, json={"title": "Churn", "description": None})
    assert response.status_code == 201
    assert calls[-1].body == {"title": "Churn", "description": None}


def test_nullable_reference_accepts_null_and_checks_values(client: TestClient) -> None:
    assert client.post(CREATE, json={"title": "x", "ownerId": None}).status_code == 201
    response = client.post(CREATE, json={"title": "x", "ownerId": "me"})
    assert response.status_code == 422
    assert response.json()["details"] == "ownerId: must be a UUID, got 'me'"


def test_content_type_parameters_are_accepted(client: TestClient) -> None:
    response = post_raw(client, CREATE, b'{"title": "x"}', "Application/JSON; charset=utf-8")
    assert response.status_code == 201


def test_wrong_media_type_is_415_where_declared(client: TestClient) -> None:
    response = client.patch(UPDATE, content=b'{"title": "x"}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json() == {
        "code": "UNSUPPORTED_MEDIA_TYPE",
        "message": "Unsupported media type",
        "issues": [{"message": "Content-Type: must be application/json, got 'text/plain'"}],
    }


def test_wrong_or_missing_media_type_is_400_where_415_is_not_declared(client: TestClient) -> None:
    for content_type in ("text/plain", None):
        response = post_raw(client, CREATE, b'{"title": "x"}', content_type)
        assert response.status_code == 400, content_type
        assert response.json()["details"].startswith("Content-Type: must be application/json")


def test_malformed_json_is_400(client: TestClient) -> None:
    response = post_raw(client, CREATE, b'{"title": ')
    assert response.status_code == 400
    assert response.json()["details"] == "body: is not valid JSON (Expecting value at line 1 column 11)"


def test_nan_is_not_json(client: TestClient) -> None:
    response = post_raw(client, CREATE, b'{"title": "x", "settings": {"ratio": NaN}}')
    assert response.status_code == 400
    assert response.json()["details"] == "body: NaN is not valid JSON"


def test_invalid_utf8_is_400(client: TestClient) -> None:
    response = post_raw(client, CREATE, b'{"title": "\xff"}')
    assert response.status_code == 400
    assert response.json()["details"] == "body: is not valid UTF-8 (byte 11)"


def test_deeply_nested_json_is_400_not_a_crash(client: TestClient) -> None:
    depth = 100_000
    response = post_raw(client, CREATE, b'{"title": "x", "settings": ' + b"[" * depth + b"]" * depth + b"}")
    assert response.status_code == 400
    assert response.json()["details"] == "body: is nested too deeply"


def test_required_body_missing_is_400(client: TestClient) -> None:
    response = client.post(CREATE)
    assert response.status_code == 400
    assert response.json()["details"] == "body: is required"


def test_optional_body_may_be_absent(client: TestClient, calls: list[Call]) -> None:
    assert client.post(f"/api/v1/projects/{PROJECT_ID}/runs").status_code == 201
    assert calls[-1].body is None


def test_schema_failure_is_422_listing_every_field_where_422_is_declared(client: TestClient) -> None:
    body = {
        "title": "",
        "sharing": {"upsert": {"users": [{"user": {"id": "x"}, "access": "BOSS", "extra": 1}]}},
        "createdAt": "2025-01-01T00:00:00Z",
    }
    response = client.post(CREATE, json=body)
    assert response.status_code == 422
    payload = response.json()
    assert payload["reason"] == "Validation Failed"
    assert payload["details"].split("; ") == [
        "title: must not be empty",
        "createdAt: is read-only",
        "sharing.upsert.users[0].extra: is not an allowed property",
        "sharing.upsert.users[0].user.id: must be a UUID, got 'x'",
        "sharing.upsert.users[0].access: 'BOSS' is not one of "
        "['NONE', 'APP_ONLY', 'CAN_VIEW', 'CAN_EDIT', 'FULL_ACCESS']",
    ]


def test_schema_failure_is_400_where_422_is_not_declared(client: TestClient) -> None:
    response = client.patch(UPDATE, json={"title": None, "colour": "red"})
    assert response.status_code == 400
    assert response.json() == {
        "code": "BAD_REQUEST",
        "message": "Invalid input data",
        "issues": [{"message": "colour: is not an allowed property"}, {"message": "title: must not be null"}],
    }


def test_required_fields_and_types_are_named(client: TestClient) -> None:
    response = client.post(CREATE, json={"description": 7})
    assert response.json()["details"] == "title: is required; description: must be of type string"
    response = client.post(CREATE, json=["not", "an", "object"])
    assert response.json()["details"] == "body: must be of type object"


def test_messages_do_not_echo_huge_values(client: TestClient) -> None:
    response = client.put("/api/v1/guides/draft", json={"filePath": "a.md", "contents": 7 * 100_001})
    assert response.status_code == 400
    assert len(response.text) < 500


def test_issue_list_is_capped(client: TestClient) -> None:
    unknown = {f"field{index}": index for index in range(MAX_ISSUES + 10)}
    response = client.post(CREATE, json={"title": "x", **unknown})
    issues = response.json()["details"].split("; ")
    assert len(issues) == MAX_ISSUES
    assert issues[-1] == "... and 11 more"


def test_body_over_the_cap_is_413(make_client: ClientFactory) -> None:
    small = make_client(max_body_bytes=64)
    response = small.post(CREATE, json={"title": "x" * 100})
    assert response.status_code == 413
    assert response.json()["reason"] == "Payload too large"
    assert small.post(CREATE, json={"title": "x"}).status_code == 201


def test_a_100k_character_guide_fits_the_default_cap_even_fully_escaped(client: TestClient) -> None:
    contents = "\U0001f600" * 100_000  # json.dumps escapes each as a 12-byte surrogate pair
    payload = json.dumps({"filePath": "guides/emoji.md", "contents": contents}).encode()
    assert len(payload) > 1_200_000
    assert len(payload) < DEFAULT_MAX_BODY_BYTES
    assert post_raw(client, "/api/v1/guides/draft", payload, method="PUT").status_code == 200


async def call_asgi(app: ASGIApp, chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> tuple[int, Any]:
    """Send a POST to /api/v1/projects in chunks, as a streaming client would."""
    incoming: list[Message] = [
        {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
        for index, chunk in enumerate(chunks)
    ]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/projects",
        "raw_path": b"/api/v1/projects",
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
    }
    await app(scope, receive, send)
    return sent[0]["status"], json.loads(sent[1]["body"]) if sent[1]["body"] else None


def test_streamed_body_without_content_length_is_capped_while_reading(make_app: AppFactory) -> None:
    app = make_app(max_body_bytes=64)
    auth = [
        (b"authorization", bearer(PERSONAL)["Authorization"].encode()),
        (b"content-type", b"application/json"),
    ]
    status, _ = asyncio.run(call_asgi(app, [b'{"title": "', b"x" * 40, b"x" * 40, b'"}'], auth))
    assert status == 413
    status, body = asyncio.run(call_asgi(app, [b'{"title": ', b'"chunked"}'], auth))
    assert status == 201
    assert body["title"] == "chunked"


def test_declared_content_length_over_the_cap_is_refused_unread(make_app: AppFactory) -> None:
    app = make_app(max_body_bytes=64)
    headers = [
        (b"authorization", bearer(PERSONAL)["Authorization"].encode()),
        (b"content-type", b"application/json"),
        (b"content-length", b"1000000"),
    ]
    # The body never arrives: reading it would fail the test (receive() on an empty list).
    status, body = asyncio.run(call_asgi(app, [], headers))
    assert status == 413
    assert body["details"] == "body: must be at most 64 bytes"
