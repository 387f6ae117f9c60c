"""Agent threads through `Hex` / `AsyncHex`, in-process and served: start one, wait for its answer on
the mock's clock, follow up, walk its messages from the newest page back, and the typed refusals."""

from __future__ import annotations

import pytest

from hex_api_client import BadRequestError, PermissionDeniedError
from hex_api_client.models import (
    ContinueThreadRequest,
    CreateThreadRequest,
    ThreadErrorType,
    ThreadStatus,
    ThreadTextBlock,
)
from tests.client.conftest import Sdk, Target
from tests.client.support import ADMIN_TOKEN, ANA_THREAD, EXPLORER_TOKEN
from tests.client.test_sdk_behaviour import MakeSdk

pytestmark = pytest.mark.anyio


async def test_a_thread_answers_and_takes_follow_ups(sdk: Sdk, target: Target) -> None:
    threads = sdk.client.threads
    created = await sdk.call(threads.create(body=CreateThreadRequest(prompt="q1")))
    assert (await sdk.call(threads.get(created.thread_id))).status is ThreadStatus.RUNNING

    for prompt in ("q2", "q3"):
        target.mock.advance(5)
        await sdk.call(threads.follow_up(created.thread_id, body=ContinueThreadRequest(prompt=prompt)))
    target.mock.advance(5)

    thread = await sdk.call(threads.get(created.thread_id))
    assert thread.status is ThreadStatus.IDLE
    (answer,) = thread.response
    assert isinstance(answer, ThreadTextBlock)
    assert answer.text.endswith("q3")
    blocks = await sdk.collect(threads.messages(created.thread_id, limit=2))
    # Newest page first, each page oldest first: q3's turn, then q2's, then q1's.
    assert [block.text.split(":")[0] + block.text[-2:] for block in blocks] == [
        "userq3", "assistantq3", "userq2", "assistantq2", "userq1", "assistantq1",
    ]  # fmt: skip


async def test_scripted_failures_and_refused_follow_ups_are_typed(sdk: Sdk, target: Target) -> None:
    target.mock.script_thread_outcomes([{"error": {"type": "AGENT_OVERLOADED"}}])
    created = await sdk.call(sdk.client.threads.create(body=CreateThreadRequest(prompt="q")))
    target.mock.advance(5)

    thread = await sdk.call(sdk.client.threads.get(created.thread_id))
    assert thread.status is ThreadStatus.ERROR
    assert thread.error.type_ is ThreadErrorType.AGENT_OVERLOADED
    with pytest.raises(BadRequestError):
        await sdk.call(
            sdk.client.threads.follow_up(created.thread_id, body=ContinueThreadRequest(prompt="again"))
        )


async def test_listing_threads_needs_a_manager(sdk_factory: MakeSdk) -> None:
    explorer = await sdk_factory(EXPLORER_TOKEN)
    with pytest.raises(PermissionDeniedError):
        await explorer.collect(explorer.client.threads.list())
    admin = await sdk_factory(ADMIN_TOKEN)
    ids = [thread.id for thread in await admin.collect(admin.client.threads.list(limit=1))]
    assert len(ids) == 4
    assert ANA_THREAD in ids
    topics = [topic.name for topic in await admin.collect(admin.client.threads.list_topics(limit=1))]
    assert topics == ["Churn", "Revenue"]
