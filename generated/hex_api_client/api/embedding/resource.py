"""`Hex.embedding` and `AsyncHex.embedding` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.resource import AsyncResource, SyncResource
from ...models.embedding_request import EmbeddingRequest
from ...models.embedding_response import EmbeddingResponse
from ...operations import OPERATIONS
from . import create_presigned_url


class Embedding(SyncResource):
    """The `embedding` operations. Deprecated ones are left to the low-level `api` modules."""

    def create_presigned_url(
        self,
        project_id: UUID,
        *,
        body: EmbeddingRequest,
    ) -> EmbeddingResponse:
        """Create a single-use embedding URL for a project's app (CreatePresignedUrl)."""
        return self._requester.call(
            OPERATIONS["CreatePresignedUrl"],
            create_presigned_url._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            create_presigned_url._parse_success,
        )


class AsyncEmbedding(AsyncResource):
    """The `embedding` operations (async). Deprecated ones are left to the low-level `api` modules."""

    async def create_presigned_url(
        self,
        project_id: UUID,
        *,
        body: EmbeddingRequest,
    ) -> EmbeddingResponse:
        """Create a single-use embedding URL for a project's app (CreatePresignedUrl)."""
        return await self._requester.call(
            OPERATIONS["CreatePresignedUrl"],
            create_presigned_url._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            create_presigned_url._parse_success,
        )
