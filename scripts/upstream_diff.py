"""Compare Hex's published OpenAPI document with our curated spec.

    python scripts/upstream_diff.py PATH_OR_URL [--ours spec/hex-api.yaml] [--format text|json]
                                    [--only-inventory]

PATH_OR_URL is a JSON or YAML file, or an http(s) URL (Hex publishes its document at
https://static.hex.site/openapi.json). The report lists the operations only upstream, the operations
only in ours (our deprecated legacy aliases as "ours only (deprecated)"), and for every operation
both documents have, matched by operationId, each difference with a JSON-pointer-like location
into the dereferenced operation and the two values: method and path (path parameter names are
matched by position), parameters, request body, status codes, and every request and response
schema field by field. `--only-inventory` leaves out the operations only upstream.

Schemas are compared by where they sit in the operation, never by component name: `$ref`s are
resolved, `allOf` members merged and `nullable` folded in (see `normalise`), so a renamed component,
an inlined `$ref` or `allOf: [$ref] + nullable` written as `type + nullable` is no difference.
Two known normalisations are still reported, with a note: upstream `format: timestamp` against our
`date-time`, and a string default such as "25" against our typed 25 ("upstream string default").

Exit status: 0 no differences, 1 differences, 2 usage error or a document that cannot be loaded.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "spec" / "hex-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PATH_PARAMETER = re.compile(r"\{([^}/]*)\}")

Document = dict[str, Any]
# A schema after `normalise`: only the keywords compared below, no `$ref` and no `allOf`.
Schema = dict[str, Any]

# Keywords compared as plain values; FLAGS default to false and are kept only when true.
SCALARS = (
    "type", "format", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "minItems", "maxItems",
)  # fmt: skip
FLAGS = ("nullable", "deprecated", "readOnly", "writeOnly", "uniqueItems")
KNOWN_FORMATS = {("timestamp", "date-time"): "known normalisation: upstream timestamp is our date-time"}
STRING_DEFAULT = "upstream string default"
V = TypeVar("V")


class DiffError(Exception):
    """A document cannot be loaded or read (exit status 2)."""


class _Absent:
    def __repr__(self) -> str:
        return "(absent)"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Difference:
    location: str
    kind: str
    upstream: Any = ABSENT
    ours: Any = ABSENT
    note: str | None = None

    def as_json(self) -> dict[str, Any]:
        """Absent values are left out, so a JSON `null` is always a real `null`."""
        out: dict[str, Any] = {"location": self.location, "kind": self.kind}
        out.update(
            {
                side: value
                for side, value in (("upstream", self.upstream), ("ours", self.ours))
                if value is not ABSENT
            }
        )
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    deprecated: bool
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> {required, style, explode, schema}
    body: dict[str, Any] | None  # {required, content: {media type: Schema}}
    responses: dict[str, dict[str, Schema]]  # status -> {media type: Schema}

    @property
    def route(self) -> str:
        return f"{self.method.upper()} {self.path}"


STATUSES = ("upstream only", "ours only", "changed")


@dataclass
class OperationReport:
    operation_id: str
    status: str  # one of STATUSES
    upstream: str | None  # "METHOD path"
    ours: str | None
    differences: list[Difference] = field(default_factory=list)
    deprecated: bool = False

    @property
    def label(self) -> str:
        return self.status + (" (deprecated)" if self.deprecated else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "operationId": self.operation_id,
            "status": self.label,
            "upstream": self.upstream,
            "ours": self.ours,
            "differences": [difference.as_json() for difference in self.differences],
        }


# --- Loading ------------------------------------------------------------------------------------


def load(source: str, http: httpx.Client | None = None) -> Document:
    """Read a JSON or YAML OpenAPI document from a file or an http(s) URL."""
    try:
        if re.match(r"https?://", source):
            with nullcontext(http) if http else httpx.Client(timeout=30, follow_redirects=True) as client:
                response = client.get(source)
            response.raise_for_status()
            text = response.text
        else:
            text = Path(source).read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except ValueError:
            document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, httpx.HTTPError, yaml.YAMLError) as error:
        raise DiffError(f"cannot load {source}: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise DiffError(f"{source} is not an OpenAPI document (no `paths` mapping)")
    return document


def resolve(document: Document, node: Any) -> Any:
    """Follow local `$ref`s (for parameters, bodies and responses; schemas go through `normalise`)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise DiffError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise DiffError(f"cannot resolve $ref {ref!r}")
            node = node[part]
    return node


# --- Normalising --------------------------------------------------------------------------------


def normalise(document: Document, node: Any, refs: frozenset[str] = frozenset()) -> Schema:
    """The one normaliser: resolve `$ref` (siblings apply on top), merge `allOf`, fold `nullable`.

    Descriptions, examples and titles are dropped; `additionalProperties` absent, `true` and `{}`
    all mean "extras allowed" and are dropped; `properties: {}` is dropped. A `$ref` back into a
    schema being normalised (a recursive schema) stops there.
    """
    if not isinstance(node, dict):
        return {}
    parts: list[Schema] = []
    if "$ref" in node:
        if node["$ref"] in refs:
            return {}
        parts.append(normalise(document, resolve(document, {"$ref": node["$ref"]}), refs | {node["$ref"]}))
    parts += [normalise(document, member, refs) for member in node.get("allOf", [])]
    own: Schema = {key: node[key] for key in SCALARS if key in node}
    own.update({flag: True for flag in FLAGS if node.get(flag) is True})
    if "enum" in node:
        own["enum"] = list(node["enum"])
    if node.get("properties"):
        own["properties"] = {name: normalise(document, sub, refs) for name, sub in node["properties"].items()}
    if node.get("required"):
        own["required"] = sorted(set(node["required"]))
    if "items" in node:
        own["items"] = normalise(document, node["items"], refs)
    extra = node.get("additionalProperties", True)
    if extra is False:
        own["additionalProperties"] = False
    elif isinstance(extra, dict) and (extra_schema := normalise(document, extra, refs)):
        own["additionalProperties"] = extra_schema
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            own["combinator"] = combinator
            own["members"] = [normalise(document, member, refs) for member in node[combinator]]
    return functools.reduce(merge, [*parts, own], {})


def merge(base: Schema, extra: Schema) -> Schema:
    """Both schemas apply (allOf): properties and required lists add up, other keywords: `extra` wins."""
    merged = {**base, **extra}
    if "properties" in base and "properties" in extra:
        merged["properties"] = {**base["properties"]}
        for name, sub in extra["properties"].items():
            merged["properties"][name] = (
                merge(base["properties"][name], sub) if name in base["properties"] else sub
            )
    if "required" in base and "required" in extra:
        merged["required"] = sorted({*base["required"], *extra["required"]})
    return merged


def content(document: Document, node: Any) -> dict[str, Schema]:
    media = resolve(document, node).get("content") or {}
    return {media_type: normalise(document, value.get("schema")) for media_type, value in media.items()}


def operations(document: Document) -> dict[str, Operation]:
    """Every operation, keyed by operationId (by "METHOD path" when it has none), normalised."""
    found: dict[str, Operation] = {}
    for path, item in document["paths"].items():
        try:
            item = resolve(document, item)
            for method in (method for method in HTTP_METHODS if method in item):
                operation = item[method]
                key = operation.get("operationId") or f"{method.upper()} {path}"
                found[key] = read_operation(document, path, method, item.get("parameters", []), operation)
        except (KeyError, TypeError, AttributeError) as error:
            raise DiffError(f"malformed path item {path}: {error!r}") from error
    return found


def read_operation(
    document: Document, path: str, method: str, shared_parameters: list[Any], operation: dict[str, Any]
) -> Operation:
    """One operation with its parameters, body and responses resolved and their schemas normalised."""
    parameters: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared_parameters, *operation.get("parameters", [])]:  # the operation's own win
        parameter = resolve(document, raw)
        where, name = parameter["in"], parameter["name"]
        style = parameter.get("style", "form" if where in ("query", "cookie") else "simple")
        parameters[(where, name.lower() if where == "header" else name)] = {
            "required": bool(parameter.get("required")),
            "style": style,
            "explode": parameter.get("explode", style == "form"),
            "schema": normalise(document, parameter.get("schema")),
        }
    body = operation.get("requestBody")
    return Operation(
        method=method,
        path=path,
        deprecated=bool(operation.get("deprecated")),
        parameters=parameters,
        body=None
        if body is None
        else {"required": bool(resolve(document, body).get("required")), "content": content(document, body)},
        responses={
            str(status): content(document, response) for status, response in operation["responses"].items()
        },
    )


# --- Comparing ----------------------------------------------------------------------------------


def pointer(*parts: object) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def summary(value: Any) -> Any:
    """A one-line description of a schema (other values unchanged), for one-sided differences."""
    if not isinstance(value, dict):
        return value
    if "members" in value:
        text = f"{value['combinator']}[{', '.join(summary(member) for member in value['members'])}]"
    elif "items" in value:
        text = f"array of {summary(value['items'])}"
    elif "properties" in value:
        text = f"object {{{', '.join(value['properties'])}}}"
    else:
        text = value.get("type", "any")
    if "format" in value:
        text += f" ({value['format']})"
    if "enum" in value:
        text += f" enum {value['enum']}"
    return text + (" | null" if value.get("nullable") else "")


def compare_value(at: str, kind: str, upstream: Any, ours: Any) -> list[Difference]:
    if upstream == ours and isinstance(upstream, bool) == isinstance(ours, bool):
        return []
    if kind == "format" and (upstream, ours) in KNOWN_FORMATS:
        return [Difference(at, kind, upstream, ours, KNOWN_FORMATS[(upstream, ours)])]
    if kind == "default" and isinstance(upstream, str) and not isinstance(ours, str | _Absent):
        try:
            typed = json.loads(upstream)
        except ValueError:
            typed = upstream
        if typed == ours and isinstance(typed, bool) == isinstance(ours, bool):
            return [Difference(at, STRING_DEFAULT, upstream, ours)]
        return [Difference(at, kind, upstream, ours, STRING_DEFAULT)]
    return [Difference(at, kind, summary(upstream), summary(ours))]


def compare_maps(
    upstream: Mapping[Any, V],
    ours: Mapping[Any, V],
    at: Callable[[Any], str],
    thing: str,
    inner: Callable[[str, V, V], list[Difference]] | None = None,
    show: Callable[[V], Any] = summary,
) -> list[Difference]:
    """Keys only upstream, keys only in ours (values shown by `show`), `inner` on shared keys' values."""
    differences: list[Difference] = []
    for key in [*upstream, *(key for key in ours if key not in upstream)]:
        if key not in ours:
            differences.append(Difference(at(key), f"{thing} only in upstream", upstream=show(upstream[key])))
        elif key not in upstream:
            differences.append(Difference(at(key), f"{thing} only in ours", ours=show(ours[key])))
        elif inner is not None:
            differences += inner(at(key), upstream[key], ours[key])
    return differences


def compare(at: str, upstream: Schema, ours: Schema) -> list[Difference]:
    """The one recursive comparer of two normalised schemas."""
    differences: list[Difference] = []
    for key in SCALARS:
        differences += compare_value(at, key, upstream.get(key, ABSENT), ours.get(key, ABSENT))
    for flag in FLAGS:
        differences += compare_value(at, flag, upstream.get(flag, False), ours.get(flag, False))
    if "enum" in upstream and "enum" in ours:
        differences += compare_maps(
            {json.dumps(value): value for value in upstream["enum"]},
            {json.dumps(value): value for value in ours["enum"]},
            lambda _: at,
            "enum value",
        )
    else:
        differences += compare_value(at, "enum", upstream.get("enum", ABSENT), ours.get("enum", ABSENT))
    upstream_fields, our_fields = upstream.get("properties", {}), ours.get("properties", {})
    differences += compare_maps(
        upstream_fields, our_fields, lambda name: at + pointer("properties", name), "field", compare
    )
    required = set(upstream.get("required", [])) ^ set(ours.get("required", []))
    for name in sorted(name for name in required if (name in upstream_fields) == (name in our_fields)):
        differences += compare_value(
            at + pointer("properties", name),
            "required",
            name in upstream.get("required", []),
            name in ours.get("required", []),
        )
    for key in ("items", "additionalProperties"):
        upstream_sub, our_sub = upstream.get(key, ABSENT), ours.get(key, ABSENT)
        if isinstance(upstream_sub, dict) and isinstance(our_sub, dict):
            differences += compare(at + pointer(key), upstream_sub, our_sub)
        else:
            differences += compare_value(at, key, upstream_sub, our_sub)
    return differences + compare_members(at, upstream, ours)


def compare_members(at: str, upstream: Schema, ours: Schema) -> list[Difference]:
    """anyOf / oneOf members, paired by shape rather than by position.

    Every compatible pair (same type; objects sharing a field) is compared; pairs are then taken
    fewest differences first, so identical members always pair up. Members left over are one-sided.
    """
    differences = compare_value(
        at, "combinator", upstream.get("combinator", ABSENT), ours.get("combinator", ABSENT)
    )
    where = at + pointer(upstream.get("combinator") or ours.get("combinator"))
    upstream_members, our_members = upstream.get("members", []), ours.get("members", [])
    candidates = {
        (i, j): compare(f"{where}/{i}", mine, theirs)
        for i, mine in enumerate(upstream_members)
        for j, theirs in enumerate(our_members)
        if mine.get("type") == theirs.get("type")
        and (
            not (mine.get("properties") and theirs.get("properties"))
            or set(mine["properties"]) & set(theirs["properties"])
        )
    }
    paired: dict[int, int] = {}
    for i, j in sorted(candidates, key=lambda pair: (len(candidates[pair]), pair)):
        if i not in paired and j not in paired.values():
            paired[i] = j
            differences += candidates[(i, j)]
    differences += [
        Difference(f"{where}/{i}", "member only in upstream", upstream=summary(member))
        for i, member in enumerate(upstream_members)
        if i not in paired
    ]
    differences += [
        Difference(f"{where}/{j}", "member only in ours", ours=summary(member))
        for j, member in enumerate(our_members)
        if j not in paired.values()
    ]
    return differences


def compare_content(at: str, upstream: dict[str, Schema], ours: dict[str, Schema]) -> list[Difference]:
    where = at + pointer("content")
    return compare_maps(
        upstream, ours, lambda media_type: where + pointer(media_type, "schema"), "content type", compare
    )


def compare_body(at: str, upstream: dict[str, Any], ours: dict[str, Any]) -> list[Difference]:
    differences = compare_value(at, "required", upstream["required"], ours["required"])
    return differences + compare_content(at, upstream["content"], ours["content"])


def compare_parameter(at: str, upstream: dict[str, Any], ours: dict[str, Any]) -> list[Difference]:
    differences = [
        difference
        for key in ("required", "style", "explode")
        for difference in compare_value(at, key, upstream[key], ours[key])
    ]
    return differences + compare(at + "/schema", upstream["schema"], ours["schema"])


def compare_operations(upstream: Operation, ours: Operation) -> list[Difference]:
    differences = compare_value("/", "method", upstream.method.upper(), ours.method.upper())
    # Path parameters whose names alone differ are the same parameters: compare them under our names.
    names: dict[str, str] = {}
    if PATH_PARAMETER.sub("{}", upstream.path) != PATH_PARAMETER.sub("{}", ours.path):
        differences.append(Difference("/", "path", upstream.path, ours.path))
    else:
        names = dict(
            zip(PATH_PARAMETER.findall(upstream.path), PATH_PARAMETER.findall(ours.path), strict=True)
        )
    upstream_parameters = {
        (where, names.get(name, name) if where == "path" else name): parameter
        for (where, name), parameter in upstream.parameters.items()
    }
    differences += compare_maps(
        upstream_parameters,
        ours.parameters,
        lambda key: pointer("parameters", *key),
        "parameter",
        compare_parameter,
        show=lambda parameter: summary(parameter["schema"]) + (", required" if parameter["required"] else ""),
    )
    differences += compare_maps(  # a map with at most one entry, so a missing body is one-sided too
        {"requestBody": upstream.body} if upstream.body else {},
        {"requestBody": ours.body} if ours.body else {},
        lambda _: "/requestBody",
        "request body",
        compare_body,
        show=lambda body: sorted(body["content"]),
    )
    return differences + compare_maps(
        upstream.responses,
        ours.responses,
        lambda status: pointer("responses", status),
        "status",
        compare_content,
        show=lambda media: {media_type: summary(schema) for media_type, schema in media.items()},
    )


@dataclass
class Report:
    upstream: str  # where the documents came from
    ours: str
    operations: list[OperationReport]  # those with differences: upstream only, ours only, changed
    unchanged: int

    def as_json(self) -> dict[str, Any]:
        counts = {status.replace(" ", "_"): self.count(status) for status in STATUSES}
        return {
            "upstream": self.upstream,
            "ours": self.ours,
            "summary": {**counts, "unchanged": self.unchanged, "differences": self.count()},
            "operations": [operation.as_json() for operation in self.operations],
        }

    def as_text(self) -> str:
        lines = [f"upstream: {self.upstream}", f"ours:     {self.ours}"]
        for status in STATUSES:
            group = [operation for operation in self.operations if operation.status == status]
            lines += ["", f"{status.capitalize()} ({len(group)}):"] if group else []
            for operation in group:
                route = operation.ours or operation.upstream
                lines.append(f"  {operation.operation_id}: {route}" + operation.label.removeprefix(status))
                lines += [f"    {render(difference)}" for difference in operation.differences]
        if not self.operations:
            return "\n".join([*lines, "", f"No differences ({self.unchanged} operations compared)."])
        total = f"{len(self.operations)} operations differ ({self.count()} differences in the changed ones)"
        return "\n".join([*lines, "", f"{total}, {self.unchanged} unchanged."])

    def count(self, status: str | None = None) -> int:
        """Operations with that status, or (no status) differences in all changed operations."""
        if status is None:
            return sum(len(operation.differences) for operation in self.operations)
        return sum(operation.status == status for operation in self.operations)


def render(difference: Difference) -> str:
    def show(value: Any) -> str:
        return "(absent)" if value is ABSENT else json.dumps(value, default=str)

    upstream, ours = show(difference.upstream), show(difference.ours)
    text = f"{difference.location}: {difference.kind}: upstream: {upstream} / ours: {ours}"
    return text + (f" [{difference.note}]" if difference.note else "")


def diff(
    upstream: Document,
    ours: Document,
    *,
    only_inventory: bool = False,
    sources: tuple[str, str] = ("upstream", "ours"),
) -> Report:
    """Compare two loaded documents; `only_inventory` leaves out operations only upstream."""
    upstream_operations, our_operations = operations(upstream), operations(ours)
    reports: list[OperationReport] = []
    unchanged = 0
    for operation_id in sorted(upstream_operations.keys() | our_operations.keys()):
        mine, theirs = upstream_operations.get(operation_id), our_operations.get(operation_id)
        if mine is not None and theirs is not None:
            differences = compare_operations(mine, theirs)
            if differences:
                reports.append(
                    OperationReport(operation_id, "changed", mine.route, theirs.route, differences)
                )
            else:
                unchanged += 1
        elif mine is not None and not only_inventory:
            reports.append(
                OperationReport(operation_id, "upstream only", mine.route, None, [], mine.deprecated)
            )
        elif theirs is not None:
            reports.append(
                OperationReport(operation_id, "ours only", None, theirs.route, [], theirs.deprecated)
            )
    reports.sort(key=lambda report: STATUSES.index(report.status))
    return Report(sources[0], sources[1], reports, unchanged)


def main(argv: Sequence[str] | None = None, *, http: httpx.Client | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="upstream_diff.py", description="Compare Hex's published OpenAPI document with our curated spec."
    )
    parser.add_argument(
        "upstream", metavar="PATH_OR_URL", help="Hex's document: a JSON/YAML file or an http(s) URL"
    )
    parser.add_argument("--ours", default=str(DEFAULT_OURS), help="our curated spec (default: %(default)s)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--only-inventory", action="store_true", help="leave out operations only upstream")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed the usage error (or --help)
        return stop.code if isinstance(stop.code, int) else 2
    try:
        report = diff(
            load(args.upstream, http),
            load(args.ours, http),
            only_inventory=args.only_inventory,
            sources=(args.upstream, args.ours),
        )
    except DiffError as error:
        print(f"upstream_diff.py: error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_json(), indent=2, default=str) if args.format == "json" else report.as_text())
    return 1 if report.operations else 0


if __name__ == "__main__":
    sys.exit(main())
