"""Semantic projects through `Hex` / `AsyncHex`, in-process and served: a multipart zip upload and
status updates on what it defined."""

from __future__ import annotations

import io
import zipfile

import pytest

from hex_api_client import BadRequestError
from hex_api_client.models import (
    SemanticObjectType,
    SemanticObjectUpdate,
    SemanticProjectArchiveForm,
    UpdateSemanticProjectRequest,
)
from hex_api_client.types import File
from hex_mock.mock import HexMock
from tests.client.conftest import Sdk
from tests.client.support import SEMANTIC_PROJECT

pytestmark = pytest.mark.anyio


def upload(files: dict[str, str], **options: bool) -> SemanticProjectArchiveForm:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in files.items():
            archive.writestr(path, content)
    return SemanticProjectArchiveForm(
        file=File(payload=io.BytesIO(buffer.getvalue()), file_name="model.zip", mime_type="application/zip"),
        **options,
    )


async def test_ingest_then_set_statuses(sdk: Sdk, mock: HexMock) -> None:
    model = {"datasets/orders.yml": "id: orders\n", "views/revenue.yml": "id: revenue\n"}

    dry = await sdk.call(
        sdk.client.semantic_projects.ingest(SEMANTIC_PROJECT, body=upload(model, dry_run=True, verbose=False))
    )
    assert dry.contents == []
    synced = await sdk.call(sdk.client.semantic_projects.ingest(SEMANTIC_PROJECT, body=upload(model)))
    assert synced.contents == ["dataset:orders", "view:revenue"]
    project = mock.workspace.semantic_projects.get(str(SEMANTIC_PROJECT))
    assert project is not None
    assert (project.datasets, project.views) == (["orders"], ["revenue"])

    updates = UpdateSemanticProjectRequest(
        updates=[SemanticObjectUpdate(type_=SemanticObjectType.VIEW, name="revenue", status="Certified")]
    )
    result = await sdk.call(sdk.client.semantic_projects.update(SEMANTIC_PROJECT, body=updates))
    assert [(item.name, item.status) for item in result.updated.views] == [("revenue", "Certified")]


async def test_a_corrupt_archive_raises_with_the_refusal(sdk: Sdk) -> None:
    body = SemanticProjectArchiveForm(file=File(payload=io.BytesIO(b"not a zip"), file_name="model.zip"))
    with pytest.raises(BadRequestError) as raised:
        await sdk.call(sdk.client.semantic_projects.ingest(SEMANTIC_PROJECT, body=body))
    assert raised.value.json_body["details"] == "file: is not a zip archive"
