"""The integration against the mock, through the kit's pytest plugin (`hex_api` and `hex_mock`)."""

from __future__ import annotations

from uuid import UUID

import pytest

from hex_api_client import Hex, NotFoundError, PermissionDeniedError, RunFailedError
from hex_api_client.models import CreateProjectRequest, ProjectRunStatus
from hex_integration import every_project, run_and_wait
from hex_mock.mock import HexMock

WEEKLY_REVENUE = UUID("5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93")  # a published project of the demo


def test_a_run_is_waited_for_until_it_completes(hex_api: Hex) -> None:
    assert run_and_wait(hex_api, WEEKLY_REVENUE).status == ProjectRunStatus.COMPLETED


def test_a_failed_run_raises_with_its_status(hex_api: Hex, hex_mock: HexMock) -> None:
    hex_mock.script_run_outcomes(str(WEEKLY_REVENUE), ["ERRORED"])
    with pytest.raises(RunFailedError) as raised:
        run_and_wait(hex_api, WEEKLY_REVENUE)
    assert raised.value.status == "ERRORED"


def test_a_busy_hex_is_retried(hex_api: Hex, hex_mock: HexMock) -> None:
    hex_mock.inject_fault("RunProject", status=429)
    hex_mock.inject_fault("GetRunStatus", status=503, count=2)
    assert run_and_wait(hex_api, WEEKLY_REVENUE).status == ProjectRunStatus.COMPLETED


def test_every_project_is_listed_across_pages(hex_api: Hex) -> None:
    before = len(every_project(hex_api))
    for number in range(60):
        hex_api.projects.create(body=CreateProjectRequest(title=f"Report {number}"))
    assert len(every_project(hex_api)) == before + 60


def test_an_unknown_project_is_an_error(hex_api: Hex) -> None:
    with pytest.raises(NotFoundError):
        run_and_wait(hex_api, UUID(int=1))


@pytest.mark.parametrize("hex_token", ["hxtp_demo_ed_explorer"])
def test_missing_rights_are_an_error(hex_api: Hex) -> None:
    with pytest.raises(PermissionDeniedError):
        hex_api.users.deactivate(UUID("0e5b4a7c-6f1b-4c9d-9e5c-7a9b1c3d5f64"))
