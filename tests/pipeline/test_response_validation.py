"""Test mode checks every reply against the spec, loudly."""

from __future__ import annotations

import pytest

from hex_mock.errors import HexError, not_found
from hex_mock.handlers import Call, Handler, Reply
from hex_mock.store import Workspace
from hex_mock.validation import ResponseContractError
from tests.pipeline.conftest import PROJECT_ID, ClientFactory


def only(operation_id: str, handler: Handler) -> dict[str, Handler]:
    return {operation_id: handler}


def test_non_conforming_body_names_operation_status_and_field(make_client: ClientFactory) -> None:
    def wrong(_ws: Workspace, _call: Call) -> Reply:
        return Reply(200, {"id": PROJECT_ID, "title": 42, "description": None, "colour": "red"})

    client = make_client(handlers=only("GetProject", wrong), require_all_handlers=False)
    with pytest.raises(ResponseContractError) as caught:
        client.get(f"/api/v1/projects/{PROJECT_ID}")
    message = str(caught.value)
    assert message.startswith("GetProject -> 200: the body does not match the spec")
    assert "colour: is not an allowed property" in message
    assert "title: must be of type string" in message


def test_undeclared_success_status_is_caught(make_client: ClientFactory) -> None:
    def created(_ws: Workspace, _call: Call) -> Reply:
        return Reply(201, {"id": "x"})

    client = make_client(handlers=only("Me", created), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="Me -> 201: the spec declares no 201 response"):
        client.get("/api/v1/users/me")


def test_body_on_a_204_is_caught(make_client: ClientFactory) -> None:
    def chatty(_ws: Workspace, _call: Call) -> Reply:
        return Reply(204, {"ok": True})

    client = make_client(handlers=only("CancelRun", chatty), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="declares no body"):
        client.delete(f"/api/v1/projects/{PROJECT_ID}/runs/{PROJECT_ID}")


def test_missing_body_is_caught(make_client: ClientFactory) -> None:
    def silent(_ws: Workspace, _call: Call) -> Reply:
        return Reply(200)

    client = make_client(handlers=only("Me", silent), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="declares a JSON body"):
        client.get("/api/v1/users/me")


def test_handler_error_with_an_undeclared_status_is_caught(make_client: ClientFactory) -> None:
    def missing(_ws: Workspace, _call: Call) -> Reply:
        raise not_found()

    # ListProjects declares no 404: the spec would have to say so before the mock may answer it.
    client = make_client(handlers=only("ListProjects", missing), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="ListProjects -> 404: the spec declares no 404"):
        client.get("/api/v1/projects")


def test_error_body_override_must_match_the_declared_schema(make_client: ClientFactory) -> None:
    def odd(_ws: Workspace, _call: Call) -> Reply:
        raise HexError(422, "x", body={"unexpected": True})

    client = make_client(handlers=only("RunProject", odd), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="RunProject -> 422"):
        client.post(f"/api/v1/projects/{PROJECT_ID}/runs")


def test_without_validation_the_reply_is_sent_as_is(make_client: ClientFactory) -> None:
    def wrong(_ws: Workspace, _call: Call) -> Reply:
        return Reply(200, {"title": 42})

    client = make_client(
        handlers=only("GetProject", wrong), require_all_handlers=False, validate_responses=False
    )
    response = client.get(f"/api/v1/projects/{PROJECT_ID}")
    assert (response.status_code, response.json()) == (200, {"title": 42})


def test_conforming_replies_pass(make_client: ClientFactory) -> None:
    client = make_client()
    assert client.get(f"/api/v1/projects/{PROJECT_ID}").status_code == 200
    assert client.delete(f"/api/v1/projects/{PROJECT_ID}/runs/{PROJECT_ID}").status_code == 204


def test_handler_error_with_a_status_the_kernel_also_uses_is_still_checked(
    make_client: ClientFactory,
) -> None:
    def refuse(_ws: Workspace, _call: Call) -> Reply:
        raise HexError(422, "Nope")

    # The kernel may answer 422 for a body failure only where declared; a handler may not either.
    client = make_client(handlers=only("GetProject", refuse), require_all_handlers=False)
    with pytest.raises(ResponseContractError, match="GetProject -> 422: the spec declares no 422"):
        client.get(f"/api/v1/projects/{PROJECT_ID}")


def test_kernel_errors_with_undeclared_statuses_are_not_contract_breaks(make_client: ClientFactory) -> None:
    # ListProjects declares neither 401 nor 429: both are cross-cutting and still served.
    client = make_client(secret=None)
    assert client.get("/api/v1/projects").status_code == 401
