"""One exception hierarchy for everything the client can raise, rooted at HexAPIError.

An error response becomes the exception for its status whatever its body is: either of Hex's two
envelopes (`{code, message, issues}` and `{reason, details, traceId}`), plain text (an edge's
`Unauthorized`), HTML, JSON of another shape, or nothing. The raw body is always kept.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

TRACE_ID_HEADER = "x-trace-id"


class HexAPIError(Exception):
    """Root of every error the client raises."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(HexAPIError):
    """No response arrived (connection refused, reset, DNS, TLS, ...)."""

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, may_have_reached_server: bool = True
    ) -> None:
        super().__init__(message, request=request)
        # False when the request certainly never left (the connection was never made).
        self.may_have_reached_server = may_have_reached_server


class APITimeoutError(APIConnectionError):
    """The request timed out (the client's `timeout`)."""


class APIResponseValidationError(HexAPIError):
    """A success status whose body is not the operation's model: often a `base_url` that is not Hex's."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = response.content


class APIStatusError(HexAPIError):
    """An error status (4xx, 5xx). `code` (newer envelope) or `reason` (original envelope) and
    `message` come from the body when it is one of Hex's envelopes; `body` is always the raw bytes and
    `json_body` the parsed JSON, if it was JSON at all."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = response.content
        self.json_body = _json_or_none(response.content)
        envelope = self.json_body if isinstance(self.json_body, dict) else {}
        self.code: str | None = _text(envelope.get("code"))
        self.reason: str | None = _text(envelope.get("reason"))
        self.details: str | None = _text(envelope.get("details"))
        issues = envelope.get("issues")
        self.issues: list[Any] = issues if isinstance(issues, list) else []
        self.trace_id: str | None = response.headers.get(TRACE_ID_HEADER) or _text(envelope.get("traceId"))
        summary = (
            _text(envelope.get("message")) or self.reason or _plain_text(response) or response.reason_phrase
        )
        super().__init__(
            f"{response.status_code} {summary}" + (f" (trace id {self.trace_id})" if self.trace_id else ""),
            request=response.request,
        )


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the token is missing, unknown, expired or revoked."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429. `retry_after`: the seconds the server asked to wait, if it said."""

    def __init__(self, response: httpx.Response, retry_after: float | None = None) -> None:
        super().__init__(response)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx"""


class RunFailedError(HexAPIError):
    """A waited-for run ended in a failed status; `run` is its final status object."""

    def __init__(self, run: Any, status: str) -> None:
        super().__init__(f"the run ended {status}")
        self.run = run
        self.status = status


class RunTimeoutError(HexAPIError):
    """A waited-for run had not ended when the wait's `timeout` ran out; `run` is its last status."""

    def __init__(self, run: Any, status: str, timeout: float) -> None:
        super().__init__(f"the run was still {status} after {timeout:g} s")
        self.run = run
        self.status = status


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}


def status_error(response: httpx.Response, retry_after: float | None = None) -> APIStatusError:
    """The exception for an error response."""
    if response.status_code == 429:
        return RateLimitError(response, retry_after)
    if response.status_code >= 500:
        return InternalServerError(response)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response)


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _plain_text(response: httpx.Response) -> str | None:
    """A short text body (such as `Unauthorized`) as the message; never a page of HTML."""
    if not response.headers.get("content-type", "").startswith("text/plain"):
        return None
    text = response.content.decode("utf-8", errors="replace").strip()
    return text[:200] or None
