"""Every operation through `Hex` and `AsyncHex`, in-process and served: the resource methods the spec's
extensions generate, called with the same arguments as the low-level table (test_call_styles.CASES)."""

from __future__ import annotations

import inspect

import pytest

import hex_api_client
from hex_api_client import AsyncPager, SyncPager
from hex_api_client.operations import OPERATIONS
from tests.client.conftest import Sdk, Target
from tests.client.sdk import method_of, paginated_operations, resource_methods
from tests.client.test_call_styles import CASES, Case, Setup

pytestmark = pytest.mark.anyio

RESOURCE_CASES = [case for case in CASES if case.operation_id in resource_methods()]
RUN_HELPERS = {"wait", "create_and_wait"}


def test_every_operation_has_a_resource_method_and_deprecated_ones_stay_low_level() -> None:
    client = hex_api_client.Hex("token", base_url="http://hex.test")
    public = {
        (resource, name)
        for resource, value in vars(client).items()
        if not resource.startswith("_") and resource != "settings"
        for name, _ in inspect.getmembers(type(value), inspect.isfunction)
        if not name.startswith("_")
    }
    assert public - {(resource, name) for resource, name in public if name in RUN_HELPERS} == set(
        resource_methods().values()
    )
    deprecated = {name for name in OPERATIONS if name not in resource_methods()}
    assert deprecated == {
        "RunProjectLegacy",
        "GetRunStatusLegacy",
        "CancelRunLegacy",
        "GetProjectRunsLegacy",
        "IngestSemanticModel",
        "UpdateSemanticModel",
    }
    assert {case.operation_id for case in RESOURCE_CASES} == set(resource_methods())


@pytest.mark.parametrize("case", RESOURCE_CASES, ids=[case.operation_id for case in RESOURCE_CASES])
async def test_every_resource_method_returns_its_success_model(case: Case, target: Target, sdk: Sdk) -> None:
    arguments = case.arguments(Setup(target.client, target.mock))
    before = len(target.mock.journal())

    result = method_of(sdk.client, case.operation_id)(**arguments)

    if case.operation_id in paginated_operations():
        assert isinstance(result, SyncPager | AsyncPager)
        pages = await sdk.collect_pages(result)
        assert pages, case.operation_id
        assert all(type(page) is case.model for page in pages)
    else:
        parsed = await sdk.call(result)
        if case.model is None:
            assert parsed is None
        else:
            assert type(parsed) is case.model
    called = [entry for entry in target.mock.journal()[before:]]
    assert {entry.operation_id for entry in called} == {case.operation_id}
    assert all(200 <= entry.status < 300 for entry in called)
