"""The workspace-token scopes each operation requires, derived from its tag and method.

Part of reading the spec: every operation's scopes are settled when it is indexed (spec.py), and the
request pipeline only compares them with the caller's token (auth.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


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
    "SemanticProjects": (frozenset({"semantic_projects:read"}), frozenset({"semantic_projects:write"})),
    # Hex lists no thread scope for workspace tokens; the names are ours (spec/CURATION.md).
    "Threads": (frozenset({"threads:read"}), frozenset({"threads:write"})),
    # Nor a scope for context suggestions; ours again.
    "Suggestions": (frozenset({"suggestions:read"}), frozenset({"suggestions:write"})),
}

# Operations whose scopes differ from their tag's rule.
_OPERATION_SCOPES: Mapping[str, frozenset[str]] = {
    "GetQueriedTables": frozenset({"projects:read_queried_tables"}),
    "EditProjectSharingCollections": frozenset({"projects:write", "collections:write"}),
    # Exporting reads a project; signed embedding has a scope of its own.
    "ExportProject": frozenset({"projects:read"}),
    "CreatePresignedUrl": frozenset({"embedding:write"}),
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
        raise ValueError(f"tag {operation.tag!r} has no scope rule in hex_mock/scopes.py")
    read, write = rule
    return read if operation.method.upper() == "GET" else write
