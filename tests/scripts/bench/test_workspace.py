"""scripts/bench_workspace.py builds a valid workspace of the requested size, the same every time."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from hex_mock.mock import HexMock
from hex_mock.run_lifecycle import TERMINAL
from scripts.bench_inprocess import AsgiCaller
from scripts.bench_workspace import ADMIN_TOKEN, LARGE, SMALL, Size, populate

SIZE = Size(projects=30, runs=120, users=12, groups=4, collections=3)


@pytest.fixture
def populated() -> tuple[HexMock, str]:
    # validate_responses: every answer below is also checked against the spec.
    mock = HexMock(fixtures=None, validate_responses=True, control_plane=False)
    return mock, populate(mock.workspace, SIZE)


def test_the_issue_sizes() -> None:
    assert (LARGE.projects, LARGE.runs, LARGE.users) == (10_000, 100_000, 1_000)
    assert (SMALL.projects, SMALL.runs / SMALL.projects) == (100, LARGE.runs / LARGE.projects)
    assert (SMALL.groups, SMALL.collections) == (LARGE.groups, LARGE.collections)


def test_counts(populated: tuple[HexMock, str]) -> None:
    mock, probe = populated
    ws = mock.workspace
    assert (len(ws.users), len(ws.projects), len(ws.runs)) == (12, 30, 120)
    assert (len(ws.groups), len(ws.collections)) == (4, 3)
    assert next(iter(ws.projects)).id == probe


def test_records_refer_to_each_other(populated: tuple[HexMock, str]) -> None:
    ws = populated[0].workspace
    for project in ws.projects:
        assert project.owner_id in ws.users
        assert project.user_access[project.owner_id] == "FULL_ACCESS"
        assert set(project.group_access) <= {group.id for group in ws.groups}
        assert project.published_version >= 1
    per_project: dict[str, int] = {}
    for run in ws.runs:
        run_project = ws.projects.get(run.project_id)
        assert run_project is not None
        assert run.status in TERMINAL
        assert run.status == run.outcome
        assert run.project_version == run_project.published_version
        assert run.start_time is not None
        assert run.end_time is not None
        assert run.created_at <= run.start_time <= run.end_time
        per_project[run.project_id] = per_project.get(run.project_id, 0) + 1
    assert set(per_project.values()) == {SIZE.runs // SIZE.projects}
    for group in ws.groups:
        assert set(group.member_ids) <= {user.id for user in ws.users}


def test_the_admin_token_works_and_answers_match_the_spec(populated: tuple[HexMock, str]) -> None:
    mock, probe = populated
    call = AsgiCaller(mock.app, ADMIN_TOKEN)

    async def calls() -> dict[str, Any]:
        answers = {}
        for name, (method, path, query) in {
            "me": ("GET", "/api/v1/users/me", ""),
            "project": ("GET", f"/api/v1/projects/{probe}", ""),
            "page": ("GET", "/api/v1/projects", "limit=100"),
            "runs": ("GET", f"/api/v1/projects/{probe}/runs", "limit=100"),
            "users": ("GET", "/api/v1/users", "limit=100"),
        }.items():
            answers[name] = json.loads(await call(200, method, path, query))
        return answers

    answers = asyncio.run(calls())
    assert answers["project"]["id"] == probe
    assert answers["project"]["owner"]["email"] == "bench.user00000@example.com"
    # The admin sees the projects shared with the workspace (most) and their own.
    visible = len(answers["page"]["values"])
    assert SIZE.projects // 2 <= visible <= SIZE.projects
    assert len(answers["runs"]["runs"]) == SIZE.runs // SIZE.projects
    assert len(answers["users"]["values"]) == SIZE.users


def test_adds_to_an_existing_workspace() -> None:
    mock = HexMock(fixtures="demo", control_plane=False)
    before = len(mock.workspace.projects), len(mock.workspace.users)
    populate(mock.workspace, SIZE, seed=1)
    assert len(mock.workspace.projects) == before[0] + SIZE.projects
    assert len(mock.workspace.users) == before[1] + SIZE.users


def test_same_arguments_same_workspace() -> None:
    def build(seed: int) -> dict[str, Any]:
        mock = HexMock(fixtures=None, control_plane=False)
        populate(mock.workspace, SIZE, seed=seed)
        return mock.dump()

    assert build(0) == build(0)
    assert build(0)["projects"] != build(1)["projects"]
