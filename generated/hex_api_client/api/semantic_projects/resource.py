"""`Hex.semantic_projects` and `AsyncHex.semantic_projects` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.resource import AsyncResource, SyncResource
from ...models.semantic_project_archive_form import SemanticProjectArchiveForm
from ...models.semantic_project_sync_result import SemanticProjectSyncResult
from ...models.update_semantic_project_request import UpdateSemanticProjectRequest
from ...models.update_semantic_project_response import UpdateSemanticProjectResponse
from ...operations import OPERATIONS
from . import ingest_semantic_project, update_semantic_project


class SemanticProjects(SyncResource):
    """The `semantic_projects` operations. Deprecated ones are left to the low-level `api` modules."""

    def ingest(
        self,
        semantic_project_id: UUID,
        *,
        body: SemanticProjectArchiveForm,
    ) -> SemanticProjectSyncResult:
        """Ingest a semantic project from a zip archive (IngestSemanticProject)."""
        return self._requester.call(
            OPERATIONS["IngestSemanticProject"],
            ingest_semantic_project._get_kwargs(
                semantic_project_id=semantic_project_id,
                body=body,
            ),
            ingest_semantic_project._parse_success,
        )

    def update(
        self,
        semantic_project_id: UUID,
        *,
        body: UpdateSemanticProjectRequest,
    ) -> UpdateSemanticProjectResponse:
        """Set statuses on a semantic project's datasets and views (UpdateSemanticProject)."""
        return self._requester.call(
            OPERATIONS["UpdateSemanticProject"],
            update_semantic_project._get_kwargs(
                semantic_project_id=semantic_project_id,
                body=body,
            ),
            update_semantic_project._parse_success,
        )


class AsyncSemanticProjects(AsyncResource):
    """The `semantic_projects` operations (async). Deprecated ones are left to the low-level `api` modules."""

    async def ingest(
        self,
        semantic_project_id: UUID,
        *,
        body: SemanticProjectArchiveForm,
    ) -> SemanticProjectSyncResult:
        """Ingest a semantic project from a zip archive (IngestSemanticProject)."""
        return await self._requester.call(
            OPERATIONS["IngestSemanticProject"],
            ingest_semantic_project._get_kwargs(
                semantic_project_id=semantic_project_id,
                body=body,
            ),
            ingest_semantic_project._parse_success,
        )

    async def update(
        self,
        semantic_project_id: UUID,
        *,
        body: UpdateSemanticProjectRequest,
    ) -> UpdateSemanticProjectResponse:
        """Set statuses on a semantic project's datasets and views (UpdateSemanticProject)."""
        return await self._requester.call(
            OPERATIONS["UpdateSemanticProject"],
            update_semantic_project._get_kwargs(
                semantic_project_id=semantic_project_id,
                body=body,
            ),
            update_semantic_project._parse_success,
        )
