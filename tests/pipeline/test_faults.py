"""Fault injection: the next N requests to an operation fail and/or are delayed."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from hex_mock.app import Runtime
from hex_mock.faults import Faults
from tests.pipeline.conftest import PERSONAL, PROJECT_ID, AppFactory, bearer

RUN = f"/api/v1/projects/{PROJECT_ID}/runs"


def runtime_of(app: Starlette) -> Runtime:
    runtime: Runtime = app.state.runtime
    return runtime


def serve(app: Starlette) -> TestClient:
    return TestClient(app, base_url="http://mock.test", headers=bearer(PERSONAL))


def test_next_n_requests_fail_in_the_operations_envelope(make_app: AppFactory) -> None:
    app = make_app()
    runtime_of(app).faults.inject("RunProject", status=503, count=2)
    client = serve(app)
    for _ in range(2):
        response = client.post(RUN)
        assert response.status_code == 503
        assert response.json()["reason"] == "Service unavailable"
    assert client.post(RUN).status_code == 201


def test_fault_status_and_message_on_a_standard_operation(make_app: AppFactory) -> None:
    app = make_app()
    runtime_of(app).faults.inject("GetProject", status=500, message="Kaboom")
    response = serve(app).get(f"/api/v1/projects/{PROJECT_ID}")
    assert response.status_code == 500
    assert response.json() == {"code": "INTERNAL_SERVER_ERROR", "message": "Kaboom", "issues": []}


def test_faults_only_touch_their_operation(make_app: AppFactory) -> None:
    app = make_app()
    runtime_of(app).faults.inject("RunProject", status=503)
    assert serve(app).get(f"/api/v1/projects/{PROJECT_ID}").status_code == 200
    assert runtime_of(app).faults.pending() == {"RunProject": 1}


def test_rejected_requests_do_not_consume_a_fault(make_app: AppFactory) -> None:
    app = make_app()
    runtime_of(app).faults.inject("RunProject", status=503)
    client = serve(app)
    assert client.post(RUN, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/v1/projects/bad/runs").status_code == 400
    assert client.post(RUN).status_code == 503


def test_delay_is_awaited_with_the_injected_sleep(make_app: AppFactory) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    app = make_app(sleep=fake_sleep)
    runtime_of(app).faults.inject("RunProject", delay=2.5)
    runtime_of(app).faults.inject("RunProject", delay=1.0, status=503)
    client = serve(app)
    assert client.post(RUN).status_code == 201  # a delay alone lets the request through
    assert client.post(RUN).status_code == 503
    assert client.post(RUN).status_code == 201
    assert slept == [2.5, 1.0]


def test_fault_arguments_are_checked() -> None:
    faults = Faults()
    with pytest.raises(ValueError, match="status, a delay"):
        faults.inject("X")
    with pytest.raises(ValueError, match="error status"):
        faults.inject("X", status=200)
    with pytest.raises(ValueError, match="count"):
        faults.inject("X", status=500, count=0)
    faults.inject("X", status=500, count=3)
    faults.clear()
    assert faults.take("X") is None
