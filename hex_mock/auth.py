"""Who is calling (bearer tokens) and whether their token's scopes cover the operation.

Roles and per-project permissions are not checked here: they depend on the resource, so resource
handlers decide them. This module answers only "is this a live token?" (401) and "was this token
granted the scopes this operation needs?" (403).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Protocol

from hex_mock.errors import HexError, forbidden
from hex_mock.handlers import Caller
from hex_mock.store import Workspace, secret_digest

NOT_PROVIDED = "Authorization not provided"
INVALID = "Invalid or expired token"
MALFORMED = "expected Authorization: Bearer <token>"

# Hex's challenge (RFC 6750): bare when no token was sent, `error="invalid_token"` when one was.
# The error_description is the mock's hint; it adds to what Hex sends without changing it.
CHALLENGE = "Bearer"
_INVALID_TOKEN = 'Bearer error="invalid_token", error_description="{}"'


def _refused(message: str, *, hint: str | None = None) -> HexError:
    """401; `hint` (an error_description) is given when a token was sent."""
    challenge = CHALLENGE if hint is None else _INVALID_TOKEN.format(hint)
    return HexError(401, message, headers={"WWW-Authenticate": challenge})


def authenticate(workspace: Workspace, authorization: str | None) -> Caller:
    """The caller behind an `Authorization` header value, or HexError 401 with `WWW-Authenticate`."""
    if not authorization:
        raise _refused(NOT_PROVIDED)
    scheme, _, secret = authorization.strip().partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret:
        raise _refused(NOT_PROVIDED, hint=MALFORMED)
    digest = secret_digest(secret)
    token = workspace.tokens.get(digest)
    # The lookup is by digest, so its timing says nothing about the secret; the record's digest is
    # then compared in constant time, so a table filed under the wrong key cannot let a guess in.
    # (Records keep digests, not secrets: a token restored from a state file has no secret.)
    if (
        token is None
        or not hmac.compare_digest(token.digest, digest)
        or token.revoked
        or (token.expires_at is not None and token.expires_at <= workspace.clock.now())
    ):
        raise _refused(INVALID, hint=INVALID)
    user = workspace.users.get(token.user_id)
    if user is None or user.deactivated:
        raise _refused(INVALID, hint=INVALID)
    return Caller(user=user, token=token)


class ScopedOperation(Protocol):
    """What scope derivation needs to know about an operation (spec.Operation satisfies it)."""

    @property
    def operation_id(self) -> str: ...

    @property
    def tag(self) -> str | None: ...

    @property
    def method(self) -> str: ...


# tag -> (scope for GET, scope for every other method)
_TAG_SCOPES: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    "Projects": (frozenset({"projects:read"}), frozenset({"projects:write"})),
    "Runs": (frozenset({"projects:read"}), frozenset({"projects:run"})),
    "Cells": (frozenset({"cells:read"}), frozenset({"cells:write"})),
    "Collections": (frozenset({"collections:read"}), frozenset({"collections:write"})),
    "Groups": (frozenset({"groups:read"}), frozenset({"groups:write"})),
    "Users": (frozenset({"users:read"}), frozenset({"users:write"})),
    "DataConnections": (frozenset({"data_connections:read"}), frozenset({"data_connections:write"})),
    "Guides": (frozenset({"guides:read"}), frozenset({"guides:write"})),
    # Hex lists no thread scope for workspace tokens; the names are ours (spec/CURATION.md).
    "Threads": (frozenset({"threads:read"}), frozenset({"threads:write"})),
}

# Operations whose scopes differ from their tag's rule.
_OPERATION_SCOPES: Mapping[str, frozenset[str]] = {
    "GetQueriedTables": frozenset({"projects:read_queried_tables"}),
    "EditProjectSharingCollections": frozenset({"projects:write", "collections:write"}),
    # Me is how any token checks itself (for a workspace token it returns just {org, token}), so
    # it needs no scope.
    "Me": frozenset(),
}

ALL_SCOPES: frozenset[str] = frozenset(
    scope for pair in _TAG_SCOPES.values() for scopes in pair for scope in scopes
) | frozenset(scope for scopes in _OPERATION_SCOPES.values() for scope in scopes)


def required_scopes(operation: ScopedOperation) -> frozenset[str]:
    """The workspace-token scopes an operation needs. Raises ValueError for an unmapped tag."""
    special = _OPERATION_SCOPES.get(operation.operation_id)
    if special is not None:
        return special
    rule = _TAG_SCOPES.get(operation.tag or "")
    if rule is None:
        raise ValueError(f"tag {operation.tag!r} has no scope rule in hex_mock/auth.py")
    read, write = rule
    return read if operation.method.upper() == "GET" else write


def check_scopes(caller: Caller, needed: frozenset[str]) -> None:
    """403 unless the token may use an operation needing `needed` (personal tokens may use all)."""
    if caller.token.kind == "personal" or needed <= caller.token.scopes:
        return
    missing = sorted(needed - caller.token.scopes)
    error: HexError = forbidden()
    raise HexError(
        error.status, error.message, issues=[f"token lacks the scope {scope}" for scope in missing]
    )
