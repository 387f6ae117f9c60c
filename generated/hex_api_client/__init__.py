"""Hex's REST API: `Hex` / `AsyncHex` (resources, pagination, retries, typed errors) and, underneath,
the generated low-level client (`AuthenticatedClient` with the `api` modules)."""

from ._runtime.client import AsyncHex, Hex
from ._runtime.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HexAPIError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunFailedError,
    RunTimeoutError,
    UnprocessableEntityError,
)
from ._runtime.pagination import AsyncPager, SyncPager
from .client import AuthenticatedClient, Client

__all__ = (
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHex",
    "AsyncPager",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Hex",
    "HexAPIError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunFailedError",
    "RunTimeoutError",
    "SyncPager",
    "UnprocessableEntityError",
)
