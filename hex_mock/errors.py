"""Hex's two error envelopes, and the one exception type every layer raises to produce them.

Hex is migrating operations between API frameworks, so an error body has one of two shapes depending
on the operation (and sometimes the status): tsoa's `{reason, details?, traceId}` or the newer
`{code, message, issues: [{message}]}`. Code raises `HexError` with a status and human text; the app
renders it in whichever envelope the spec declares for that operation and status (see spec.py).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any


class ErrorStyle(enum.Enum):
    TSOA = "tsoa"  # {reason, details?, traceId}
    STANDARD = "standard"  # {code, message, issues: [{message}]}


# The `code` Hex sends with each status in the standard envelope.
# Hex's newer framework names its codes as tRPC does (BAD_REQUEST, ..., INTERNAL_SERVER_ERROR); the
# statuses Hex's document does not name follow tRPC too (METHOD_NOT_SUPPORTED, TIMEOUT, ...).
CANONICAL_CODES: Mapping[int, str] = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_SUPPORTED",
    408: "TIMEOUT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE_CONTENT",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
}

# Messages used when a status is produced without a more specific one (fault injection, 500s).
DEFAULT_MESSAGES: Mapping[int, str] = {
    400: "Invalid input data",
    401: "Authorization not provided",
    403: "Insufficient access",
    404: "Not found",
    405: "Method not allowed",
    408: "Request timeout",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Validation Failed",
    429: "Rate limit exceeded",
    500: "Internal server error",
    503: "Service unavailable",
}


def code_for(status: int) -> str:
    """The standard envelope's `code` for a status (HTTP's own name for statuses Hex never documents)."""
    code = CANONICAL_CODES.get(status)
    if code is not None:
        return code
    try:
        return HTTPStatus(status).name
    except ValueError:
        return f"HTTP_{status}"


def default_message(status: int) -> str:
    message = DEFAULT_MESSAGES.get(status)
    if message is not None:
        return message
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


class HexError(Exception):
    """An error response. `body`, when given, is sent verbatim instead of an envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        issues: Sequence[str] = (),
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {message}" + (f": {'; '.join(issues)}" if issues else ""))
        self.status = status
        self.message = message
        self.issues = tuple(issues)
        self.body = body
        self.headers: Mapping[str, str] = dict(headers or {})


class PlainText(str):
    """A reply body sent as `text/plain` rather than JSON (Hex's 401 at its edge)."""


# What Hex answers a missing or refused token with, before routing (observed by a third party; Hex's
# document declares a JSON 401). The mock's JSON-401 switch sends the standard envelope instead.
UNAUTHORIZED_TEXT = PlainText("Unauthorized")


def bad_request(message: str, *issues: str) -> HexError:
    return HexError(400, message, issues=issues)


def unauthorized(message: str = "Authorization not provided") -> HexError:
    return HexError(401, message)


def forbidden(message: str = "Insufficient access") -> HexError:
    return HexError(403, message)


def not_found(message: str = "Not found", *issues: str) -> HexError:
    return HexError(404, message, issues=issues)


def unprocessable(message: str, *issues: str) -> HexError:
    return HexError(422, message, issues=issues)


def render(error: HexError, style: ErrorStyle, trace_id: str) -> Any:
    """The JSON body for `error` in `style`."""
    if error.body is not None:
        return error.body
    if style is ErrorStyle.TSOA:
        body: dict[str, Any] = {"reason": error.message, "traceId": trace_id}
        if error.issues:
            body["details"] = "; ".join(error.issues)
        return body
    return {
        "code": code_for(error.status),
        "message": error.message,
        "issues": [{"message": issue} for issue in error.issues],
    }


def style_of_schema(schema: Any) -> ErrorStyle | None:
    """Which envelope a (resolved) response schema describes, or None if it is neither.

    Looks through allOf/anyOf/oneOf members, because Hex declares some error responses as a union
    (RunProject's 422 is `anyOf: [TsoaError, InvalidParamPayload]`).
    """
    if not isinstance(schema, Mapping):
        return None
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        if "reason" in properties:
            return ErrorStyle.TSOA
        if "code" in properties:
            return ErrorStyle.STANDARD
    for combinator in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(combinator) or ():
            style = style_of_schema(member)
            if style is not None:
                return style
    return None
