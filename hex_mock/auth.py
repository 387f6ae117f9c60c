"""Who is calling (bearer tokens) and whether their token's scopes cover the operation.

Roles and per-project permissions are not checked here: they depend on the resource, so resource
handlers decide them. This module answers only "is this a live token?" (401) and "was this token
granted the scopes this operation needs?" (403; which scopes those are is read with the spec, in
scopes.py).
"""

from __future__ import annotations

import hmac

from hex_mock.caller import Caller
from hex_mock.errors import HexError, forbidden
from hex_mock.store import Workspace, secret_digest

NOT_PROVIDED = "Authorization not provided"
INVALID = "Invalid or expired token"
EXPECTED = "expected Authorization: Bearer <token>"
MALFORMED = f"Malformed Authorization header: {EXPECTED}"

# Hex's challenge (RFC 6750): bare when no token was sent, with an error code when something was.
# The error_description is the mock's hint; it adds to what Hex sends without changing it (the
# plain-text body stays Hex's `Unauthorized`; the JSON-401 mode's message says the same).
CHALLENGE = "Bearer"
_REFUSED = 'Bearer error="{}", error_description="{}"'


def _refused(message: str, *, error: str | None = None, hint: str = "") -> HexError:
    """401; `error` (RFC 6750's code) and `hint` (its error_description) when a header was sent."""
    challenge = CHALLENGE if error is None else _REFUSED.format(error, hint)
    return HexError(401, message, headers={"WWW-Authenticate": challenge})


def _bearer_secret(authorization: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` value; None for any other value."""
    # RFC 7235: the scheme is case-insensitive and one or more spaces follow it.
    scheme, _, secret = authorization.strip().partition(" ")
    secret = secret.strip()
    return secret if scheme.lower() == "bearer" and secret else None


def presented_digest(authorization: str | None) -> str | None:
    """The digest (the key tokens are filed under) of the token a header carries, or None."""
    secret = _bearer_secret(authorization) if authorization else None
    return None if secret is None else secret_digest(secret)


def authenticate(workspace: Workspace, authorization: str | None) -> Caller:
    """The caller behind an `Authorization` header value, or HexError 401 with `WWW-Authenticate`."""
    if not authorization:
        raise _refused(NOT_PROVIDED)
    secret = _bearer_secret(authorization)
    if secret is None:
        raise _refused(MALFORMED, error="invalid_request", hint=EXPECTED)
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
        raise _refused(INVALID, error="invalid_token", hint=INVALID)
    user = workspace.users.get(token.user_id)
    if user is None or user.deactivated:
        raise _refused(INVALID, error="invalid_token", hint=INVALID)
    return Caller(user=user, token=token)


def check_scopes(caller: Caller, needed: frozenset[str]) -> None:
    """403 unless the token may use an operation needing `needed` (personal tokens may use all)."""
    if caller.token.kind == "personal" or needed <= caller.token.scopes:
        return
    missing = sorted(needed - caller.token.scopes)
    error: HexError = forbidden()
    raise HexError(
        error.status, error.message, issues=[f"token lacks the scope {scope}" for scope in missing]
    )
