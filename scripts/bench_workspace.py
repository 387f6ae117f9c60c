"""Generated workspaces for `make bench`: any size, built in seconds, the same for the same arguments.

`populate` adds generated users, groups, collections, projects and runs to a workspace (an empty
one, or the demo), so the benchmarks can serve 10,000 projects and 100,000 runs without a giant
fixtures file. Everything comes from one seeded random source and a fixed epoch, never the wall
clock. The records are what the fixtures loader and the handlers would make: runs are finished
(COMPLETED, ERRORED or KILLED), every project is published (runs need that), and most projects are
shared with the workspace, so a workspace-audience user sees most of them in ListProjects, as in a
real workspace.

The first generated user is an ADMIN with the personal token `ADMIN_TOKEN`; it owns the first
generated project, whose id `populate` returns for the benchmarks to read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hex_mock.store import Collection, Group, Project, Run, Token, User, Workspace

ADMIN_TOKEN = "hxtp_bench_admin"
EPOCH = datetime(2023, 1, 2, 9, 0, 0, tzinfo=UTC)
ROLES = ("ADMIN", "MANAGER", "EDITOR", "EDITOR", "EDITOR", "EXPLORER", "EXPLORER", "MEMBER", "GUEST")
RUN_OUTCOMES = ("COMPLETED",) * 8 + ("ERRORED", "KILLED")
RUN_TRIGGERS = ("API", "API", "SCHEDULED", "APP_REFRESH")
STATUSES = {"Draft": False, "In review": False, "Certified": True}
CATEGORIES = {"Finance": None, "Growth": "Growth team work", "Ops": None}


@dataclass(frozen=True)
class Size:
    projects: int
    runs: int
    users: int
    groups: int = 20
    collections: int = 10


# The "large workspace", and the small one its page costs are compared with. Groups and
# collections stay the same in both, so the comparison isolates the number of projects and runs.
LARGE = Size(projects=10_000, runs=100_000, users=1_000)
SMALL = Size(projects=100, runs=1_000, users=10)


def populate(ws: Workspace, size: Size, *, seed: int = 0) -> str:
    """Add `size`'s records to `ws`; the id of the first generated project (the admin's, published,
    with runs). Run i belongs to project i mod `size.projects`."""
    if size.users < 1 or size.projects < 1:
        raise ValueError("a generated workspace needs at least one user and one project")
    if min(size.runs, size.groups, size.collections) < 0:
        raise ValueError("record counts cannot be negative")
    rng = random.Random(seed)
    ws.statuses.update(STATUSES)
    ws.categories.update(CATEGORIES)
    user_ids = _users(ws, size.users, rng)
    admin = Token(
        secret=ADMIN_TOKEN, kind="personal", user_id=user_ids[0], scopes=frozenset(), created_at=EPOCH
    )
    ws.add_token(admin)
    group_ids = _groups(ws, size.groups, user_ids, rng)
    collection_ids = _collections(ws, size.collections, user_ids, group_ids, rng)
    project_ids = _projects(ws, size.projects, user_ids, group_ids, collection_ids, rng)
    _runs(ws, size.runs, project_ids, rng)
    return project_ids[0]


def _users(ws: Workspace, count: int, rng: random.Random) -> list[str]:
    ids = []
    for index in range(count):
        user = User(
            id=ws.ids.uuid(),
            email=f"bench.user{index:05d}@example.com",
            name=f"Bench User {index:05d}",
            role="ADMIN" if index == 0 else rng.choice(ROLES),
            created_at=EPOCH + timedelta(hours=index),
            last_login_at=EPOCH + timedelta(days=300, minutes=index) if index % 3 else None,
        )
        ws.users.put(user.id, user)
        ids.append(user.id)
    return ids


def _groups(ws: Workspace, count: int, user_ids: list[str], rng: random.Random) -> list[str]:
    ids = []
    for index in range(count):
        members = rng.sample(user_ids, k=min(len(user_ids), rng.randint(1, 25)))
        if index == 0 and user_ids[0] not in members:
            members.append(user_ids[0])  # the admin belongs to at least one group
        group = Group(
            id=ws.ids.uuid(),
            name=f"Bench group {index:03d}",
            created_at=EPOCH + timedelta(days=1, hours=index),
            member_ids=members,
        )
        ws.groups.put(group.id, group)
        ids.append(group.id)
    return ids


def _collections(
    ws: Workspace, count: int, user_ids: list[str], group_ids: list[str], rng: random.Random
) -> list[str]:
    ids = []
    for index in range(count):
        collection = Collection(
            id=ws.ids.uuid(),
            name=f"Bench collection {index:03d}",
            created_at=EPOCH + timedelta(days=2, hours=index),
            creator_id=user_ids[0],
            user_access={rng.choice(user_ids): "FULL_ACCESS"},
            group_access={rng.choice(group_ids): "CAN_VIEW"} if group_ids else {},
            workspace_access="CAN_VIEW" if index % 2 else None,
        )
        ws.collections.put(collection.id, collection)
        ids.append(collection.id)
    return ids


def _projects(
    ws: Workspace,
    count: int,
    user_ids: list[str],
    group_ids: list[str],
    collection_ids: list[str],
    rng: random.Random,
) -> list[str]:
    ids = []
    statuses = [None, *STATUSES]
    categories = list(CATEGORIES)
    for index in range(count):
        owner = user_ids[0] if index == 0 else rng.choice(user_ids)
        created = EPOCH + timedelta(days=3, minutes=7 * index)
        edited = created + timedelta(hours=rng.randint(0, 500))
        user_access = {owner: "FULL_ACCESS"}
        if rng.random() < 0.3:
            user_access.setdefault(rng.choice(user_ids), rng.choice(("CAN_VIEW", "CAN_EDIT")))
        project = Project(
            id=ws.ids.uuid(),
            title=f"Bench project {index:05d}",
            description=f"Generated project number {index}" if index % 2 else None,
            creator_id=owner,
            owner_id=owner,
            created_at=created,
            last_edited_at=edited,
            status=rng.choice(statuses),
            categories=rng.sample(categories, k=rng.randint(0, 2)),
            app_views=(rng.randint(0, 500), rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 80)),
            last_viewed_at=edited + timedelta(hours=1) if index % 4 else None,
            published_results_updated_at=edited + timedelta(hours=2),
            last_published_at=edited,
            user_access=user_access,
            group_access={rng.choice(group_ids): "CAN_VIEW"} if group_ids and rng.random() < 0.2 else {},
            collection_access=(
                {rng.choice(collection_ids): "CAN_VIEW"} if collection_ids and rng.random() < 0.1 else {}
            ),
            # Most projects are shared with the whole workspace; the rest only with their people.
            workspace_access="CAN_VIEW" if index == 0 or rng.random() < 0.9 else "NONE",
            published_version=rng.randint(1, 5),
        )
        ws.projects.put(project.id, project)
        ids.append(project.id)
    return ids


def _runs(ws: Workspace, count: int, project_ids: list[str], rng: random.Random) -> None:
    for index in range(count):
        project_id = project_ids[index % len(project_ids)]
        project = ws.projects.get(project_id)
        assert project is not None
        created = project.created_at + timedelta(hours=1 + index // len(project_ids), seconds=index % 60)
        outcome = rng.choice(RUN_OUTCOMES)
        started = created + timedelta(milliseconds=rng.randint(50, 2_000))
        run = Run(
            id=ws.ids.uuid(),
            project_id=project_id,
            project_version=project.published_version,
            trace_id=ws.ids.uuid(),
            created_at=created,
            status=outcome,
            trigger=rng.choice(RUN_TRIGGERS),
            start_time=started,
            end_time=started + timedelta(milliseconds=rng.randint(100, 120_000)),
            outcome=outcome,
        )
        ws.runs.put(run.id, run)
