"""What `Hex` / `AsyncHex` do beyond calling an operation, against the mock (in-process and served):
pagination, waiting for runs, retries, pacing and the exception for each error the mock answers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest

from hex_api_client import (
    APITimeoutError,
    AsyncHex,
    AuthenticationError,
    BadRequestError,
    Hex,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunFailedError,
    RunTimeoutError,
    UnprocessableEntityError,
)
from hex_api_client.models import CreateProjectRequest, ProjectRunStatus
from hex_mock.mock import HexMock
from tests.client.conftest import ASYNC, SYNC, Sdk, Target
from tests.client.support import ADMIN_TOKEN, CHURN, DATA_TEAM, EXPLORER_TOKEN, OPS, UNKNOWN, WEEKLY

pytestmark = pytest.mark.anyio

MakeSdk = Callable[..., Awaitable[Sdk]]
EXTRA_PROJECTS = 60


def calls(target: Target, operation_id: str) -> list[int]:
    """The statuses the mock answered to `operation_id`, in order."""
    return [entry.status for entry in target.mock.journal(operation_id)]


async def test_a_list_walks_every_page_lazily(sdk: Sdk, target: Target) -> None:
    # More creations than the default group's 30 a minute: the subject here is paging, not pacing.
    target.mock.set_rate_limit("hex-api", per_minute=None, per_hour=None)
    for number in range(EXTRA_PROJECTS):
        await sdk.call(sdk.client.projects.create(body=CreateProjectRequest(title=f"Project {number:02}")))
    expected = {project.id for project in await sdk.collect(sdk.client.projects.list(limit=100))}
    assert len(expected) > EXTRA_PROJECTS

    pager = sdk.client.projects.list(limit=7)
    assert calls(target, "ListProjects") == [200]  # nothing is fetched before iterating
    projects = await sdk.collect(pager)

    assert [project.id for project in projects] == list(dict.fromkeys(project.id for project in projects))
    assert {project.id for project in projects} == expected
    pages = -(-len(expected) // 7)
    assert calls(target, "ListProjects") == [200] * (1 + pages)
    assert [len(page.values) for page in await sdk.collect_pages(pager)][:-1] == [7] * (pages - 1)


async def test_filters_apply_to_every_page(sdk: Sdk) -> None:
    titles = [project.title for project in await sdk.collect(sdk.client.projects.list(limit=1))]
    archived = await sdk.collect(sdk.client.projects.list(limit=1, include_archived=True))

    assert len(archived) == len(titles) + 1
    assert str(OPS) in {str(project.id) for project in archived}


async def test_offset_pages_of_runs_are_walked_to_the_end(sdk: Sdk, target: Target) -> None:
    target.mock.set_run_progression("immediate")
    started = [await sdk.call(sdk.client.runs.create(WEEKLY)) for _ in range(12)]

    runs = await sdk.collect(sdk.client.runs.list(WEEKLY, limit=5))

    assert {run.run_id for run in started} <= {run.run_id for run in runs}
    assert len(runs) == len({run.run_id for run in runs})
    assert [len(page.runs) for page in await sdk.collect_pages(sdk.client.runs.list(WEEKLY, limit=5))][
        :2
    ] == [5, 5]


@pytest.mark.parametrize("outcome", ["ERRORED", "UNABLE_TO_ALLOCATE_KERNEL", "COMPLETED"])
async def test_wait_returns_the_terminal_status_or_raises_run_failed(
    outcome: str, sdk: Sdk, target: Target
) -> None:
    target.mock.script_run_outcomes(str(WEEKLY), [outcome, outcome])
    started_at = target.mock.clock.now()

    if outcome == "COMPLETED":
        final = await sdk.call(sdk.client.runs.create_and_wait(WEEKLY, poll_interval=1.0))
        assert final.status == ProjectRunStatus.COMPLETED
    else:
        with pytest.raises(RunFailedError) as raised:
            await sdk.call(sdk.client.runs.create_and_wait(WEEKLY, poll_interval=1.0))
        assert raised.value.status == outcome
        assert raised.value.run.status == ProjectRunStatus(outcome)
        run = await sdk.call(sdk.client.runs.create(WEEKLY))
        final = await sdk.call(sdk.client.runs.wait(WEEKLY, run.run_id, raise_on_failure=False))
        assert final.status == ProjectRunStatus(outcome)
    # The waits moved the mock's manual clock, a few seconds as the run progressed: no real sleep.
    assert 5 <= (target.mock.clock.now() - started_at).total_seconds() <= 30


async def test_a_cancelled_run_is_killed_and_wait_raises(sdk: Sdk) -> None:
    run = await sdk.call(sdk.client.runs.create(WEEKLY))
    await sdk.call(sdk.client.runs.cancel(WEEKLY, run.run_id))

    with pytest.raises(RunFailedError) as raised:
        await sdk.call(sdk.client.runs.wait(WEEKLY, run.run_id))
    assert raised.value.status == "KILLED"


async def test_wait_gives_up_after_its_timeout(sdk: Sdk, target: Target) -> None:
    target.mock.set_run_progression("clock", pending_seconds=1, running_seconds=1000)
    run = await sdk.call(sdk.client.runs.create(WEEKLY))
    started_at = target.mock.clock.now()

    with pytest.raises(RunTimeoutError) as raised:
        await sdk.call(sdk.client.runs.wait(WEEKLY, run.run_id, timeout=30, poll_interval=4))

    assert raised.value.status == "RUNNING"
    assert (target.mock.clock.now() - started_at).total_seconds() == pytest.approx(30)


async def test_503s_are_retried_then_succeed(sdk: Sdk, target: Target) -> None:
    target.mock.inject_fault("GetProject", status=503, count=2)
    before = len(calls(target, "GetProject"))

    project = await sdk.call(sdk.client.projects.get(WEEKLY))

    assert str(project.id) == str(WEEKLY)
    assert calls(target, "GetProject")[before:] == [503, 503, 200]


async def test_retries_stop_at_max_retries_per_client_and_per_call(
    sdk_factory: MakeSdk, target: Target
) -> None:
    sdk = await sdk_factory(ADMIN_TOKEN, max_retries=1)
    target.mock.inject_fault("GetProject", status=502, count=5)

    with pytest.raises(InternalServerError) as raised:
        await sdk.call(sdk.client.projects.get(WEEKLY))
    assert raised.value.status_code == 502
    assert calls(target, "GetProject") == [502, 502]

    with pytest.raises(InternalServerError):
        await sdk.call(sdk.client.with_options(max_retries=2).projects.get(WEEKLY))
    assert calls(target, "GetProject") == [502] * 5


async def test_a_run_is_never_sent_twice_after_a_500_but_is_after_a_503(sdk: Sdk, target: Target) -> None:
    target.mock.inject_fault("RunProject", status=500)
    with pytest.raises(InternalServerError):
        await sdk.call(sdk.client.runs.create(WEEKLY))
    assert calls(target, "RunProject") == [500]

    target.mock.inject_fault("RunProject", status=503)
    await sdk.call(sdk.client.runs.create(WEEKLY))
    assert calls(target, "RunProject") == [500, 503, 201]


async def test_a_429_is_retried_after_its_retry_after(sdk: Sdk, target: Target) -> None:
    target.mock.set_run_progression("immediate")
    for _ in range(20):  # RunProject allows 20 a minute per token
        await sdk.call(sdk.client.runs.create(WEEKLY))
    before = target.mock.clock.now()

    await sdk.call(sdk.client.runs.create(WEEKLY))

    assert calls(target, "RunProject")[-2:] == [429, 201]
    waited = (target.mock.clock.now() - before).total_seconds()
    assert 1 <= waited <= 60


async def test_a_retry_after_beyond_the_cap_is_raised_with_its_value(sdk: Sdk, target: Target) -> None:
    target.mock.set_run_progression("immediate")
    for _ in range(60):  # and 60 an hour: the next slot is most of an hour away
        await sdk.call(sdk.client.runs.create(WEEKLY))
        target.mock.advance(5)

    with pytest.raises(RateLimitError) as raised:
        await sdk.call(sdk.client.runs.create(WEEKLY))
    assert raised.value.retry_after is not None
    assert raised.value.retry_after > 60
    assert raised.value.status_code == 429


async def test_pacing_waits_instead_of_collecting_429s(sdk_factory: MakeSdk, target: Target) -> None:
    sdk = await sdk_factory(ADMIN_TOKEN, pace_requests=True, max_retries=0)
    target.mock.set_run_progression("immediate")
    before = target.mock.clock.now()

    for _ in range(25):
        await sdk.call(sdk.client.runs.create(WEEKLY))

    assert calls(target, "RunProject") == [201] * 25
    assert (target.mock.clock.now() - before).total_seconds() >= 60


async def test_without_pacing_the_same_burst_is_refused(sdk_factory: MakeSdk, target: Target) -> None:
    sdk = await sdk_factory(ADMIN_TOKEN, max_retries=0)
    target.mock.set_run_progression("immediate")
    for _ in range(20):
        await sdk.call(sdk.client.runs.create(WEEKLY))

    with pytest.raises(RateLimitError):
        await sdk.call(sdk.client.runs.create(WEEKLY))


@pytest.mark.live
@pytest.mark.parametrize("flavour", [SYNC, ASYNC])
async def test_a_request_slower_than_the_timeout_is_retried_only_when_idempotent(
    flavour: str, hex_live_server: str, hex_live_mock: HexMock
) -> None:
    # In-process transports have no timeouts: this needs the served mock, with real delays. Attempts
    # are counted as the client sends them: when the server takes a request is up to its thread.
    # The delayed requests then fail, so one still in flight after the test changes no later state.
    sent: list[str] = []

    def record(request: httpx.Request) -> None:
        sent.append(request.method)

    async def record_async(request: httpx.Request) -> None:
        record(request)

    async def advance(seconds: float) -> None:
        hex_live_mock.advance(seconds)

    options: dict[str, Any] = {"base_url": hex_live_server, "timeout": 0.2, "max_retries": 1}
    hex_live_mock.inject_fault("GetProject", status=503, delay=1.0, count=2)
    hex_live_mock.inject_fault("CreateProject", status=503, delay=1.0)
    async with AsyncExitStack() as stack:
        if flavour == SYNC:
            http = stack.enter_context(httpx.Client(event_hooks={"request": [record]}))
            sdk = Sdk(SYNC, Hex(ADMIN_TOKEN, sleep=hex_live_mock.advance, http_client=http, **options))
        else:
            async_http = httpx.AsyncClient(event_hooks={"request": [record_async]})
            await stack.enter_async_context(async_http)
            sdk = Sdk(ASYNC, AsyncHex(ADMIN_TOKEN, sleep=advance, http_client=async_http, **options))

        with pytest.raises(APITimeoutError) as read:
            await sdk.call(sdk.client.projects.get(WEEKLY))
        assert read.value.may_have_reached_server
        with pytest.raises(APITimeoutError, match="not sent again"):
            await sdk.call(sdk.client.projects.create(body=CreateProjectRequest(title="Once")))

    assert sent == ["GET", "GET", "POST"]


async def test_each_error_status_is_its_exception(sdk_factory: MakeSdk, target: Target) -> None:
    admin = await sdk_factory(ADMIN_TOKEN)
    with pytest.raises(NotFoundError) as not_found:
        await admin.call(admin.client.projects.get(UNKNOWN))
    assert (not_found.value.status_code, not_found.value.code) == (404, "NOT_FOUND")
    assert not_found.value.body

    with pytest.raises(NotFoundError) as tsoa:
        await admin.call(admin.client.collections.get(UNKNOWN))
    assert tsoa.value.reason == "Not found"
    assert tsoa.value.trace_id

    with pytest.raises(BadRequestError):
        await admin.collect(admin.client.projects.list(limit=0))

    with pytest.raises(UnprocessableEntityError) as unpublished:
        await admin.call(admin.client.runs.create(CHURN))
    assert "not been published" in str(unpublished.value)

    explorer = await sdk_factory(EXPLORER_TOKEN)
    with pytest.raises(PermissionDeniedError):
        await explorer.call(explorer.client.groups.delete(DATA_TEAM))

    stranger = await sdk_factory("hxtp_not_a_token")
    with pytest.raises(AuthenticationError) as unauthenticated:
        await stranger.call(stranger.client.users.me())
    assert unauthenticated.value.status_code == 401
    assert len(calls(target, "Me")) == 1
