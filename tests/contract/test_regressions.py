"""Bugs the contract suite found in the mock, pinned down so they stay fixed.

- A literal JSON `null` request body was read as "no body": it skipped the schema check and reached
  the handlers, which answered 500 (every operation with a required body). It is now checked
  against the schema like any other body and refused with the operation's validation status.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import yaml

from hex_mock.mock import HexMock
from tests.contract.live import SPEC
from tests.resources.demo_ids import (
    ANA_THREAD,
    COMPANY_METRICS,
    CUSTOMERS_FILE_CHANGE,
    DATA_TEAM,
    ED,
    SEMANTIC_PROJECT,
    WAREHOUSE,
    WEEKLY,
)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

# Weekly revenue's first cell and the demo's first guide (hex_mock/demo.yaml).
WEEKLY_CELL = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"
GUIDE = "4b3a2918-0f7e-4d6c-9b5a-483726150f9e"
PATH_VALUES = {
    "projectId": WEEKLY,
    "cellId": WEEKLY_CELL,
    "collectionId": COMPANY_METRICS,
    "groupId": DATA_TEAM,
    "userId": ED,
    "orgGuideFileId": GUIDE,
    "dataConnectionId": WAREHOUSE,
    "semanticProjectId": SEMANTIC_PROJECT,
    "id": ANA_THREAD,
    "changeId": CUSTOMERS_FILE_CHANGE,
}


def _operations_with_a_body() -> list[tuple[str, str, str, dict[str, Any]]]:
    document = yaml.safe_load(SPEC.read_text())
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            # JSON bodies only: a multipart form (a $ref'd request body) sent as JSON is a 415.
            if isinstance(operation, dict) and "application/json" in operation.get("requestBody", {}).get(
                "content", {}
            ):
                found.append((operation["operationId"], method.upper(), path, operation["responses"]))
    return found


OPERATIONS = _operations_with_a_body()


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "responses"), OPERATIONS, ids=[op[0] for op in OPERATIONS]
)
def test_a_null_body_is_refused_with_a_documented_status(
    operation_id: str, method: str, path: str, responses: dict[str, Any]
) -> None:
    # validate_responses=True: the refusal must also be in the operation's documented envelope.
    mock = HexMock(fixtures="demo", seed=0, validate_responses=True)
    client = TestClient(mock.app, base_url="http://hex-mock.test", raise_server_exceptions=True)
    url = "/api" + path.format(**PATH_VALUES)
    response = client.request(
        method,
        url,
        content=b"null",
        headers={"Authorization": "Bearer hxtp_demo_ana_admin", "Content-Type": "application/json"},
    )
    assert response.status_code in (400, 422), (operation_id, response.status_code, response.text)
    assert str(response.status_code) in responses, f"{operation_id} does not document {response.status_code}"
    assert mock.journal()[-1].operation_id == operation_id
