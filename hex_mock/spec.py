"""The curated spec, loaded once per process and indexed into ready-to-run operations.

Start-up does all the spec walking: every operation gets its parameter converters, body validator,
response validators, error envelope per status and required scopes compiled here, so serving a
request never looks at the spec document again.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hex_mock.errors import ErrorStyle, style_of_schema
from hex_mock.rate_limit_groups import Budget, spec_budgets
from hex_mock.scopes import required_scopes
from hex_mock.validation import (
    Parameters,
    RequestBody,
    ResponseShape,
    UnsupportedSchemaError,
    compile_parameters,
    compile_request_body,
    compile_response,
)

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecError(Exception):
    """The spec cannot be served (invalid, or uses something the mock does not support)."""


def default_spec_path() -> Path:
    """spec/hex-api.yaml in a source checkout, else the copy the wheel ships inside the package."""
    checkout = Path(__file__).resolve().parent.parent / "spec" / "hex-api.yaml"
    if checkout.is_file():
        return checkout
    return Path(__file__).resolve().parent / "_spec" / "hex-api.yaml"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the spec's template, e.g. /v1/projects/{projectId}
    tag: str | None
    deprecated: bool
    parameters: Parameters
    body: RequestBody | None
    responses: Mapping[int, ResponseShape]
    default_response: ResponseShape | None  # the spec's `default` response, if any
    error_styles: Mapping[int, ErrorStyle]
    default_style: ErrorStyle  # for statuses the operation does not declare
    scopes: frozenset[str]
    rate_limit_group: str | None  # the spec's `x-hex-rate-limit-group`
    # The spec's `x-hex-rate-limit-exempt-when`: a boolean body field that, when true, keeps the
    # request out of the rate limit (CreatePresignedUrl's `testMode`).
    rate_limit_exempt_when: str | None = None

    def style_for(self, status: int) -> ErrorStyle:
        """The envelope for an error with this status. 401 is always the standard envelope."""
        if status == 401:
            return ErrorStyle.STANDARD
        return self.error_styles.get(status, self.default_style)

    def response_for(self, status: int) -> ResponseShape | None:
        return self.responses.get(status, self.default_response)

    def declares(self, status: int) -> bool:
        return status in self.responses or self.default_response is not None


@dataclass(frozen=True)
class ApiSpec:
    source: Path
    document: Mapping[str, Any]  # as written (with $refs): what /openapi.json serves
    document_json: bytes  # `document` encoded once
    operations: tuple[Operation, ...]
    rate_limit_budgets: Mapping[str, Budget]  # each group's default, from `x-hex-rate-limit-groups`

    @functools.cached_property
    def by_id(self) -> Mapping[str, Operation]:
        return MappingProxyType({operation.operation_id: operation for operation in self.operations})

    @functools.cached_property
    def by_route(self) -> Mapping[tuple[str, str], Operation]:
        """(METHOD, path template) -> operation, e.g. ("GET", "/v1/projects/{projectId}")."""
        return MappingProxyType(
            {(operation.method, operation.path): operation for operation in self.operations}
        )


def load_spec(path: Path | str | None = None) -> ApiSpec:
    """The spec at `path` (default: default_spec_path()), parsed, validated and indexed.

    Cached per process and per file version, so every app built in one test session shares one
    parse while an edited spec file is picked up.
    """
    source = Path(path).resolve() if path is not None else default_spec_path()
    try:
        stat = source.stat()
    except OSError as error:
        raise SpecError(f"cannot read the spec at {source}: {error}") from error
    return _load(source, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load(source: Path, _mtime_ns: int, _size: int) -> ApiSpec:
    raw = source.read_bytes()
    cached = _read_cache(raw)
    if cached is None:
        document, resolved = _parse_and_validate(source, raw)
        _write_cache(raw, document, resolved)
    else:
        document, resolved = cached
    operations = tuple(index_operations(resolved))
    return ApiSpec(
        source=source,
        document=document,
        document_json=_to_json(document),
        operations=operations,
        rate_limit_budgets=MappingProxyType(_budgets(source, document, operations)),
    )


def _budgets(
    source: Path, document: Mapping[str, Any], operations: tuple[Operation, ...]
) -> dict[str, Budget]:
    try:
        budgets = spec_budgets(document)
    except ValueError as error:
        raise SpecError(f"{source}: {error}") from error
    for operation in operations:
        group = operation.rate_limit_group
        if group is not None and group not in budgets:
            raise SpecError(
                f"{source}: {operation.operation_id} names the rate-limit group {group!r}, "
                "which x-hex-rate-limit-groups does not define"
            )
    return budgets


def _parse_and_validate(source: Path, raw: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """prance's YAML loader, strict keys, openapi-spec-validator, prance's reference resolver.

    These are the steps prance's ResolvingParser runs, called one by one: given a string,
    ResolvingParser always re-parses it as YAML (it cannot be told the text is JSON), and that
    second pure-Python parse alone took longer than our whole start-up budget.
    """
    # Imported here: the validator stack is only needed when the cache cannot answer.
    from openapi_spec_validator import validate
    from prance.util.formats import parse_spec
    from prance.util.resolver import RefResolver
    from prance.util.url import absurl

    try:
        # ruamel's safe loader, as prance and openapi-python-client use: all three read the same values.
        document = parse_spec(raw.decode("utf-8"), str(source))
        if not isinstance(document, dict):
            raise SpecError("not an OpenAPI document")
        _reject_non_string_keys(document, "")
        validate(document)
        resolver = RefResolver(document, absurl(str(source)), strict=True)
        resolver.resolve_references()
    except SpecError as error:
        raise SpecError(f"{source}: {error}") from error
    except Exception as error:  # the parser and validators raise a zoo of types; all mean "unusable"
        raise SpecError(f"{source}: {error}") from error
    resolved: dict[str, Any] = resolver.specs
    return document, resolved


def _reject_non_string_keys(node: Any, where: str) -> None:
    """prance's strict mode: `200:` unquoted is an integer key, which OpenAPI (and JSON) forbid."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise SpecError(f"{where or '/'}: key {key!r} is not a string (quote it)")
            _reject_non_string_keys(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _reject_non_string_keys(value, f"{where}/{index}")


def _to_json(document: Any) -> bytes:
    # YAML can hold dates (an unquoted `example: 2025-01-06`); JSON carries them as ISO strings.
    def default(value: Any) -> str:
        if isinstance(value, date | datetime):
            return value.isoformat()
        raise TypeError(f"{type(value).__name__} cannot be served as JSON")

    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, default=default).encode("utf-8")


# --- Disk cache ---------------------------------------------------------------------------------------
# Parsing and validating the spec costs about a second; the result depends only on the spec's bytes
# and the versions of the libraries that checked it, so it is cached on disk under a digest of those.
# A cache entry is written only after validation passed. Set HEX_MOCK_CACHE_DIR to choose the
# directory, or to an empty string to disable the cache.

_CACHE_FORMAT = "1"


def cache_dir() -> Path | None:
    configured = os.environ.get("HEX_MOCK_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hex-mock"


def _cache_file(raw: bytes) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    key = hashlib.sha256(raw)
    for package in ("prance", "openapi-spec-validator", "ruamel.yaml"):
        key.update(f"|{package}={_version(package)}".encode())
    key.update(f"|format={_CACHE_FORMAT}".encode())
    return directory / f"spec-{key.hexdigest()[:32]}.json"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _read_cache(raw: bytes) -> tuple[dict[str, Any], dict[str, Any]] | None:
    path = _cache_file(raw)
    if path is None:
        return None
    try:
        entry = json.loads(path.read_bytes())
        document, resolved = entry["document"], entry["resolved"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or damaged: parse again
    if not isinstance(document, dict) or not isinstance(resolved, dict):
        return None
    return document, resolved


def _write_cache(raw: bytes, document: dict[str, Any], resolved: dict[str, Any]) -> None:
    path = _cache_file(raw)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"document": document, "resolved": resolved}, default=str)
        # Written beside and renamed into place, so a concurrent reader never sees half a file.
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(payload)
        os.replace(handle.name, path)
    except (OSError, TypeError, ValueError):
        pass  # a read-only home or odd values only cost speed, never correctness


def index_operations(resolved: Mapping[str, Any]) -> list[Operation]:
    """Compile every operation of a resolved (ref-free) OpenAPI document."""
    operations: list[Operation] = []
    seen_ids: dict[str, str] = {}
    for path, item in (resolved.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            declaration = item.get(method)
            if declaration is None:
                continue
            where = f"{method.upper()} {path}"
            operation_id = declaration.get("operationId")
            if not operation_id:
                raise SpecError(f"{where}: has no operationId")
            if operation_id in seen_ids:
                raise SpecError(
                    f"{where}: operationId {operation_id} is also used by {seen_ids[operation_id]}"
                )
            seen_ids[operation_id] = where
            try:
                operations.append(_compile_operation(path, method, declaration, shared))
            except (UnsupportedSchemaError, ValueError) as error:
                raise SpecError(f"{where} ({operation_id}): {error}") from error
    return operations


def _merge_parameters(shared: list[Any], own: list[Any]) -> list[Mapping[str, Any]]:
    # Operation-level parameters override path-level ones with the same name and location.
    merged = {(p["name"], p["in"]): p for p in shared}
    merged.update({(p["name"], p["in"]): p for p in own})
    return list(merged.values())


def _compile_operation(
    path: str, method: str, declaration: Mapping[str, Any], shared: list[Any]
) -> Operation:
    responses: dict[int, ResponseShape] = {}
    styles: dict[int, ErrorStyle] = {}
    default_response: ResponseShape | None = None
    declared = (declaration.get("responses") or {}).items()
    # Range keys ("4XX") first, so an explicit status declared beside its range wins.
    for status_key, response in sorted(declared, key=lambda item: not str(item[0]).upper().endswith("XX")):
        shape = compile_response(response)
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        style = style_of_schema(schema)
        if status_key == "default":
            default_response = shape
            continue
        for status in _statuses(str(status_key)):
            responses[status] = shape
            if style is not None:
                styles[status] = style
    # Undeclared statuses follow the operation's usual envelope: whatever its 400/403 use.
    default_style = styles.get(400) or styles.get(403) or ErrorStyle.STANDARD
    # A body that fails validation: tsoa answers 422 "Validation Failed", the newer framework 400 with
    # `issues` (its 422 means a valid request that cannot be carried out, e.g. an unpublished project).
    body_failure_statuses = [
        status for status in responses if status != 422 or styles.get(422) is ErrorStyle.TSOA
    ]
    tags = declaration.get("tags") or []
    operation = Operation(
        operation_id=str(declaration["operationId"]),
        method=method.upper(),
        path=path,
        tag=str(tags[0]) if tags else None,
        deprecated=bool(declaration.get("deprecated", False)),
        parameters=compile_parameters(_merge_parameters(shared, declaration.get("parameters") or [])),
        body=compile_request_body(declaration.get("requestBody"), body_failure_statuses),
        responses=MappingProxyType(responses),
        default_response=default_response,
        error_styles=MappingProxyType(styles),
        default_style=default_style,
        scopes=frozenset(),
        rate_limit_group=declaration.get("x-hex-rate-limit-group"),
        rate_limit_exempt_when=declaration.get("x-hex-rate-limit-exempt-when"),
    )
    return replace(operation, scopes=required_scopes(operation))


def _statuses(key: str) -> range:
    """`"404"` -> 404; OpenAPI's range keys (`"4XX"`) -> every status in the range."""
    if len(key) == 3 and key[0].isdigit() and key[1:].upper() == "XX":
        first = int(key[0]) * 100
        return range(first, first + 100)
    try:
        status = int(key)
    except ValueError:
        raise ValueError(f"response key {key!r} is not a status code") from None
    return range(status, status + 1)
