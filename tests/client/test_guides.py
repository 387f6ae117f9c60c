"""Guides through the generated client: upsert a draft, publish it, list drafts, delete a draft."""

from __future__ import annotations

from http import HTTPStatus
from uuid import UUID

from hex_api_client import AuthenticatedClient
from hex_api_client.api.guides import (
    delete_guide_draft,
    list_draft_guides,
    publish_guide_drafts,
    upsert_guide_draft,
)
from hex_api_client.models import (
    DraftGuideList,
    GuideDraftFile,
    GuideDraftWarning,
    GuideFile,
    PublishGuideDraftsRequest,
    PublishGuideDraftsResponse,
    UpsertGuideDraftRequest,
    UpsertGuideDraftResponse,
)
from hex_api_client.types import UNSET, Unset
from tests.client.support import HEX_GUIDE, REVENUE_GUIDE, expect


def draft(client: AuthenticatedClient, path: str, contents: str) -> GuideFile:
    body = UpsertGuideDraftRequest(files=[GuideDraftFile(file_path=path, contents=contents)])
    result = expect(upsert_guide_draft.sync(client=client, body=body), UpsertGuideDraftResponse)
    (file,) = result.files
    return file


def listed(client: AuthenticatedClient) -> list[GuideFile]:
    return expect(list_draft_guides.sync(client=client, limit=100), DraftGuideList).values


def test_upsert_guide_draft(client: AuthenticatedClient) -> None:
    body = UpsertGuideDraftRequest(
        files=[
            GuideDraftFile(file_path="guides/churn.md", contents="# Churn\n"),
            GuideDraftFile(file_path="hex.md", contents="Prefer the Warehouse connection."),
        ]
    )

    result = expect(upsert_guide_draft.sync(client=client, body=body), UpsertGuideDraftResponse)

    (created,) = result.files
    assert created.file_path == "guides/churn.md"
    assert isinstance(created.id, UUID)
    # hex.md was authored in Hex: skipped, with a typed warning, unless forced.
    assert result.warnings == [
        GuideDraftWarning(
            message="Cannot overwrite a Hex-authored guide; pass forceWrite to overwrite it.",
            file_path="hex.md",
        )
    ]
    assert result.trace_id
    body.force_write = True
    forced = expect(upsert_guide_draft.sync(client=client, body=body), UpsertGuideDraftResponse)
    assert forced.files == [created, GuideFile(id=HEX_GUIDE, file_path="hex.md")]
    assert forced.warnings == []


def test_publish_guide_drafts(client: AuthenticatedClient) -> None:
    new = draft(client, "guides/churn.md", "# Churn\n")

    published = expect(
        publish_guide_drafts.sync(
            client=client, body=PublishGuideDraftsRequest(org_guide_file_ids=[new.id, REVENUE_GUIDE])
        ),
        PublishGuideDraftsResponse,
    )

    assert {guide.id for guide in published.published_guides} == {new.id, REVENUE_GUIDE}
    assert published.message
    assert new in listed(client)  # published guides stay listed as drafts


def test_list_draft_guides(client: AuthenticatedClient) -> None:
    new = draft(client, "a/first.md", "first")

    pages: list[DraftGuideList] = []
    after: str | Unset = UNSET
    while True:
        page = expect(list_draft_guides.sync(client=client, limit=2, after=after), DraftGuideList)
        pages.append(page)
        if page.pagination.after is None:
            break
        after = page.pagination.after

    assert [[guide.file_path for guide in page.values] for page in pages] == [
        ["a/first.md", "hex.md"],
        ["metrics/revenue.md"],
    ]
    assert pages[0].values[0] == new


def test_delete_guide_draft(client: AuthenticatedClient) -> None:
    new = draft(client, "guides/scratch.md", "scratch")

    response = delete_guide_draft.sync_detailed(new.id, client=client)

    assert (response.status_code, response.parsed) == (HTTPStatus.NO_CONTENT, None)
    assert new not in listed(client)  # a never-published guide goes away with its draft
    assert HEX_GUIDE in {guide.id for guide in listed(client)}
