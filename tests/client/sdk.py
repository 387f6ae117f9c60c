"""Reaching `Hex` / `AsyncHex` resource methods by operationId, as the spec's extensions name them."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from hex_mock.spec import default_spec_path


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@cache
def resource_methods() -> dict[str, tuple[str, str]]:
    """operationId -> (resource attribute, method name) for every non-deprecated operation."""
    spec = yaml.safe_load(default_spec_path().read_text())
    found: dict[str, tuple[str, str]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation and not operation.get("deprecated"):
                method = operation.get("x-hex-client-method") or snake(operation["operationId"])
                found[operation["operationId"]] = (snake(operation["tags"][0]), method)
    return found


@cache
def paginated_operations() -> frozenset[str]:
    spec = yaml.safe_load(default_spec_path().read_text())
    return frozenset(
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-hex-paginated" in operation
    )


def method_of(client: Any, operation_id: str) -> Any:
    resource, method = resource_methods()[operation_id]
    return getattr(getattr(client, resource), method)
