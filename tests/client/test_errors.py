"""Error responses through the generated client, each parsed into the model its operation declares:
operations on Hex's newer framework answer in `ApiError` ({code, message, issues}), those still on
tsoa in `TsoaError` ({reason, details?, traceId?}), RunProjectLegacy's 422 is `TsoaError` or
`InvalidParamPayload`, and 401 is Hex's plain text `Unauthorized` on every operation."""

from __future__ import annotations

import json
from http import HTTPStatus

import pytest

from hex_api_client import AuthenticatedClient
from hex_api_client.api.collections import get_collection
from hex_api_client.api.projects import get_project, list_projects, update_project
from hex_api_client.api.runs import get_run_status, get_run_status_legacy, run_project, run_project_legacy
from hex_api_client.api.users import me
from hex_api_client.models import (
    ApiError,
    InvalidParam,
    InvalidParamPayload,
    ProjectRun,
    RunInputParams,
    RunProjectRequest,
    TsoaError,
    UpdateProjectRequest,
)
from hex_api_client.types import UNSET
from hex_mock.mock import HexMock
from tests.client.support import CHURN, UNKNOWN, WEEKLY, expect


def test_404_in_the_api_error_envelope(client: AuthenticatedClient) -> None:
    response = get_project.sync_detailed(UNKNOWN, client=client)

    assert response.status_code == HTTPStatus.NOT_FOUND
    error = expect(response.parsed, ApiError)
    assert (error.code, error.message, error.issues) == ("NOT_FOUND", "Not found", [])


def test_404_in_the_tsoa_envelope(client: AuthenticatedClient) -> None:
    response = get_collection.sync_detailed(UNKNOWN, client=client)

    assert response.status_code == HTTPStatus.NOT_FOUND
    error = expect(response.parsed, TsoaError)
    assert error.reason == "Not found"
    assert isinstance(error.trace_id, str)
    assert error.details is UNSET


def test_the_same_unknown_run_is_an_api_error_on_the_plural_path_and_a_tsoa_error_on_the_legacy_one(
    client: AuthenticatedClient,
) -> None:
    run = expect(run_project.sync(WEEKLY, client=client), ProjectRun)

    plural = get_run_status.sync_detailed(CHURN, run.run_id, client=client)
    legacy = get_run_status_legacy.sync_detailed(CHURN, run.run_id, client=client)

    assert (plural.status_code, legacy.status_code) == (HTTPStatus.NOT_FOUND, HTTPStatus.NOT_FOUND)
    assert expect(plural.parsed, ApiError).code == "NOT_FOUND"
    assert expect(legacy.parsed, TsoaError).reason


def test_update_project_400_in_the_newer_envelope(client: AuthenticatedClient) -> None:
    response = update_project.sync_detailed(
        WEEKLY, client=client, body=UpdateProjectRequest(status="Shipped")
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    error = expect(response.parsed, ApiError)
    assert "Shipped" in error.message


def test_run_project_422_for_an_unpublished_project_is_an_api_error(client: AuthenticatedClient) -> None:
    response = run_project.sync_detailed(CHURN, client=client)

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    error = expect(response.parsed, ApiError)
    assert (error.code, error.message) == ("UNPROCESSABLE_CONTENT", "This project has not been published")
    legacy = run_project_legacy.sync_detailed(CHURN, client=client)
    assert expect(legacy.parsed, TsoaError).reason == "This project has not been published"


def test_run_project_422_for_bad_inputs(client: AuthenticatedClient) -> None:
    body = RunProjectRequest(input_params=RunInputParams.from_dict({"min_orders": "12", "typo": 1}))

    response = run_project.sync_detailed(WEEKLY, client=client, body=body)

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    issues = expect(response.parsed, ApiError).issues
    assert isinstance(issues, list)
    assert [issue.message for issue in issues] == [
        "inputParams.typo: no such input in the published app",
        'inputParams.min_orders: "12" is not a valid number for its slider input',
    ]
    # The legacy route keeps the tsoa-era payload that lists them.
    legacy = run_project_legacy.sync_detailed(WEEKLY, client=client, body=body)
    assert legacy.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    payload = expect(legacy.parsed, InvalidParamPayload)
    assert payload.invalid == [
        InvalidParam(
            param_name="min_orders", param_value='"12"', data_type="number", input_cell_type="slider"
        )
    ]
    assert payload.not_found == ["typo"]
    assert payload.trace_id


def test_422_in_the_api_error_envelope(client: AuthenticatedClient, mock: HexMock) -> None:
    # GetRunStatus's 422 is an ApiError that nothing in the mock's state produces
    # it (it takes no body), so a fault stands in for whatever makes Hex answer it.
    run = expect(run_project.sync(WEEKLY, client=client), ProjectRun)
    mock.inject_fault("GetRunStatus", status=422, message="Unprocessable content")

    response = get_run_status.sync_detailed(WEEKLY, run.run_id, client=client)

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    error = expect(response.parsed, ApiError)
    assert error.message == "Unprocessable content"


def test_422_api_error_code_is_the_one_the_spec_documents(client: AuthenticatedClient, mock: HexMock) -> None:
    run = expect(run_project.sync(WEEKLY, client=client), ProjectRun)
    mock.inject_fault("GetRunStatus", status=422)

    error = expect(get_run_status.sync(WEEKLY, run.run_id, client=client), ApiError)

    assert error.code == "UNPROCESSABLE_CONTENT"


@pytest.mark.parametrize("hex_token", ["hxtp_demo_eve_revoked", "hxtp_no_such_token"])
def test_401_with_a_bad_token_is_hexs_plain_text_on_every_operation(client: AuthenticatedClient) -> None:
    for response in (
        me.sync_detailed(client=client),
        list_projects.sync_detailed(client=client),  # its 400/403/429 are TsoaError
        get_collection.sync_detailed(UNKNOWN, client=client),  # its 404 is TsoaError
    ):
        assert response.status_code == HTTPStatus.UNAUTHORIZED
        assert response.parsed == "Unauthorized"
        assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')


@pytest.mark.parametrize("hex_token", ["hxtp_no_such_token"])
def test_the_json_401_switch_still_parses(client: AuthenticatedClient, mock: HexMock) -> None:
    mock.set_json_401(True)
    response = me.sync_detailed(client=client)
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    # The spec lists text/plain first (Hex's edge), so the client hands the JSON body over as text.
    assert isinstance(response.parsed, str)
    assert json.loads(response.parsed)["code"] == "UNAUTHORIZED"
