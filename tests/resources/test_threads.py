"""Agent threads and topics through HTTP: turns on the clock, scripted outcomes, follow-ups, who sees
what, filters, message pages, and what a new thread changes elsewhere.

Demo threads (hex_mock/demo.yaml): Ana's answered thread, Eve's sensitive one, Eve's failed
Threads-type thread on Weekly revenue, and Max's thread from Slack; topics Churn and Revenue.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock import thread_lifecycle
from hex_mock.clock import ManualClock
from hex_mock.mock import HexMock
from hex_mock.store import Workspace
from tests.reliability.old_formats import downgrade
from tests.resources.conftest import EDITOR, EXPLORER, MANAGER, bearer
from tests.resources.demo_ids import (
    ANA,
    ANA_THREAD,
    CHURN_TOPIC,
    EVE,
    EVE_SENSITIVE_THREAD,
    EVE_WEEKLY_THREAD,
    MAX_THREAD,
    REVENUE_TOPIC,
    UNKNOWN,
    WAREHOUSE,
    WEEKLY,
)

THREADS = "/api/v1/threads"


def create(client: TestClient, token: str | None = None, **body: Any) -> Any:
    response = client.post(
        THREADS, json={"prompt": "How many orders last week?", **body}, headers=_auth(token)
    )
    assert response.status_code == 200, response.text
    return response.json()


def _auth(token: str | None) -> dict[str, str] | None:
    return bearer(token) if token else None


def get(client: TestClient, thread_id: str, token: str | None = None) -> Any:
    response = client.get(f"{THREADS}/{thread_id}", headers=_auth(token))
    assert response.status_code == 200, response.text
    return response.json()


def listed(client: TestClient, token: str | None = None, **params: Any) -> list[str]:
    response = client.get(THREADS, params=params, headers=_auth(token))
    assert response.status_code == 200, response.text
    return [thread["id"] for thread in response.json()["threads"]]


def texts(client: TestClient, thread_id: str, **params: Any) -> list[str]:
    response = client.get(f"{THREADS}/{thread_id}/messages", params=params)
    assert response.status_code == 200, response.text
    return [block["text"] for block in response.json()["content"]]


# --- a thread's life ----------------------------------------------------------------------------------


def test_a_new_thread_runs_then_answers_on_the_clock(client: TestClient, clock: ManualClock) -> None:
    created = create(client)
    thread_id = created["threadId"]

    assert created["projectId"] is None
    assert created["url"].endswith(f"/threads/{thread_id}")
    running = get(client, thread_id)
    assert (running["status"], running["response"], running["error"]) == ("RUNNING", None, None)
    clock.advance(5)
    idle = get(client, thread_id)
    assert idle["status"] == "IDLE"
    assert idle["response"] == [
        {"type": "text", "text": thread_lifecycle.default_answer("How many orders last week?")}
    ]
    assert idle["title"] == "How many orders last week?"
    assert (idle["source"], idle["type"], idle["userId"], idle["creditsUsed"]) == (
        "PUBLIC_API",
        "THREADS",
        ANA,
        1,
    )
    assert idle["updatedAt"] > idle["createdAt"]


def test_the_same_prompt_gets_the_same_default_answer(client: TestClient, clock: ManualClock) -> None:
    first, second = create(client)["threadId"], create(client)["threadId"]
    clock.advance(5)

    assert get(client, first)["response"] == get(client, second)["response"]


def test_scripted_outcomes_end_the_next_turns_in_order(workspace: Workspace, client: TestClient) -> None:
    thread_lifecycle.script_outcomes(
        workspace, [{"answer": "Forty-two."}, {"error": {"type": "OVER_LIMIT", "message": "Out of credits."}}]
    )
    workspace.run_settings.progression = "immediate"
    answered, failed, default = (create(client)["threadId"] for _ in range(3))

    assert get(client, answered)["response"] == [{"type": "text", "text": "Forty-two."}]
    assert get(client, failed)["error"] == {"type": "OVER_LIMIT", "message": "Out of credits."}
    assert get(client, failed)["status"] == "ERROR"
    assert get(client, default)["status"] == "IDLE"


def test_the_reads_progression_ends_a_turn_after_that_many_reads(
    workspace: Workspace, client: TestClient
) -> None:
    workspace.run_settings.progression, workspace.run_settings.reads = "reads", 2
    thread_id = create(client)["threadId"]

    assert [get(client, thread_id)["status"] for _ in range(3)] == ["RUNNING", "RUNNING", "IDLE"]


def test_a_follow_up_runs_an_idle_thread_again(client: TestClient, clock: ManualClock) -> None:
    thread_id = create(client)["threadId"]
    clock.advance(5)

    reply = client.post(f"{THREADS}/{thread_id}/followup", json={"prompt": "And by region?"})

    assert reply.status_code == 200, reply.text
    assert reply.json() == {"threadId": thread_id, "url": get(client, thread_id)["url"]}
    assert get(client, thread_id)["status"] == "RUNNING"
    clock.advance(5)
    assert get(client, thread_id)["response"][0]["text"] == thread_lifecycle.default_answer("And by region?")
    assert get(client, thread_id)["creditsUsed"] == 2


@pytest.mark.parametrize("state", ["running", "failed"])
def test_a_follow_up_to_a_thread_that_is_not_idle_is_refused(
    workspace: Workspace, client: TestClient, state: str
) -> None:
    if state == "failed":
        thread_lifecycle.script_outcomes(workspace, [{"error": {"type": "AGENT_ERROR"}}])
        workspace.run_settings.progression = "immediate"
    thread_id = create(client)["threadId"]
    before, messages = get(client, thread_id), texts(client, thread_id)

    reply = client.post(f"{THREADS}/{thread_id}/followup", json={"prompt": "Again"})

    assert reply.status_code == 400
    assert reply.json()["code"] == "BAD_REQUEST"
    assert get(client, thread_id)["updatedAt"] == before["updatedAt"]
    assert texts(client, thread_id) == messages


def test_only_the_author_continues_a_thread(client: TestClient) -> None:
    reply = client.post(f"{THREADS}/{MAX_THREAD}/followup", json={"prompt": "Mine now"})

    assert reply.status_code == 403


def test_unknown_and_malformed_thread_ids(client: TestClient) -> None:
    assert client.get(f"{THREADS}/{UNKNOWN}").status_code == 404
    assert client.get(f"{THREADS}/{UNKNOWN}/messages").status_code == 404
    assert client.post(f"{THREADS}/{UNKNOWN}/followup", json={"prompt": "x"}).status_code == 404
    assert client.get(f"{THREADS}/not-a-uuid").status_code == 400


# --- CreateThread's options ---------------------------------------------------------------------------


def test_a_thread_in_a_new_project_creates_the_project(client: TestClient) -> None:
    created = create(client, prompt="Build a revenue model", newProject=True)

    project = client.get(f"/api/v1/projects/{created['projectId']}")
    assert project.status_code == 200
    assert project.json()["title"] == "Build a revenue model"
    thread = get(client, created["threadId"])
    assert thread["type"] == "NOTEBOOK"
    assert thread["resources"] == [
        {"id": created["projectId"], "resourceType": "PROJECT", "name": "Build a revenue model"}
    ]


def test_project_id_and_new_project_together_are_refused_and_create_nothing(
    workspace: Workspace, client: TestClient
) -> None:
    projects, threads = len(workspace.projects), len(workspace.threads)

    reply = client.post(THREADS, json={"prompt": "x", "projectId": WEEKLY, "newProject": True})

    assert reply.status_code == 400
    assert (len(workspace.projects), len(workspace.threads)) == (projects, threads)


def test_references_must_exist_and_nothing_is_written_when_one_does_not(
    workspace: Workspace, client: TestClient
) -> None:
    projects = len(workspace.projects)
    for body in (
        {"projectId": UNKNOWN},
        {"attachments": {"dataConnectionId": UNKNOWN}},
        {"newProject": True, "attachments": {"projectIds": [UNKNOWN]}},
    ):
        reply = client.post(THREADS, json={"prompt": "x", **body})
        assert reply.status_code == 404, body
    assert len(workspace.projects) == projects
    assert len(workspace.threads) == 4


def test_a_project_backed_thread_needs_edit_access(client: TestClient) -> None:
    # Ed (Explorer) sees Weekly revenue through its workspace share, which is CAN_VIEW.
    reply = client.post(THREADS, json={"prompt": "x", "projectId": WEEKLY}, headers=bearer(EXPLORER))

    assert reply.status_code == 403


def test_new_projects_need_the_editor_role(client: TestClient) -> None:
    reply = client.post(THREADS, json={"prompt": "x", "newProject": True}, headers=bearer(EXPLORER))

    assert reply.status_code == 403


def test_attachments_become_the_threads_resources(client: TestClient) -> None:
    created = create(client, attachments={"dataConnectionId": WAREHOUSE, "projectIds": [WEEKLY]})

    assert [resource["resourceType"] for resource in get(client, created["threadId"])["resources"]] == [
        "DATA_CONNECTION",
        "PROJECT",
    ]
    assert created["threadId"] in listed(client, resourceIds=WAREHOUSE)


# --- who sees what ---------------------------------------------------------------------------------------


def test_list_threads_needs_the_manager_role(client: TestClient) -> None:
    assert client.get(THREADS, headers=bearer(EDITOR)).status_code == 403


def test_an_admin_lists_every_thread_newest_first_with_others_sensitive_titles_hidden(
    client: TestClient,
) -> None:
    response = client.get(THREADS).json()

    assert [thread["id"] for thread in response["threads"]] == [
        MAX_THREAD,
        EVE_WEEKLY_THREAD,
        EVE_SENSITIVE_THREAD,
        ANA_THREAD,
    ]
    titles = {thread["id"]: thread["title"] for thread in response["threads"]}
    assert titles[EVE_SENSITIVE_THREAD] is None
    assert titles[ANA_THREAD] == "Which regions grew fastest last quarter?"


def test_a_manager_lists_their_own_and_threads_type_threads_on_their_projects(client: TestClient) -> None:
    assert listed(client, MANAGER) == [MAX_THREAD, EVE_WEEKLY_THREAD]
    assert client.get(f"{THREADS}/{ANA_THREAD}", headers=bearer(MANAGER)).status_code == 404


def test_the_author_reads_their_sensitive_thread_whole(client: TestClient) -> None:
    own = get(client, EVE_SENSITIVE_THREAD, EDITOR)

    assert own["title"] == "Why did churn rise in November?"
    assert get(client, EVE_SENSITIVE_THREAD)["title"] is None
    assert client.get(f"{THREADS}/{EVE_SENSITIVE_THREAD}/messages").status_code == 403
    mine = client.get(f"{THREADS}/{EVE_SENSITIVE_THREAD}/messages", headers=bearer(EDITOR))
    assert mine.status_code == 200


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"source": "SLACK"}, [MAX_THREAD]),
        ({"userId": EVE}, [EVE_WEEKLY_THREAD, EVE_SENSITIVE_THREAD]),
        ({"type": "THREADS", "roles": "ADMIN,MANAGER"}, [MAX_THREAD, ANA_THREAD]),
        ({"hasFeedback": "true"}, [ANA_THREAD]),
        ({"warnings": "USER_DOUBT,MISSING_CONTEXT"}, [EVE_SENSITIVE_THREAD]),
        ({"topicIds": f"{REVENUE_TOPIC},{CHURN_TOPIC}"}, [EVE_SENSITIVE_THREAD, ANA_THREAD]),
        ({"resourceIds": WEEKLY}, [EVE_WEEKLY_THREAD]),
        ({"numDays": 33}, [MAX_THREAD, EVE_WEEKLY_THREAD]),  # the demo clock starts 2025-01-06 09:00
        ({"numDays": 2147483647}, [MAX_THREAD, EVE_WEEKLY_THREAD, EVE_SENSITIVE_THREAD, ANA_THREAD]),
    ],
)
def test_list_threads_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    assert listed(client, **params) == expected


def test_list_threads_pages(client: TestClient) -> None:
    first = client.get(THREADS, params={"limit": 3}).json()
    second = client.get(THREADS, params={"limit": 3, "after": first["pagination"]["after"]}).json()

    assert [t["id"] for t in first["threads"] + second["threads"]] == listed(client)
    assert second["pagination"] == {"after": None, "before": second["pagination"]["before"]}
    assert second["pagination"]["before"] is not None


# --- messages --------------------------------------------------------------------------------------------


def test_messages_give_each_turn_prompt_and_outcome_oldest_first(client: TestClient) -> None:
    assert texts(client, ANA_THREAD) == [
        "user: Which regions grew fastest last quarter?",
        "assistant: EMEA grew fastest, 14% over the quarter before.",
    ]
    assert texts(client, EVE_WEEKLY_THREAD) == [
        "user: Add a chart of weekly revenue by region",
        "error: " + thread_lifecycle.error_message("NO_DATA"),
    ]


def test_messages_start_from_the_most_recent_page(client: TestClient, clock: ManualClock) -> None:
    thread_id = create(client, prompt="q1")["threadId"]
    for prompt in ("q2", "q3"):
        clock.advance(5)
        assert client.post(f"{THREADS}/{thread_id}/followup", json={"prompt": prompt}).status_code == 200
    clock.advance(5)

    latest = client.get(f"{THREADS}/{thread_id}/messages", params={"limit": 4}).json()
    older = client.get(
        f"{THREADS}/{thread_id}/messages", params={"limit": 4, "before": latest["pagination"]["before"]}
    ).json()

    assert [block["text"].split(":")[0] for block in latest["content"]] == ["user", "assistant"] * 2
    assert latest["content"][0]["text"] == "user: q2"
    assert latest["pagination"]["after"] is None
    assert [block["text"] for block in older["content"]] == [
        "user: q1",
        f"assistant: {thread_lifecycle.default_answer('q1')}",
    ]
    assert older["pagination"]["before"] is None


def test_full_messages_are_json_records(client: TestClient) -> None:
    blocks = client.get(f"{THREADS}/{ANA_THREAD}/messages", params={"full": "true"}).json()["content"]

    assert json.loads(blocks[0]["text"]) == {
        "role": "user",
        "text": "Which regions grew fastest last quarter?",
        "createdAt": blocks[0]["createdAt"],
    }


# --- topics and the rest of the workspace -------------------------------------------------------------


def test_topics_are_listed_by_name_and_page(client: TestClient) -> None:
    first = client.get("/api/v1/context/topics", params={"limit": 1}).json()
    second = client.get(
        "/api/v1/context/topics", params={"limit": 1, "after": first["pagination"]["after"]}
    ).json()

    assert first["topics"] + second["topics"] == [
        {"id": CHURN_TOPIC, "name": "Churn"},
        {"id": REVENUE_TOPIC, "name": "Revenue"},
    ]
    assert get(client, ANA_THREAD)["topics"] == [{"id": REVENUE_TOPIC, "name": "Revenue"}]


def test_a_workspace_token_needs_the_thread_scopes(workspace: Workspace, client: TestClient) -> None:
    token = workspace.issue_token(ANA, kind="workspace", scopes={"threads:read"})
    assert token.secret is not None

    assert client.get(THREADS, headers=bearer(token.secret)).status_code == 200
    refused = client.post(THREADS, json={"prompt": "x"}, headers=bearer(token.secret))
    assert refused.status_code == 403
    assert "threads:write" in refused.text


def test_threads_survive_a_restart_from_the_state_file(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    mock = HexMock(state_file=state)
    mock.script_thread_outcomes([{"answer": "Saved."}])
    with TestClient(mock.app, base_url="http://mock.test", headers=bearer("hxtp_demo_ana_admin")) as client:
        thread_id = create(client)["threadId"]
        mock.advance(5)
        before = get(client, thread_id)
    mock.close()

    restored = HexMock(state_file=state)
    with TestClient(
        restored.app, base_url="http://mock.test", headers=bearer("hxtp_demo_ana_admin")
    ) as client:
        assert get(client, thread_id) == before
        assert client.get("/api/v1/context/topics").json()["topics"][0]["name"] == "Churn"
    restored.close()


def test_a_version_6_state_file_gains_the_thread_tables(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    HexMock(state_file=state).close()
    downgrade(state, 6)

    restored = HexMock(state_file=state)
    assert len(restored.workspace.threads) == 0
    restored.close()
