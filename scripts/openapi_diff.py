"""The one comparer of two OpenAPI documents: how `after` differs from `before`, field by field.

Used three ways: Hex's published document against our curated spec (`upstream_check.py`, with the
ledger of departures), an old snapshot of Hex's document against a new one (`upstream_diff.py`), and
two versions of our spec (`spec_diff.py`).

Operations are matched by operationId. For each one both documents have, every difference gets a
JSON-pointer-like location into the dereferenced operation and the two values: method and path
(path parameter names are matched by position), parameters, request body, status codes, and every
request and response schema field by field. One-sided things are "... removed" (only in `before`)
or "... added" (only in `after`).

Schemas are compared by where they sit in the operation, never by component name: `$ref`s are
resolved, `allOf` members merged and `nullable` folded in (see `normalise`), so a renamed component,
an inlined `$ref` or `allOf: [$ref] + nullable` written as `type + nullable` is no difference.
Two known normalisations are still reported, with a note: `format: timestamp` against
`date-time`, and a string default such as "25" against a typed 25 (kind "string default").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PATH_PARAMETER = re.compile(r"\{([^}/]*)\}")

Document = dict[str, Any]
# A schema after `normalise`: only the keywords compared below, no `$ref` and no `allOf`.
Schema = dict[str, Any]

# Keywords compared as plain values; FLAGS default to false and are kept only when true.
SCALARS = (
    "type", "format", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "minItems", "maxItems", "minProperties", "maxProperties",
)  # fmt: skip
FLAGS = ("nullable", "deprecated", "readOnly", "writeOnly", "uniqueItems")
KNOWN_FORMATS = {("timestamp", "date-time"): "known normalisation: timestamp is date-time"}
STRING_DEFAULT = "string default"
REQUIRED = "required"  # the note on a field only one side has, when that side requires it
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
    before: Any = ABSENT
    after: Any = ABSENT
    note: str | None = None

    def as_json(self) -> dict[str, Any]:
        """Absent values are left out, so a JSON `null` is always a real `null`."""
        out: dict[str, Any] = {"location": self.location, "kind": self.kind}
        out.update(
            {
                side: value
                for side, value in (("before", self.before), ("after", self.after))
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


# --- Loading ------------------------------------------------------------------------------------


def read(source: str, http: httpx.Client | None = None) -> bytes:
    """The bytes of a file or an http(s) URL."""
    try:
        if not re.match(r"https?://", source):
            return Path(source).read_bytes()
        with nullcontext(http) if http else httpx.Client(timeout=30, follow_redirects=True) as client:
            response = client.get(source)
        response.raise_for_status()
    except (OSError, httpx.HTTPError) as error:
        raise DiffError(f"cannot load {source}: {error}") from error
    return response.content


def parse(source: str, raw: bytes) -> Document:
    """A JSON or YAML OpenAPI document."""
    try:
        document = json.loads(raw)
    except ValueError:
        try:
            document = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as error:
            raise DiffError(f"cannot load {source}: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise DiffError(f"{source} is not an OpenAPI document (no `paths` mapping)")
    return document


def load(source: str, http: httpx.Client | None = None) -> Document:
    """Read a JSON or YAML OpenAPI document from a file or an http(s) URL."""
    return parse(source, read(source, http))


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
    for key in ("items", "not"):
        if key in node:
            own[key] = normalise(document, node[key], refs)
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


def compare_value(at: str, kind: str, before: Any, after: Any) -> list[Difference]:
    if before == after and isinstance(before, bool) == isinstance(after, bool):
        return []
    if kind == "format" and (before, after) in KNOWN_FORMATS:
        return [Difference(at, kind, before, after, KNOWN_FORMATS[(before, after)])]
    if kind == "default" and isinstance(before, str) and not isinstance(after, str | _Absent):
        try:
            typed = json.loads(before)
        except ValueError:
            typed = before
        if typed == after and isinstance(typed, bool) == isinstance(after, bool):
            return [Difference(at, STRING_DEFAULT, before, after)]
        return [Difference(at, kind, before, after, STRING_DEFAULT)]
    return [Difference(at, kind, summary(before), summary(after))]


def compare_maps(
    before: Mapping[Any, V],
    after: Mapping[Any, V],
    at: Callable[[Any], str],
    thing: str,
    inner: Callable[[str, V, V], list[Difference]] | None = None,
    show: Callable[[V], Any] = summary,
) -> list[Difference]:
    """Keys only before, keys added (values shown by `show`), `inner` on shared keys' values."""
    differences: list[Difference] = []
    for key in [*before, *(key for key in after if key not in before)]:
        if key not in after:
            differences.append(Difference(at(key), f"{thing} removed", before=show(before[key])))
        elif key not in before:
            differences.append(Difference(at(key), f"{thing} added", after=show(after[key])))
        elif inner is not None:
            differences += inner(at(key), before[key], after[key])
    return differences


def compare(at: str, before: Schema, after: Schema) -> list[Difference]:
    """The one recursive comparer of two normalised schemas."""
    differences: list[Difference] = []
    for key in SCALARS:
        differences += compare_value(at, key, before.get(key, ABSENT), after.get(key, ABSENT))
    for flag in FLAGS:
        differences += compare_value(at, flag, before.get(flag, False), after.get(flag, False))
    if "enum" in before and "enum" in after:
        differences += compare_maps(
            {json.dumps(value): value for value in before["enum"]},
            {json.dumps(value): value for value in after["enum"]},
            lambda _: at,
            "enum value",
        )
    else:
        differences += compare_value(at, "enum", before.get("enum", ABSENT), after.get("enum", ABSENT))
    before_fields, after_fields = before.get("properties", {}), after.get("properties", {})
    required_anywhere = {*before.get("required", []), *after.get("required", [])}
    differences += [
        replace(difference, note=REQUIRED)
        if difference.kind in ("field added", "field removed")
        and unescape(difference.location.rsplit("/", 1)[1]) in required_anywhere
        else difference
        for difference in compare_maps(
            before_fields, after_fields, lambda name: at + pointer("properties", name), "field", compare
        )
    ]
    required = set(before.get("required", [])) ^ set(after.get("required", []))
    for name in sorted(name for name in required if (name in before_fields) == (name in after_fields)):
        differences += compare_value(
            at + pointer("properties", name),
            "required",
            name in before.get("required", []),
            name in after.get("required", []),
        )
    for key in ("items", "additionalProperties", "not"):
        before_sub, after_sub = before.get(key, ABSENT), after.get(key, ABSENT)
        if isinstance(before_sub, dict) and isinstance(after_sub, dict):
            differences += compare(at + pointer(key), before_sub, after_sub)
        else:
            differences += compare_value(at, key, before_sub, after_sub)
    return differences + compare_members(at, before, after)


def compare_members(at: str, before: Schema, after: Schema) -> list[Difference]:
    """anyOf / oneOf members, paired by shape rather than by position.

    Every compatible pair (same type; objects sharing a field) is compared; pairs are then taken
    fewest differences first, so identical members always pair up. Members left over are one-sided.
    """
    differences = compare_value(
        at, "combinator", before.get("combinator", ABSENT), after.get("combinator", ABSENT)
    )
    where = at + pointer(before.get("combinator") or after.get("combinator"))
    before_members, after_members = before.get("members", []), after.get("members", [])
    candidates = {
        (i, j): compare(f"{where}/{i}", mine, theirs)
        for i, mine in enumerate(before_members)
        for j, theirs in enumerate(after_members)
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
        Difference(f"{where}/{i}", "member removed", before=summary(member))
        for i, member in enumerate(before_members)
        if i not in paired
    ]
    differences += [
        Difference(f"{where}/{j}", "member added", after=summary(member))
        for j, member in enumerate(after_members)
        if j not in paired.values()
    ]
    return differences


def compare_content(at: str, before: dict[str, Schema], after: dict[str, Schema]) -> list[Difference]:
    where = at + pointer("content")
    return compare_maps(
        before, after, lambda media_type: where + pointer(media_type, "schema"), "content type", compare
    )


def compare_body(at: str, before: dict[str, Any], after: dict[str, Any]) -> list[Difference]:
    differences = compare_value(at, "required", before["required"], after["required"])
    return differences + compare_content(at, before["content"], after["content"])


def compare_parameter(at: str, before: dict[str, Any], after: dict[str, Any]) -> list[Difference]:
    differences = [
        difference
        for key in ("required", "style", "explode")
        for difference in compare_value(at, key, before[key], after[key])
    ]
    return differences + compare(at + "/schema", before["schema"], after["schema"])


def compare_operations(before: Operation, after: Operation) -> list[Difference]:
    differences = compare_value("/", "method", before.method.upper(), after.method.upper())
    differences += compare_value("/", "deprecated", before.deprecated, after.deprecated)
    # Path parameters whose names alone differ are the same parameters: compare them under our names.
    names: dict[str, str] = {}
    if PATH_PARAMETER.sub("{}", before.path) != PATH_PARAMETER.sub("{}", after.path):
        differences.append(Difference("/", "path", before.path, after.path))
    else:
        names = dict(
            zip(PATH_PARAMETER.findall(before.path), PATH_PARAMETER.findall(after.path), strict=True)
        )
    before_parameters = {
        (where, names.get(name, name) if where == "path" else name): parameter
        for (where, name), parameter in before.parameters.items()
    }
    differences += compare_maps(
        before_parameters,
        after.parameters,
        lambda key: pointer("parameters", *key),
        "parameter",
        compare_parameter,
        show=lambda parameter: summary(parameter["schema"]) + (", required" if parameter["required"] else ""),
    )
    differences += compare_maps(  # a map with at most one entry, so a missing body is one-sided too
        {"requestBody": before.body} if before.body else {},
        {"requestBody": after.body} if after.body else {},
        lambda _: "/requestBody",
        "request body",
        compare_body,
        show=lambda body: sorted(body["content"]),
    )
    return differences + compare_maps(
        before.responses,
        after.responses,
        lambda status: pointer("responses", status),
        "status",
        compare_content,
        show=lambda media: {media_type: summary(schema) for media_type, schema in media.items()},
    )


@dataclass(frozen=True)
class Change:
    """A difference and the operation it is in."""

    operation_id: str
    difference: Difference

    @property
    def what(self) -> str:
        """The operation and what in it changed, for people: `GetProject: response 200 field owner.email`."""
        return f"{self.operation_id}: {describe(self.difference.location)}"


RESPONSE_SCHEMA = re.compile(r"^/responses/([^/]+)/content/([^/]+)/schema(.*)$")
BODY_SCHEMA = re.compile(r"^/requestBody/content/([^/]+)/schema(.*)$")
PARAMETER = re.compile(r"^/parameters/([^/]+)/([^/]+)(?:/schema)?(.*)$")


def describe(location: str) -> str:
    """A location in words: `/responses/200/content/application~1json/schema/properties/runs/items`
    is "response 200 field runs[]"; `/parameters/query/limit/schema` is "query parameter limit"."""
    if location == "/":
        return "operation"
    if match := PARAMETER.match(location):
        where, name, rest = match.groups()
        return f"{where} parameter {unescape(name)}" + (f" field {field_path(rest)}" if rest else "")
    if match := BODY_SCHEMA.match(location):
        media_type, rest = match.groups()
        return "request body" + media_note(media_type) + (f" field {field_path(rest)}" if rest else "")
    if match := RESPONSE_SCHEMA.match(location):
        status, media_type, rest = match.groups()
        return f"response {status}" + media_note(media_type) + (f" field {field_path(rest)}" if rest else "")
    if location.startswith("/responses/"):
        return f"status {unescape(location.removeprefix('/responses/'))}"
    return location.removeprefix("/").replace("requestBody", "request body")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def media_note(media_type: str) -> str:
    media_type = unescape(media_type)
    return "" if media_type == "application/json" else f" ({media_type})"


def field_path(rest: str) -> str:
    """`/properties/a/items/properties/b/anyOf/1` -> `a[].b<anyOf 1>`; the schema itself is `(schema)`."""
    parts = [unescape(part) for part in rest.strip("/").split("/")]
    text, index = "", 0
    while index < len(parts):
        part = parts[index]
        if part == "properties" and index + 1 < len(parts):
            text += ("." if text else "") + parts[index + 1]
            index += 2
            continue
        if part == "items":
            text += "[]"
        elif part == "additionalProperties":
            text += "{*}"
        elif part in ("anyOf", "oneOf") and index + 1 < len(parts):
            text += f"<{part} {parts[index + 1]}>"
            index += 1
        index += 1
    return text or "(schema)"


def diff(before: Document, after: Document) -> list[Change]:
    """How `after` differs from `before`: operations only in `before`, only in `after` (each one
    "operation removed" / "operation added" change, noted when deprecated), then the differences in
    the operations both have, in operationId order."""
    before_operations, after_operations = operations(before), operations(after)
    one_sided: list[Change] = []
    changed: list[Change] = []
    for operation_id in sorted(before_operations.keys() | after_operations.keys()):
        old, new = before_operations.get(operation_id), after_operations.get(operation_id)
        if old is not None and new is not None:
            changed += [Change(operation_id, difference) for difference in compare_operations(old, new)]
        elif old is not None:
            one_sided.append(Change(operation_id, one_sided_operation("removed", "before", old)))
        elif new is not None:
            one_sided.append(Change(operation_id, one_sided_operation("added", "after", new)))
    return sorted(one_sided, key=lambda change: change.difference.kind, reverse=True) + changed


def one_sided_operation(kind: str, side: str, operation: Operation) -> Difference:
    note = "deprecated" if operation.deprecated else None
    return Difference("/", f"operation {kind}", **{side: operation.route}, note=note)
