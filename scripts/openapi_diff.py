"""The one comparer of two OpenAPI documents: how `after` differs from `before`, field by field
(drift.py: our spec against Hex's document, two of Hex's documents, two versions of our spec).

Operations are matched by operationId, path parameters by position, schemas by where they sit in the
operation, never by component name: once `$ref`s are resolved, `allOf` merged and `nullable` folded
in, a renamed component, an inlined `$ref` or `allOf: [$ref] + nullable` written as `type + nullable`
is no difference. Two known normalisations are still reported, with a note: `format: timestamp`
against `date-time`, and a string default such as "25" against a typed 25 (kind "string default").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from contextlib import nullcontext, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import yaml
from prance.util.resolver import RESOLVE_INTERNAL, RefResolver
from prance.util.url import ResolutionError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PATH_PARAMETER = re.compile(r"\{([^}/]*)\}")

Document = dict[str, Any]
# A node of an operation's tree (the operation, a parameter, a body, a response, a schema): only the
# keywords compared below; schemas without `$ref` and `allOf`, their required fields flagged.
Node = dict[str, Any]

# Keywords compared as plain values; FLAGS default to false and are kept only when true.
SCALARS = (
    "type", "format", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "minItems", "maxItems", "minProperties", "maxProperties",
)  # fmt: skip
FLAGS = ("nullable", "deprecated", "readOnly", "writeOnly", "uniqueItems", "required")
# Nodes inside a node, compared key by key when both sides have one.
CHILDREN = ("schema", "items", "not", "additionalProperties")
KNOWN_FORMATS = {("timestamp", "date-time"): "known normalisation: timestamp is date-time"}
STRING_DEFAULT = "string default"
REQUIRED = "required"  # the note on a parameter, body or field only one side has, when it is required


class DiffError(Exception):
    """A document, the ledger, the snapshot or a version cannot be read (exit status 2)."""


class _Absent:
    def __repr__(self) -> str:
        return "(absent)"


ABSENT: Any = _Absent()


# The start of a location in words (the first pattern that matches); the rest is a field's path.
PLACES = (
    (re.compile(r"/parameters/([^/]+)/([^/]+)(?:/schema)?"), r"\1 parameter \2"),
    (re.compile(r"/requestBody/content/application~1json/schema"), "request body"),
    (re.compile(r"/requestBody/content/([^/]+)/schema"), r"request body (\1)"),
    (re.compile(r"/responses/([^/]+)/content/application~1json/schema"), r"response \1"),
    (re.compile(r"/responses/([^/]+)/content/([^/]+)/schema"), r"response \1 (\2)"),
    (re.compile(r"/responses/([^/]+)$"), r"status \1"),
    (re.compile(r"/requestBody$"), "request body"),
    (re.compile(r"/$"), "operation"),
)
# A schema location's keywords in words, in this order: `/properties/a/items/anyOf/1` is `a[]<anyOf 1>`.
FIELD_WORDS = (
    (re.compile(r"/properties/([^/]+)"), r".\1"),
    (re.compile(r"/items"), "[]"),
    (re.compile(r"/additionalProperties"), "{*}"),
    (re.compile(r"/(anyOf|oneOf)/(\d+)"), r"<\1 \2>"),
    (re.compile(r"/not"), ""),
)


@dataclass(frozen=True)
class Change:
    location: str
    kind: str
    before: Any = ABSENT
    after: Any = ABSENT
    note: str | None = None
    operation_id: str = ""  # set by `diff`

    @property
    def where(self) -> str:
        """The location in words: `/responses/200/content/application~1json/schema/properties/runs/items`
        is "response 200 field runs[]"; `/parameters/query/limit/schema` is "query parameter limit"."""
        for place, words in PLACES:
            if match := place.match(self.location):
                text, field = match.expand(words), self.location[match.end() :]
                if field:
                    for keyword, field_words in FIELD_WORDS:
                        field = keyword.sub(field_words, field)
                    text += f" field {field.removeprefix('.') or '(schema)'}"  # `/not` is the schema itself
                return text.replace("~1", "/").replace("~0", "~")
        return self.location

    def as_json(self) -> dict[str, Any]:
        """Absent values are left out, so a JSON `null` is always a real `null`."""
        fields = {
            key: value
            for key, value in vars(self).items()
            if value is not ABSENT and (key != "note" or value)
        }
        return {"operationId": fields.pop("operation_id"), "where": self.where, **fields}


def read(source: str, http: httpx.Client | None = None) -> bytes:
    try:
        if not re.match(r"https?://", source):
            return Path(source).read_bytes()
        with nullcontext(http) if http else httpx.Client(timeout=30, follow_redirects=True) as client:
            return client.get(source).raise_for_status().content
    except (OSError, httpx.HTTPError) as error:
        raise DiffError(f"cannot load {source}: {error}") from error


def parse(source: str, raw: bytes) -> Document:
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


def dereferenced(document: Document) -> Document:
    """The document with every local `$ref` replaced by what it points at (its siblings, such as a
    description, are ignored, as OpenAPI 3.0 says). A `$ref` back into a schema it is inside (a
    recursive schema) becomes `{}`: the comparison stops at the repetition."""
    resolver = RefResolver(
        document, "file:///openapi", resolve_types=RESOLVE_INTERNAL, recursion_limit_handler=lambda *_: {}
    )
    try:
        resolver.resolve_references()
    except ResolutionError as error:
        raise DiffError(f"cannot resolve $ref: {error}") from error
    return dict(resolver.specs)


def normalise(node: Any) -> Node:
    """A dereferenced schema with `allOf` merged, without descriptions, examples and titles, and
    without what means "anything goes" (`additionalProperties` `true` or `{}`, `properties: {}`). A
    required field is a property flagged `required`, so it is compared where the field is."""
    if not isinstance(node, dict):
        return {}
    own: Node = {key: node[key] for key in SCALARS if key in node}
    own.update({flag: True for flag in FLAGS if node.get(flag) is True})
    if "enum" in node:
        own["enum"] = list(node["enum"])
    if node.get("properties"):
        own["properties"] = {name: normalise(sub) for name, sub in node["properties"].items()}
    for name in node.get("required", []):
        own.setdefault("properties", {}).setdefault(name, {})["required"] = True
    for key in ("items", "not"):
        if key in node:
            own[key] = normalise(node[key])
    extra = node.get("additionalProperties", True)
    if extra is False:
        own["additionalProperties"] = False
    elif isinstance(extra, dict) and (extra_schema := normalise(extra)):
        own["additionalProperties"] = extra_schema
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            own["combinator"] = combinator
            own["members"] = [normalise(member) for member in node[combinator]]
    return functools.reduce(merge, [*map(normalise, node.get("allOf", [])), own], {})


def merge(base: Node, extra: Node) -> Node:
    """Both schemas apply (allOf): their properties add up, other keywords: `extra` wins."""
    merged = {**base, **extra}
    if "properties" in base and "properties" in extra:
        merged["properties"] = {**base["properties"]}
        for name, sub in extra["properties"].items():
            merged["properties"][name] = merge(base["properties"].get(name, {}), sub)
    return merged


def content(node: dict[str, Any]) -> dict[str, Node]:
    return {
        media_type: normalise(value.get("schema"))
        for media_type, value in (node.get("content") or {}).items()
    }


def operations(document: Document) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for path, item in dereferenced(document)["paths"].items():
        try:
            for method in (method for method in HTTP_METHODS if method in item):
                operation = item[method]
                key = operation.get("operationId") or f"{method.upper()} {path}"
                found[key] = read_operation(path, method, item.get("parameters", []), operation)
        except (KeyError, TypeError, AttributeError) as error:
            raise DiffError(f"malformed path item {path}: {error!r}") from error
    return found


def read_operation(path: str, method: str, shared_parameters: list[Any], operation: dict[str, Any]) -> Node:
    """One operation's tree. Parameters are keyed by (in, name), the body by () (there is one at most)."""
    parameters: dict[tuple[str, str], Node] = {}
    for parameter in [*shared_parameters, *operation.get("parameters", [])]:  # the operation's own win
        where, name = parameter["in"], parameter["name"]
        style = parameter.get("style", "form" if where in ("query", "cookie") else "simple")
        parameters[(where, name.lower() if where == "header" else name)] = {
            "required": bool(parameter.get("required")),
            "style": style,
            "explode": parameter.get("explode", style == "form"),
            "schema": normalise(parameter.get("schema")),
        }
    body = operation.get("requestBody")
    return {
        "method": method.upper(),
        "path": path,
        "deprecated": bool(operation.get("deprecated")),
        "parameters": parameters,
        "requestBody": {}
        if body is None
        else {(): {"required": bool(body.get("required")), "content": content(body)}},
        "responses": {
            str(status): {"content": content(response)} for status, response in operation["responses"].items()
        },
    }


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


# Keyed collections: (what an entry is, the location's parts after its key, how a one-sided entry shows).
COLLECTIONS: dict[str, tuple[str, tuple[str, ...], Callable[[Node], Any]]] = {
    "parameters": ("parameter", (), lambda parameter: summary(parameter["schema"])),
    "requestBody": ("request body", (), lambda body: sorted(body["content"])),
    "responses": (
        "status",
        (),
        lambda response: {media_type: summary(schema) for media_type, schema in response["content"].items()},
    ),
    "content": ("content type", ("schema",), summary),
    "properties": ("field", (), summary),
}


def same(expected: Any, value: Any) -> bool:
    """Equal, and a boolean never equals a number."""
    return bool(expected == value and isinstance(expected, bool) == isinstance(value, bool))


def compare_value(at: str, kind: str, before: Any, after: Any) -> list[Change]:
    if same(before, after):
        return []
    if kind == "format" and (before, after) in KNOWN_FORMATS:
        return [Change(at, kind, before, after, KNOWN_FORMATS[(before, after)])]
    if kind == "default" and isinstance(before, str) and not isinstance(after, str | _Absent):
        typed = before
        with suppress(ValueError):
            typed = json.loads(before)
        if same(typed, after):
            return [Change(at, STRING_DEFAULT, before, after)]
        return [Change(at, kind, before, after, STRING_DEFAULT)]
    return [Change(at, kind, summary(before), summary(after))]


def compare_keys(
    at: Callable[[Any], str],
    thing: str,
    before: Mapping[Any, Any],
    after: Mapping[Any, Any],
    show: Callable[[Any], Any] = summary,
) -> list[Change]:
    differences: list[Change] = []
    for key in dict.fromkeys([*before, *after]):  # before's order, then what after adds
        value = before[key] if key in before else after[key]
        note = REQUIRED if isinstance(value, dict) and value.get("required") is True else None
        if key not in after:
            differences.append(Change(at(key), f"{thing} removed", before=show(value), note=note))
        elif key not in before:
            differences.append(Change(at(key), f"{thing} added", after=show(value), note=note))
        elif isinstance(value, dict):
            differences += compare(at(key), before[key], after[key])
    return differences


def entry_at(at: str, collection: str, suffix: tuple[str, ...]) -> Callable[[Any], str]:
    """Where an entry of a collection is: its key is one part of the location, or a tuple of parts."""
    return lambda key: at + pointer(collection, *(key if isinstance(key, tuple) else (key,)), *suffix)


def compare(at: str, before: Node, after: Node) -> list[Change]:
    differences: list[Change] = []
    for key in dict.fromkeys([*before, *after]):  # before's order, then what after adds
        default = False if key in FLAGS else ABSENT
        old, new = before.get(key, default), after.get(key, default)
        if key in COLLECTIONS:
            thing, suffix, show = COLLECTIONS[key]
            differences += compare_keys(
                entry_at(at, key, suffix), thing, before.get(key, {}), after.get(key, {}), show
            )
        elif key == "enum" and old is not ABSENT and new is not ABSENT:
            before_values, after_values = (
                {json.dumps(value): value for value in side} for side in (old, new)
            )
            differences += compare_keys(lambda _: at, "enum value", before_values, after_values)
        elif key in CHILDREN and isinstance(old, dict) and isinstance(new, dict):
            differences += compare(at + pointer(key), old, new)
        elif key == "members":
            differences += compare_members(
                at + pointer(before.get("combinator") or after["combinator"]), old, new
            )
        else:
            differences += compare_value(at, key, old, new)
    return differences


def compare_members(at: str, before: list[Node] | Any, after: list[Node] | Any) -> list[Change]:
    """anyOf / oneOf members, paired by shape rather than by position: of the compatible pairs (same
    type; objects sharing a field), those with the fewest differences first; a member left over is
    one-sided."""
    before, after = ([] if side is ABSENT else side for side in (before, after))
    candidates = {
        (i, j): len(compare("", mine, theirs))
        for i, mine in enumerate(before)
        for j, theirs in enumerate(after)
        if mine.get("type") == theirs.get("type")
        and (
            not (mine.get("properties") and theirs.get("properties"))
            or set(mine["properties"]) & set(theirs["properties"])
        )
    }
    pairs: dict[int, int] = {}  # after's index: before's
    for i, j in sorted(candidates, key=lambda pair: (candidates[pair], pair)):
        if j not in pairs and i not in pairs.values():
            pairs[j] = i
    keyed = {pairs.get(j, str(j)): member for j, member in enumerate(after)}
    return compare_keys(lambda key: f"{at}/{key}", "member", dict(enumerate(before)), keyed)


def compare_operations(before: Node, after: Node) -> list[Change]:
    # Path parameters whose names alone differ are the same parameters: compare them under `after`'s.
    if PATH_PARAMETER.sub("{}", before["path"]) == PATH_PARAMETER.sub("{}", after["path"]):
        names = dict(
            zip(PATH_PARAMETER.findall(before["path"]), PATH_PARAMETER.findall(after["path"]), strict=True)
        )
        parameters = {
            (where, names.get(name, name) if where == "path" else name): parameter
            for (where, name), parameter in before["parameters"].items()
        }
        before = {**before, "path": after["path"], "parameters": parameters}
    return compare("", before, after)


def diff(before: Document, after: Document) -> list[Change]:
    """How `after` differs from `before`: operations only in `before`, then only in `after` (noted when
    deprecated), then the differences in the operations both have, in operationId order."""
    old, new = operations(before), operations(after)
    one_sided = [
        Change(
            "/",
            f"operation {kind}",
            **{side: f"{operation['method']} {operation['path']}"},
            note="deprecated" if operation["deprecated"] else None,
            operation_id=operation_id,
        )
        for kind, side, mine, theirs in (("removed", "before", old, new), ("added", "after", new, old))
        for operation_id, operation in sorted(mine.items())
        if operation_id not in theirs
    ]
    return one_sided + [
        replace(change, operation_id=operation_id, location=change.location or "/")
        for operation_id in sorted(old.keys() & new.keys())
        for change in compare_operations(old[operation_id], new[operation_id])
    ]
