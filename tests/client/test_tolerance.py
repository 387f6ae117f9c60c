"""How the generated client copes with responses the spec does not describe.

A tiny ASGI middleware around the mock's app edits one JSON response on its way out (after the mock
has validated it against the spec), standing in for a Hex that has moved on:

- a field Hex may add later still parses. Models whose schema allows extra keys keep it in
  `additional_properties` (and write it back out in `to_dict`); models whose schema says
  `additionalProperties: false` (Project, RunStatus, ProjectRun, ...) have no such bag and drop it
  silently.
- a value the client cannot parse raises `errors.UnparseableResponse` from the `sync*`/`asyncio*`
  call (even `*_detailed`): it names the operation and status, says what failed (the model's own
  ValueError/TypeError/AttributeError is its `cause`) and keeps the raw response (`content`). This
  comes from the kit's generator templates (spec/templates/). Not every wrong type is caught: scalars
  are not type-checked, and a value of the wrong type in a nullable union field is passed through.
- in an anyOf, a member that fails to parse falls through to the next: a personal token's Me response
  with a role the client does not know is silently parsed as a MeWorkspaceToken.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_api_client import AuthenticatedClient, errors
from hex_api_client.api.cells import get_cell
from hex_api_client.api.data_connections import list_data_connections
from hex_api_client.api.projects import get_project
from hex_api_client.api.runs import get_run_status, run_project
from hex_api_client.api.users import me
from hex_api_client.models import Cell, MeUser, MeWorkspaceToken, Project, ProjectRun, RunStatus
from hex_mock.mock import HexMock
from hex_mock.pytest_plugin import BASE_URL
from tests.client.support import ADMIN_TOKEN, WEEKLY, WEEKLY_SQL_CELL, expect

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Edit = Callable[[dict[str, Any]], None]


def editing_json(app: ASGIApp, edits: dict[str, Edit]) -> ASGIApp:
    """`app`, with the JSON body of each response to a path ending in a key of `edits` changed by it."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        edit = next((change for suffix, change in edits.items() if path.endswith(suffix)), None)
        if scope["type"] != "http" or edit is None:
            await app(scope, receive, send)
            return
        start: Message = {}
        body = bytearray()

        async def rewrite(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body", False):
                return
            payload = json.loads(body)
            edit(payload)
            data = json.dumps(payload).encode()
            headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(data)).encode())]})
            await send({"type": "http.response.body", "body": data})

        await app(scope, receive, rewrite)

    return wrapped


@pytest.fixture
def edits() -> dict[str, Edit]:
    """Response edits by path suffix; each test fills it before calling."""
    return {}


@pytest.fixture
def edited_client(hex_mock: HexMock, edits: dict[str, Edit]) -> Iterator[AuthenticatedClient]:
    base_url = f"{BASE_URL}/api"
    with TestClient(editing_json(hex_mock.app, edits), base_url=base_url) as transport:
        transport.headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"
        client = AuthenticatedClient(base_url=base_url, token=ADMIN_TOKEN, raise_on_unexpected_status=True)
        yield client.set_httpx_client(transport)


def started_run(client: AuthenticatedClient) -> ProjectRun:
    return expect(run_project.sync(WEEKLY, client=client), ProjectRun)


# --- fields Hex may add later ---------------------------------------------------------------------


def test_an_unknown_field_is_kept_in_additional_properties(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits[f"/cells/{WEEKLY_SQL_CELL}"] = lambda cell: cell.update(reviewState={"approved": True})

    cell = expect(get_cell.sync(WEEKLY_SQL_CELL, client=edited_client), Cell)

    assert cell.id == WEEKLY_SQL_CELL
    assert cell.additional_properties == {"reviewState": {"approved": True}}
    assert cell["reviewState"] == {"approved": True}
    assert cell.to_dict()["reviewState"] == {"approved": True}


def test_an_unknown_field_in_a_nested_object_is_kept_there(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits["/users/me"] = lambda body: body["org"].update(name="Acme")

    caller = expect(me.sync(client=edited_client), MeUser)

    assert caller.org.additional_properties == {"name": "Acme"}
    assert caller.additional_properties == {}


def test_an_unknown_field_on_a_closed_model_parses_but_is_dropped(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    # Project is `additionalProperties: false` in the spec, so its model has no bag to keep extras in.
    def add_fields(project: dict[str, Any]) -> None:
        project["aiSummary"] = "Revenue is up."
        project["owner"]["name"] = "Ana Admin"  # ProjectPerson does allow extras

    edits[f"/projects/{WEEKLY}"] = add_fields

    project = expect(get_project.sync(WEEKLY, client=edited_client), Project)

    assert project.title == "Weekly revenue"
    assert not hasattr(project, "additional_properties")
    assert "aiSummary" not in project.to_dict()
    assert project.owner.additional_properties == {"name": "Ana Admin"}


# --- responses the client cannot parse ------------------------------------------------------------


def test_an_unknown_enum_value_names_the_operation_and_keeps_the_raw_response(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    run = started_run(edited_client)
    edits[f"/runs/{run.run_id}"] = lambda status: status.update(status="QUEUED")

    with pytest.raises(errors.UnparseableResponse) as raised:
        get_run_status.sync_detailed(WEEKLY, run.run_id, client=edited_client)

    assert str(raised.value).startswith(
        "get_run_status (GET /v1/projects/{project_id}/runs/{run_id}): cannot parse the 200 response "
        "(ValueError: 'QUEUED' is not a valid ProjectRunStatus)"
    )
    assert raised.value.status_code == 200
    assert json.loads(raised.value.content)["status"] == "QUEUED"
    assert isinstance(raised.value.cause, ValueError)


def test_a_wrong_type_for_a_uuid_is_reported_for_the_operation(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    run = started_run(edited_client)
    edits[f"/runs/{run.run_id}"] = lambda status: status.update(projectId=42)

    # uuid.UUID(42) fails on `str.replace`; the wrapper at least says where and keeps the body.
    expected = r"^get_run_status \(GET .*\): cannot parse the 200 response \(AttributeError"
    with pytest.raises(errors.UnparseableResponse, match=expected):
        get_run_status.sync(WEEKLY, run.run_id, client=edited_client)


def test_a_wrong_type_for_a_required_timestamp_is_reported_for_the_operation(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits[f"/projects/{WEEKLY}"] = lambda project: project.update(createdAt=1711962000)

    expected = r"^get_project \(GET /v1/projects/\{project_id\}\): .*fromisoformat: argument must be str"
    with pytest.raises(errors.UnparseableResponse, match=expected):
        get_project.sync(WEEKLY, client=edited_client)


def test_wrong_types_in_scalar_and_nullable_fields_pass_through_unchecked(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits[f"/projects/{WEEKLY}"] = lambda project: project.update(title=42, lastPublishedAt=1734132387)

    project = expect(get_project.sync(WEEKLY, client=edited_client), Project)

    # Typed `str` and `datetime | None`, holding ints: no error now, a surprise later.
    held: tuple[object, object] = (project.title, project.last_published_at)
    assert held == (42, 1734132387)


def test_an_unknown_role_makes_me_fall_through_the_any_of_to_a_workspace_token(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits["/users/me"] = lambda body: body.update(role="OWNER")

    caller = me.sync(client=edited_client)

    # MeUser fails on the role, MeWorkspaceToken (only `org` required) accepts anything else as extras.
    token = expect(caller, MeWorkspaceToken)
    assert token.additional_properties["email"] == "ana@example.com"
    assert token.additional_properties["role"] == "OWNER"


def test_an_unknown_data_connection_type_fails_both_any_of_members_and_raises(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    edits["/data-connections"] = lambda listing: listing["values"][0].update(type="duckdb")

    with pytest.raises(errors.UnparseableResponse, match=r"'duckdb' is not a valid DataConnectionType"):
        list_data_connections.sync(client=edited_client)


def test_an_unedited_response_is_untouched_by_the_middleware(
    edited_client: AuthenticatedClient, edits: dict[str, Edit]
) -> None:
    # The control for the tests above: without an edit, the same calls parse normally.
    run = started_run(edited_client)
    assert (
        expect(get_run_status.sync(WEEKLY, run.run_id, client=edited_client), RunStatus).run_id == run.run_id
    )
    assert expect(me.sync(client=edited_client), MeUser).role == "ADMIN"
    assert edits == {}
