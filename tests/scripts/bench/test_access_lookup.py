"""A single project lookup (`project_access`) answers exactly what the list filter does for every
user and project, though it looks only at the collections the project is shared with."""

from __future__ import annotations

from hex_mock.mock import HexMock
from hex_mock.permissions import project_access, project_access_for
from hex_mock.store import Workspace
from scripts.bench_workspace import Size, populate


def assert_same_answers(ws: Workspace) -> None:
    for user in ws.users:
        listing = project_access_for(ws, user)
        for project in ws.projects:
            assert project_access(ws, user, project) == listing(project), (user.email, project.title)


def test_demo_workspace() -> None:
    assert_same_answers(HexMock(fixtures="demo", control_plane=False).workspace)


def test_generated_workspace_with_collection_and_group_shares() -> None:
    mock = HexMock(fixtures="demo", control_plane=False)
    populate(mock.workspace, Size(projects=60, runs=0, users=25, groups=6, collections=5), seed=3)
    ws = mock.workspace
    # Some projects shared with a collection that was since deleted, and with one that never existed.
    for index, project in enumerate(ws.projects):
        if index % 7 == 0:
            project.collection_access = {
                **project.collection_access,
                "00000000-0000-4000-8000-00000000dead": "CAN_EDIT",
            }
    gone = next(iter(ws.collections))
    ws.collections.remove(gone.id)
    assert_same_answers(ws)
