"""Generated workspaces for `make bench`: any size, built in seconds, the same for the same seed, so
the benchmarks serve 10,000 projects and 100,000 runs without a giant fixtures file. Runs are
finished, every project is published (runs need that) and most are shared with the workspace.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hex_mock.store import Collection, Group, Project, Run, Table, Token, User, Workspace

ADMIN_TOKEN = "hxtp_bench_admin"
EPOCH = datetime(2023, 1, 2, 9, 0, 0, tzinfo=UTC)
ROLES = ("ADMIN", "MANAGER", "EDITOR", "EDITOR", "EDITOR", "EXPLORER", "EXPLORER", "MEMBER", "GUEST")
RUN_OUTCOMES = ("COMPLETED",) * 8 + ("ERRORED", "KILLED")
RUN_TRIGGERS = ("API", "API", "SCHEDULED", "APP_REFRESH")
STATUSES = {"Draft": False, "In review": False, "Certified": True}
CATEGORIES = {"Finance": None, "Growth": "Growth team work", "Ops": None}


@dataclass(frozen=True)
class Size:
    """Record counts: at least one of each, but runs may be none."""

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
    """Add `size`'s records to `ws`; the id of the first generated project, whose owner is the first
    generated user: an ADMIN with the personal token ADMIN_TOKEN. Run i belongs to project i mod
    `size.projects`."""
    rng = random.Random(seed)
    ws.statuses.update(STATUSES)
    ws.categories.update(CATEGORIES)
    user_ids = _add(ws.users, _users(size.users, ws, rng))
    admin = Token(
        secret=ADMIN_TOKEN, kind="personal", user_id=user_ids[0], scopes=frozenset(), created_at=EPOCH
    )
    ws.add_token(admin)
    group_ids = _add(ws.groups, _groups(size.groups, ws, user_ids, rng))
    collection_ids = _add(ws.collections, _collections(size.collections, ws, user_ids, group_ids, rng))
    projects = list(_projects(size.projects, ws, user_ids, group_ids, collection_ids, rng))
    _add(ws.projects, projects)
    _add(ws.runs, _runs(size.runs, ws, projects, rng))
    return projects[0].id


def _add(table: Table[Any], records: Iterable[Any]) -> list[str]:
    ids = []
    for record in records:
        table.put(record.id, record)
        ids.append(record.id)
    return ids


def _users(count: int, ws: Workspace, rng: random.Random) -> Iterator[User]:
    for index in range(count):
        yield User(
            id=ws.ids.uuid(),
            email=f"bench.user{index:05d}@example.com",
            name=f"Bench User {index:05d}",
            role="ADMIN" if index == 0 else rng.choice(ROLES),
            created_at=EPOCH + timedelta(hours=index),
            last_login_at=EPOCH + timedelta(days=300, minutes=index) if index % 3 else None,
        )


def _groups(count: int, ws: Workspace, user_ids: list[str], rng: random.Random) -> Iterator[Group]:
    for index in range(count):
        members = rng.sample(user_ids, k=min(len(user_ids), rng.randint(1, 25)))
        if index == 0 and user_ids[0] not in members:
            members.append(user_ids[0])  # the admin belongs to at least one group
        yield Group(
            id=ws.ids.uuid(),
            name=f"Bench group {index:03d}",
            created_at=EPOCH + timedelta(days=1, hours=index),
            member_ids=members,
        )


def _collections(
    count: int, ws: Workspace, user_ids: list[str], group_ids: list[str], rng: random.Random
) -> Iterator[Collection]:
    for index in range(count):
        yield Collection(
            id=ws.ids.uuid(),
            name=f"Bench collection {index:03d}",
            created_at=EPOCH + timedelta(days=2, hours=index),
            creator_id=user_ids[0],
            user_access={rng.choice(user_ids): "FULL_ACCESS"},
            group_access={rng.choice(group_ids): "CAN_VIEW"},
            workspace_access="CAN_VIEW" if index % 2 else None,
        )


def _projects(
    count: int,
    ws: Workspace,
    user_ids: list[str],
    group_ids: list[str],
    collection_ids: list[str],
    rng: random.Random,
) -> Iterator[Project]:
    statuses = [None, *STATUSES]
    categories = list(CATEGORIES)
    for index in range(count):
        owner = user_ids[0] if index == 0 else rng.choice(user_ids)
        created = EPOCH + timedelta(days=3, minutes=7 * index)
        edited = created + timedelta(hours=rng.randint(0, 500))
        user_access = {owner: "FULL_ACCESS"}
        if rng.random() < 0.3:
            user_access.setdefault(rng.choice(user_ids), rng.choice(("CAN_VIEW", "CAN_EDIT")))
        yield Project(
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
            group_access={rng.choice(group_ids): "CAN_VIEW"} if rng.random() < 0.2 else {},
            collection_access={rng.choice(collection_ids): "CAN_VIEW"} if rng.random() < 0.1 else {},
            # Most projects are shared with the whole workspace; the rest only with their people.
            workspace_access="CAN_VIEW" if index == 0 or rng.random() < 0.9 else "NONE",
            published_version=rng.randint(1, 5),
        )


def _runs(count: int, ws: Workspace, projects: list[Project], rng: random.Random) -> Iterator[Run]:
    for index in range(count):
        project = projects[index % len(projects)]
        created = project.created_at + timedelta(hours=1 + index // len(projects), seconds=index % 60)
        outcome = rng.choice(RUN_OUTCOMES)
        started = created + timedelta(milliseconds=rng.randint(50, 2_000))
        yield Run(
            id=ws.ids.uuid(),
            project_id=project.id,
            project_version=project.published_version,
            trace_id=ws.ids.uuid(),
            created_at=created,
            status=outcome,
            trigger=rng.choice(RUN_TRIGGERS),
            start_time=started,
            end_time=started + timedelta(milliseconds=rng.randint(100, 120_000)),
            outcome=outcome,
        )
