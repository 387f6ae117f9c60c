"""What a resource handler receives and returns, and the registry the app looks handlers up in.

Handlers are plain synchronous functions `(Workspace, Call) -> Reply`: by the time one runs, the
request has been routed, authenticated, validated against the spec and rate limited, so a handler
deals only in domain logic. It raises `HexError` (errors.py) for a refusal it words itself; the
domain's own refusals (domain_errors.py) become the same responses in the request pipeline. Keeping
handlers synchronous means no other request can interleave with a handler's reads and writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

from hex_mock.caller import Caller
from hex_mock.store import Workspace


# Made on every request: named tuples are immutable like frozen dataclasses, and cost half as much
# to build.
class Call(NamedTuple):
    operation_id: str
    path: Mapping[str, Any]  # validated, coerced path params
    query: Mapping[str, Any]  # declared query params only, coerced, spec defaults applied
    headers: Mapping[str, str]  # declared header params only, lower-case names
    body: Any  # parsed, validated JSON body, or None when absent
    caller: Caller
    base_url: str  # scheme://host[:port] the client used, for runStatusUrl / nextPage URLs
    trace_id: str


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-serialisable; None means no body (204)
    headers: Mapping[str, str] = field(default_factory=dict)


Handler = Callable[[Workspace, Call], Reply]


class HandlerRegistry:
    """operationId -> handler. One process-wide instance backs `handles`/`registered`."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def handles(self, operation_id: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            existing = self._handlers.get(operation_id)
            if existing is not None:
                raise ValueError(
                    f"{operation_id} already has a handler ({existing.__module__}.{existing.__qualname__})"
                )
            self._handlers[operation_id] = handler
            return handler

        return register

    def registered(self) -> Mapping[str, Handler]:
        return MappingProxyType(self._handlers)


_REGISTRY = HandlerRegistry()


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of `operation_id` (once only)."""
    return _REGISTRY.handles(operation_id)


def registered() -> Mapping[str, Handler]:
    """Every handler registered with `handles`, by operationId (a read-only view)."""
    return _REGISTRY.registered()
