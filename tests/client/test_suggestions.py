"""Context suggestions and batch compute profiles through `Hex` / `AsyncHex`, in-process and served:
list and page, read the changes with their typed payloads, close them, a review that ends on the
mock's clock, and the typed refusals."""

from __future__ import annotations

import pytest

from hex_api_client import BadRequestError, NotFoundError, PermissionDeniedError
from hex_api_client.models import (
    BatchUpdateComputeProfileRequest,
    ComputeProfile,
    DataWarehouseUpdatePayload,
    FileUpdatePayload,
    ProposedChangeKind,
    ProposedChangeStatus,
    SuggestionSortBy,
    SuggestionStatus,
    UpdateProposedChangeRequest,
    UpdateSuggestionRequest,
)
from tests.client.conftest import Sdk, Target
from tests.client.support import (
    ACTIVE_CUSTOMER_SUGGESTION,
    ADMIN_TOKEN,
    CHURN,
    CUSTOMERS_FILE_CHANGE,
    EXPLORER_TOKEN,
    ORDERS_SUGGESTION,
    UNKNOWN,
    WEEKLY,
)
from tests.client.test_sdk_behaviour import MakeSdk

pytestmark = pytest.mark.anyio


async def test_suggestions_list_page_by_page_in_the_order_asked(sdk: Sdk) -> None:
    suggestions = sdk.client.suggestions
    newest_first = await sdk.collect(suggestions.list(limit=1))
    most_evidence = await sdk.collect(suggestions.list(limit=1, sort_by=SuggestionSortBy.EVIDENCE_COUNT))
    dismissed = await sdk.collect(suggestions.list(status=SuggestionStatus.DISMISSED))

    assert [item.id for item in newest_first] == [ORDERS_SUGGESTION, ACTIVE_CUSTOMER_SUGGESTION]
    assert [item.id for item in most_evidence] == [ACTIVE_CUSTOMER_SUGGESTION, ORDERS_SUGGESTION]
    assert [item.status for item in dismissed] == [SuggestionStatus.DISMISSED]
    assert newest_first[0].last_source_added_date is not None


async def test_a_review_brings_stale_changes_back_on_the_clock(sdk: Sdk, target: Target) -> None:
    suggestions = sdk.client.suggestions
    detail = await sdk.call(suggestions.get(ACTIVE_CUSTOMER_SUGGESTION))
    file_change, warehouse_change = detail.proposed_changes
    assert isinstance(file_change.payload, FileUpdatePayload)
    assert isinstance(warehouse_change.payload, DataWarehouseUpdatePayload)
    assert file_change.status is ProposedChangeStatus.STALE

    started = await sdk.call(suggestions.review(ACTIVE_CUSTOMER_SUGGESTION))
    assert started.suggestion.id == ACTIVE_CUSTOMER_SUGGESTION
    assert (await sdk.call(suggestions.get(ACTIVE_CUSTOMER_SUGGESTION))).proposed_changes[0].status is (
        ProposedChangeStatus.STALE
    )
    target.mock.advance(5)
    reviewed = await sdk.call(suggestions.get(ACTIVE_CUSTOMER_SUGGESTION))
    assert [change.status for change in reviewed.proposed_changes] == [ProposedChangeStatus.NEEDS_REVIEW] * 2


async def test_closing_changes_and_the_suggestion(sdk: Sdk) -> None:
    suggestions = sdk.client.suggestions
    closed = await sdk.call(
        suggestions.update_change(
            ACTIVE_CUSTOMER_SUGGESTION,
            CUSTOMERS_FILE_CHANGE,
            body=UpdateProposedChangeRequest(
                update_target=ProposedChangeKind.FILE_UPDATE, status=ProposedChangeStatus.COMPLETED
            ),
        )
    )
    assert closed.suggestion_update.status is ProposedChangeStatus.COMPLETED
    assert closed.suggestion_update.rejection_reason is None
    with pytest.raises(BadRequestError):
        await sdk.call(
            suggestions.update_change(
                ACTIVE_CUSTOMER_SUGGESTION,
                CUSTOMERS_FILE_CHANGE,
                body=UpdateProposedChangeRequest(
                    update_target=ProposedChangeKind.DATA_WAREHOUSE_UPDATE,
                    status=ProposedChangeStatus.DISMISSED,
                ),
            )
        )
    updated = await sdk.call(
        suggestions.update(
            ACTIVE_CUSTOMER_SUGGESTION,
            body=UpdateSuggestionRequest(status=SuggestionStatus.COMPLETED, rejection_reason=None),
        )
    )
    assert updated.suggestion.status is SuggestionStatus.COMPLETED
    assert [item.id for item in await sdk.collect(suggestions.list())] == [ORDERS_SUGGESTION]
    with pytest.raises(NotFoundError):
        await sdk.call(suggestions.get(UNKNOWN))


async def test_suggestions_need_a_manager(sdk_factory: MakeSdk) -> None:
    explorer = await sdk_factory(EXPLORER_TOKEN)
    with pytest.raises(PermissionDeniedError):
        await explorer.collect(explorer.client.suggestions.list())
    with pytest.raises(PermissionDeniedError):
        await explorer.call(explorer.client.suggestions.review(ACTIVE_CUSTOMER_SUGGESTION))
    admin = await sdk_factory(ADMIN_TOKEN)
    assert len(await admin.collect(admin.client.suggestions.list())) == 2


async def test_a_batch_compute_profile_update_reports_what_it_refused(sdk: Sdk, target: Target) -> None:
    result = await sdk.call(
        sdk.client.projects.batch_update_compute_profile(
            body=BatchUpdateComputeProfileRequest(
                project_ids=[WEEKLY, UNKNOWN, CHURN],
                compute_profile=ComputeProfile(image="python-3.11", size="large"),
            )
        )
    )

    assert result.project_ids == [WEEKLY, CHURN]
    (refused,) = result.errors
    assert (refused.project_ids, refused.reason) == ([UNKNOWN], "Project not found")
    weekly = target.mock.workspace.projects.get(str(WEEKLY))
    assert weekly is not None
    assert weekly.compute_profile == {"image": "python-3.11", "size": "large"}
