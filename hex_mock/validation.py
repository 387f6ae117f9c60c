"""Requests checked against the spec, turned into Hex-shaped errors; responses checked in test mode.

Everything here is compiled once per operation at start-up (spec.py calls the `compile_*`
functions); the request path only runs the compiled closures.

Parameters are coerced by small hand-written converters rather than a JSON-schema validator: query
strings need type coercion anyway (`"25"` -> 25), and the converters are what keeps a GetProject
request cheap. Bodies and responses use openapi-schema-validator's OAS 3.0 validators (they know
`nullable`, `readOnly`/`writeOnly` and OAS 3.0's boolean `exclusiveMaximum`), behind a compiled check
that accepts valid instances without running them (compiled_schema.py).

Error messages always start with the offending parameter or field path
(`limit: must be at most 100`, `sharing.upsert.users[0].access: 'BOSS' is not one of [...]`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

import orjson
from jsonschema.exceptions import ValidationError
from jsonschema.validators import extend
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import Field, File, FormParser, parse_options_header

from hex_mock._oas_validators import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from hex_mock.compiled_schema import CompiledSchema
from hex_mock.errors import HexError, PlainText, bad_request

# A 100,000-character guide is the largest body Hex documents. JSON-escaped in the worst case
# (`\ud83d\ude00` for every astral character: 12 bytes per character) it is 1.2 MB, so 2 MiB
# leaves room for that plus the rest of the request.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

# More issues than this in one response helps nobody and makes huge bad bodies expensive to answer.
MAX_ISSUES = 50
# Schema errors computed per body, before deduplication into at most MAX_ISSUES issues.
MAX_SCHEMA_ERRORS = 4 * MAX_ISSUES

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_INTEGER = re.compile(r"-?[0-9]+\Z")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Header parameters OAS says to ignore: they are the transport's business, not the operation's.
_TRANSPORT_HEADERS = frozenset({"accept", "content-type", "authorization"})


class UnsupportedSchemaError(ValueError):
    """The spec uses a parameter schema the converters do not handle (raised at start-up)."""


class ResponseContractError(AssertionError):
    """A handler's reply does not match the spec (raised only with validate_responses=True)."""


class _ParameterError(Exception):
    def __init__(self, issue: str) -> None:
        super().__init__(issue)
        self.issue = issue


def short_repr(value: Any, limit: int = 60) -> str:
    """repr() cut to a readable length: error messages must not echo a 100 kB string back."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- OAS 3.0 validators that honour `nullable` on composed schemas -------------------------------------
# The spec writes a nullable reference as `allOf: [$ref] + nullable: true` (what Hex's own document
# does, and what openapi-python-client turns into `X | None`). OAS 3.0.3's wording makes `nullable`
# act only beside `type`, so openapi-schema-validator rejects null inside the `allOf`. The mock
# follows the convention the spec and the client share: `nullable: true` admits null for the whole
# schema, including its allOf/anyOf/oneOf members and its enum.


def _nullable_aware(check: Callable[..., Any]) -> Callable[..., Any]:
    def checked(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
        if instance is None and schema.get("nullable") is True:
            return iter(())
        return check(validator, value, instance, schema)

    return checked


def _with_nullable_composition(base: Any) -> Any:
    keywords = ("allOf", "anyOf", "oneOf", "enum")
    return extend(base, {keyword: _nullable_aware(base.VALIDATORS[keyword]) for keyword in keywords})


RequestValidator = _with_nullable_composition(OAS30WriteValidator)  # readOnly properties refused
ResponseValidator = _with_nullable_composition(OAS30ReadValidator)  # writeOnly properties refused


# --- Parameters -------------------------------------------------------------------------------------

_MISSING: Any = object()


@dataclass(frozen=True)
class Parameter:
    """One declared path/query/header parameter with its compiled converter."""

    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    default: Any  # _MISSING when the schema has no default
    convert: Callable[[Sequence[str]], Any]  # raises _ParameterError

    @property
    def key(self) -> str:
        """How the parameter is found in the request (headers are case-insensitive)."""
        return self.name.lower() if self.location == "header" else self.name


def flatten_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `allOf` members into one schema: Hex's spec wraps refs as `allOf: [$ref] + nullable`."""
    merged: dict[str, Any] = {}
    for member in schema.get("allOf") or ():
        merged.update(flatten_schema(member))
    merged.update({key: value for key, value in schema.items() if key != "allOf"})
    return merged


def compile_parameter(declaration: Mapping[str, Any]) -> Parameter | None:
    """A converter for a (resolved) OpenAPI parameter object; None for parameters OAS says to ignore."""
    name = str(declaration["name"])
    location = str(declaration["in"])
    if location not in ("path", "query", "header"):
        raise UnsupportedSchemaError(f"parameter {name!r}: location {location!r} is not supported")
    if location == "header" and name.lower() in _TRANSPORT_HEADERS:
        return None
    schema = flatten_schema(declaration.get("schema") or {})
    if schema.get("type") == "array":
        # OAS defaults: query arrays are `form` + explode (`?a=1&a=2`); path and header arrays are
        # `simple` (`1,2`). `explode: false` on a query array means `?a=1,2`.
        style = declaration.get("style", "form" if location == "query" else "simple")
        explode = bool(declaration.get("explode", style == "form"))
        convert = _array_converter(name, schema, split=location != "query" or not explode)
    else:
        scalar = _scalar_converter(name, schema)

        def convert(values: Sequence[str], scalar: Callable[[str], Any] = scalar) -> Any:
            if len(values) > 1:
                raise _ParameterError(f"{name}: must be given only once")
            return scalar(values[0])

    default = schema.get("default", _MISSING)
    if default is not _MISSING and default is None:
        default = _MISSING  # tsoa's `default: null` means "no value": omit it like any absent param
    return Parameter(
        name=name,
        location=location,
        required=bool(declaration.get("required", location == "path")),
        default=default,
        convert=convert,
    )


def _array_converter(name: str, schema: Mapping[str, Any], *, split: bool) -> Callable[[Sequence[str]], Any]:
    items = flatten_schema(schema.get("items") or {})
    min_items = schema.get("minItems")
    max_items = schema.get("maxItems")
    unique = bool(schema.get("uniqueItems"))

    def convert(values: Sequence[str]) -> list[Any]:
        raw: list[str] = []
        for value in values:
            raw.extend(value.split(",") if split else [value])
        converted = [_scalar_converter(f"{name}[{index}]", items)(value) for index, value in enumerate(raw)]
        if min_items is not None and len(converted) < min_items:
            raise _ParameterError(f"{name}: must have at least {min_items} items")
        if max_items is not None and len(converted) > max_items:
            raise _ParameterError(f"{name}: must have at most {max_items} items")
        if unique and len({json.dumps(item) for item in converted}) != len(converted):
            raise _ParameterError(f"{name}: must not contain duplicate items")
        return converted

    return convert


def _scalar_converter(name: str, schema: Mapping[str, Any]) -> Callable[[str], Any]:
    for unsupported in ("anyOf", "oneOf", "not", "properties"):
        if unsupported in schema:
            raise UnsupportedSchemaError(f"parameter {name!r}: {unsupported} is not supported in parameters")
    kind = schema.get("type", "string")  # tsoa leaves `type` off some string params (after/before)
    parse: Callable[[str], Any]
    if kind == "string":
        parse = _string_parser(name, schema)
    elif kind == "integer":
        parse = _integer_parser(name, schema)
    elif kind == "number":
        parse = _number_parser(name, schema)
    elif kind == "boolean":
        parse = _boolean_parser(name)
    else:
        raise UnsupportedSchemaError(f"parameter {name!r}: type {kind!r} is not supported in parameters")
    enum = schema.get("enum")
    if enum is None:
        return parse
    allowed = list(enum)

    def parse_enum(raw: str) -> Any:
        value = parse(raw)
        if value not in allowed:
            raise _ParameterError(f"{name}: {short_repr(value)} is not one of {allowed}")
        return value

    return parse_enum


def _string_parser(name: str, schema: Mapping[str, Any]) -> Callable[[str], str]:
    min_length = schema.get("minLength")
    max_length = schema.get("maxLength")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    fmt = schema.get("format")

    def parse(raw: str) -> str:
        if fmt == "uuid":
            # Checked before the pattern so the message says what the value should be.
            if not _UUID.match(raw):
                raise _ParameterError(f"{name}: must be a UUID, got {short_repr(raw)}")
        elif fmt == "date-time":
            _check_datetime(name, raw)
        elif fmt == "date":
            try:
                date.fromisoformat(raw)
            except ValueError:
                raise _ParameterError(f"{name}: must be a date (YYYY-MM-DD), got {short_repr(raw)}") from None
        if min_length is not None and len(raw) < min_length:
            if min_length == 1:
                raise _ParameterError(f"{name}: must not be empty")
            raise _ParameterError(f"{name}: must be at least {min_length} characters long")
        if max_length is not None and len(raw) > max_length:
            raise _ParameterError(f"{name}: must be at most {max_length} characters long")
        if pattern is not None and not pattern.search(raw):
            raise _ParameterError(f"{name}: must match pattern {pattern.pattern}")
        return raw

    return parse


def _check_datetime(name: str, raw: str) -> None:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or "T" not in raw.upper():
        raise _ParameterError(
            f"{name}: must be an ISO 8601 date-time with a time zone, got {short_repr(raw)}"
        )


def _bounds_checker(name: str, schema: Mapping[str, Any]) -> Callable[[int | float], None]:
    minimum = schema.get("minimum")
    maximum = schema.get("maximum")
    exclusive_min = bool(schema.get("exclusiveMinimum"))
    exclusive_max = bool(schema.get("exclusiveMaximum"))
    multiple_of = schema.get("multipleOf")

    def check(value: int | float) -> None:
        if minimum is not None:
            if exclusive_min and value <= minimum:
                raise _ParameterError(f"{name}: must be greater than {minimum}")
            if value < minimum:
                raise _ParameterError(f"{name}: must be at least {minimum}")
        if maximum is not None:
            if exclusive_max and value >= maximum:
                raise _ParameterError(f"{name}: must be less than {maximum}")
            if value > maximum:
                raise _ParameterError(f"{name}: must be at most {maximum}")
        if multiple_of is not None and (value / multiple_of) != int(value / multiple_of):
            raise _ParameterError(f"{name}: must be a multiple of {multiple_of}")

    return check


def _integer_parser(name: str, schema: Mapping[str, Any]) -> Callable[[str], int]:
    check = _bounds_checker(name, schema)
    width = _INT_BOUNDS.get(str(schema.get("format")))

    def parse(raw: str) -> int:
        # A regex, not int(): int() also accepts " 7", "+7", "1_000" and "٣".
        if not _INTEGER.match(raw):
            raise _ParameterError(f"{name}: must be an integer, got {short_repr(raw)}")
        if len(raw) > 40:  # beyond any int64; int() refuses strings of over 4300 digits anyway
            raise _ParameterError(f"{name}: must be an integer of at most 40 digits, got {short_repr(raw)}")
        value = int(raw)
        if width is not None and not width[0] <= value <= width[1]:
            raise _ParameterError(f"{name}: must be a {schema['format']} integer")
        check(value)
        return value

    return parse


def _number_parser(name: str, schema: Mapping[str, Any]) -> Callable[[str], float]:
    check = _bounds_checker(name, schema)

    def parse(raw: str) -> float:
        # A regex, not float(): float() also accepts "nan", "inf" and "1_0".
        if not _NUMBER.match(raw):
            raise _ParameterError(f"{name}: must be a number, got {short_repr(raw)}")
        value = float(raw)
        if not math.isfinite(value):
            raise _ParameterError(f"{name}: must be a finite number")
        check(value)
        return value

    return parse


def _boolean_parser(name: str) -> Callable[[str], bool]:
    def parse(raw: str) -> bool:
        if raw == "true":
            return True
        if raw == "false":
            return False
        raise _ParameterError(f"{name}: must be true or false, got {short_repr(raw)}")

    return parse


class ParameterGroup:
    """The parameters found in one place (path, query or headers), indexed so that a request pays
    for the parameters it sends rather than for every one declared (ListProjects declares 14)."""

    def __init__(self, declared: Iterable[Parameter]) -> None:
        self.declared = tuple(declared)
        self._position = {parameter.key: index for index, parameter in enumerate(self.declared)}
        self._required = tuple((i, p) for i, p in enumerate(self.declared) if p.required)
        defaults = [(p.name, p.default) for p in self.declared if p.default is not _MISSING]
        self._scalar_defaults = {name: value for name, value in defaults if not isinstance(value, list)}
        self._list_defaults = tuple((name, value) for name, value in defaults if isinstance(value, list))

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self.declared)

    def __len__(self) -> int:
        return len(self.declared)

    def convert(self, found: Mapping[str, Sequence[str]], issues: list[str]) -> dict[str, Any]:
        """Converted values by name, spec defaults filled in; problems are added to `issues` in
        declaration order."""
        values = self._scalar_defaults.copy()
        for name, default in self._list_defaults:
            values[name] = list(default)  # a handler mutating it must not change the next request's
        problems: list[tuple[int, str]] = []
        for place, parameter in self._required:
            if not found.get(parameter.key):
                problems.append((place, f"{parameter.name}: is required"))
        position = self._position
        for key, raw in found.items():
            index = position.get(key)
            if index is None or not raw:
                continue
            parameter = self.declared[index]
            try:
                values[parameter.name] = parameter.convert(raw)
            except _ParameterError as invalid:
                problems.append((index, invalid.issue))
        if problems:
            issues.extend(issue for _, issue in sorted(problems, key=lambda problem: problem[0]))
        return values


@dataclass(frozen=True)
class Parameters:
    """An operation's parameters, grouped by where they are found."""

    path: ParameterGroup
    query: ParameterGroup
    header: ParameterGroup

    @property
    def declared(self) -> bool:
        """Whether the operation declares any parameter (the kernel skips the checks if not)."""
        return bool(self.path or self.query or self.header)


def compile_parameters(declarations: Iterable[Mapping[str, Any]]) -> Parameters:
    compiled = [parameter for d in declarations if (parameter := compile_parameter(d)) is not None]
    return Parameters(
        path=ParameterGroup(p for p in compiled if p.location == "path"),
        query=ParameterGroup(p for p in compiled if p.location == "query"),
        header=ParameterGroup(p for p in compiled if p.location == "header"),
    )


def validate_parameters(
    parameters: Parameters,
    path: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, Sequence[str]],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """(path, query, header) values, coerced and defaulted; raises 400 listing every bad parameter.

    `headers` is keyed by lower-case name. Header values are validated but handed over as the
    strings the client sent (Call.headers is a `Mapping[str, str]`).
    """
    issues: list[str] = []
    path_values = parameters.path.convert({k: (v,) for k, v in path.items()}, issues)
    query_values = parameters.query.convert(query, issues) if parameters.query else {}
    header_values: dict[str, str] = {}
    if parameters.header:
        parameters.header.convert(headers, issues)
        for parameter in parameters.header:
            raw = headers.get(parameter.key)
            if raw:
                header_values[parameter.key] = ", ".join(raw)
    if issues:
        raise bad_request("Invalid input data", *issues[:MAX_ISSUES])
    return path_values, query_values, header_values


# --- Bodies -----------------------------------------------------------------------------------------


JSON_MEDIA_TYPE = "application/json"
FORM_MEDIA_TYPE = "multipart/form-data"


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart/form-data body, as handlers receive it."""

    filename: str | None
    data: bytes

    def describe(self) -> str:
        """What the journal shows instead of the file's bytes."""
        return f"[file {self.filename or '(unnamed)'}: {len(self.data)} bytes]"


@dataclass(frozen=True)
class RequestBody:
    required: bool
    validator: CompiledSchema  # a RequestValidator for the body's schema, compiled
    failure_status: int  # 422 when the operation declares 422, else 400
    media_type_status: int  # 415 when the operation declares 415, else 400
    media_type: str = JSON_MEDIA_TYPE  # application/json, or multipart/form-data
    # multipart/form-data only: the text parts' converters (as for query parameters) and the
    # names of the file parts (`format: binary`), which handlers get as UploadedFile.
    form_fields: Mapping[str, Callable[[str], Any]] = field(default_factory=dict)
    file_fields: frozenset[str] = frozenset()


def compile_request_body(
    declaration: Mapping[str, Any] | None, declared_statuses: Iterable[int]
) -> RequestBody | None:
    if not declaration:
        return None
    content = declaration.get("content") or {}
    media_types = [media_type for media_type in (JSON_MEDIA_TYPE, FORM_MEDIA_TYPE) if media_type in content]
    if len(media_types) != 1 or len(content) != 1:
        raise UnsupportedSchemaError(
            f"request body media types {sorted(content)}: "
            f"exactly one of {JSON_MEDIA_TYPE} or {FORM_MEDIA_TYPE} is served"
        )
    (media_type,) = media_types
    statuses = set(declared_statuses)
    schema = content[media_type].get("schema") or {}
    form_fields: dict[str, Callable[[str], Any]] = {}
    file_fields: set[str] = set()
    if media_type == FORM_MEDIA_TYPE:
        for name, part in (schema.get("properties") or {}).items():
            if part.get("type") == "string" and part.get("format") == "binary":
                file_fields.add(name)
            else:
                form_fields[name] = _scalar_converter(name, part)
    return RequestBody(
        required=bool(declaration.get("required", False)),
        validator=CompiledSchema(
            RequestValidator(schema, format_checker=oas30_format_checker), schema, request=True
        ),
        failure_status=422 if 422 in statuses else 400,
        media_type_status=415 if 415 in statuses else 400,
        media_type=media_type,
        form_fields=form_fields,
        file_fields=frozenset(file_fields),
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    # `1e400` is valid JSON but overflows to inf, which no JSON encoder (the response, the journal,
    # the state file) can write back: refuse it here rather than fail later.
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{short_repr(text)} is out of range for a number")
    return value


# Deeper bodies are refused (400) before anything walks them: schema checks, the journal's
# redaction and the encoders are recursive, and Hex's own bodies are a handful of levels deep.
MAX_BODY_DEPTH = 64


_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89a-fA-F][0-9a-fA-F]{2}")
# Digits enough for an integer beyond 64 bits, which orjson would read as a float.
_LONG_NUMBER = re.compile(rb"[0-9]{19}")
# One decoder: json.loads() with hooks builds a new one per call.
_decoder = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def _has_lone_surrogate(body: Any) -> bool:
    # Pairs (an escaped emoji) were joined by the parser; only unpaired halves fail to encode.
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_EMPTY_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")


def _deeper_than(raw: bytes, limit: int) -> bool:
    """Whether a valid JSON document nests arrays/objects more than `limit` levels deep.

    Works on the text, at C speed: with strings removed, each pass deletes the `[]`/`{}` pairs
    that are empty, i.e. the containers one level higher than the previous pass's; whatever
    survives `limit` passes is deeper. (Walking the parsed value costs seconds for 2 MiB of `{}`.)
    """
    brackets = _JSON_STRING.sub(b"", raw).translate(None, _NOT_BRACKET)
    for _ in range(limit):
        if not brackets:
            return False
        brackets = _EMPTY_PAIR.sub(b"", brackets)
    return bool(brackets)


def decode_body(spec: RequestBody, raw: bytes, content_type: str | None) -> Any:
    """The parsed JSON body (None when absent and optional), or a HexError. Not yet schema-checked."""
    if not raw:
        if spec.required:
            raise bad_request("Invalid input data", "body: is required")
        return None
    if content_type == "application/json":
        media_type = content_type  # what nearly every client sends: nothing to take apart
    else:
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != spec.media_type:
        raise HexError(
            spec.media_type_status,
            "Unsupported media type",
            issues=[f"Content-Type: must be {spec.media_type}, got {short_repr(content_type or '')}"],
        )
    if media_type == FORM_MEDIA_TYPE:
        return _decode_form(spec, raw, content_type or "")
    if not _LONG_NUMBER.search(raw):
        try:
            # orjson accepts only what the stdlib parser below accepts and reads it the same (but it
            # reads integers of 19 digits or more as floats: those take the long way). It refuses
            # more (lone surrogates, 1e400, NaN, invalid UTF-8, a BOM): the long way says why.
            return _checked(spec, raw, orjson.loads(raw))
        except orjson.JSONDecodeError:
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise bad_request("Invalid input data", f"body: is not valid UTF-8 (byte {error.start})") from None
    try:
        body = _decoder.decode(text)
    except json.JSONDecodeError as error:
        raise bad_request(
            "Invalid input data",
            f"body: is not valid JSON ({error.msg} at line {error.lineno} column {error.colno})",
        ) from None
    except ValueError as error:  # NaN / Infinity / 1e400 / an integer of more than 4300 digits
        raise bad_request("Invalid input data", f"body: {error}") from None
    except RecursionError:
        raise bad_request("Invalid input data", "body: is nested too deeply") from None
    return _checked(spec, raw, body)


def _checked(spec: RequestBody, raw: bytes, body: Any) -> Any:
    """`body`, parsed from `raw`, unless it is one of the valid JSON documents the mock refuses."""
    # `"\ud800"` is valid JSON but not Unicode: a lone surrogate cannot be written as UTF-8, so one
    # stored in a name would break every later reply that encodes it (cursors, the control plane).
    if b"\\u" in raw and _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(body):
        raise bad_request("Invalid input data", "body: contains a lone UTF-16 surrogate (\\ud800-\\udfff)")
    # Counting brackets first keeps the walk off the common, shallow bodies.
    if (
        isinstance(body, dict | list)
        and raw.count(b"[") + raw.count(b"{") > MAX_BODY_DEPTH
        and _deeper_than(raw, MAX_BODY_DEPTH)
    ):
        raise bad_request("Invalid input data", f"body: is nested more than {MAX_BODY_DEPTH} levels deep")
    if body is None:
        # A literal `null` was sent, so it is not an absent body: check it against the schema here,
        # because check_body and the handlers read None as "no body" (a `null` used to reach them: 500).
        _check_against_schema(spec, body)
    return body


def _decode_form(spec: RequestBody, raw: bytes, content_type: str) -> dict[str, Any]:
    """A multipart/form-data body as {part name: converted text, or UploadedFile}; the last part of a
    name wins, and parts the schema does not name are left out. Not yet schema-checked."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise bad_request("Invalid input data", "Content-Type: multipart/form-data needs a boundary")
    parts: dict[str, tuple[str | None, bytes]] = {}

    def on_field(part: Field) -> None:
        parts[(part.field_name or b"").decode("utf-8", "replace")] = (None, part.value or b"")

    def on_file(part: File) -> None:
        stream = part.file_object
        stream.seek(0)
        name = part.file_name.decode("utf-8", "replace") if part.file_name else None
        parts[(part.field_name or b"").decode("utf-8", "replace")] = (name, stream.read())

    # Files stay in memory: the body is already in memory and limited in size.
    parser = FormParser(
        FORM_MEDIA_TYPE, on_field, on_file, boundary=boundary, config={"MAX_MEMORY_FILE_SIZE": len(raw) + 1}
    )
    try:
        parser.write(raw)
        parser.finalize()
    except FormParserError as error:
        raise bad_request("Invalid input data", f"body: is not valid multipart/form-data ({error})") from None
    body: dict[str, Any] = {}
    issues: list[str] = []
    for name, (filename, data) in parts.items():
        if name in spec.file_fields:
            body[name] = UploadedFile(filename, data)
        elif name in spec.form_fields:
            try:
                body[name] = spec.form_fields[name](data.decode("utf-8"))
            except UnicodeDecodeError:
                issues.append(f"{name}: is not valid UTF-8")
            except _ParameterError as error:
                issues.append(error.issue)
    if issues:
        raise HexError(spec.failure_status, "Invalid input data", issues=issues)
    return body


def check_body(spec: RequestBody, body: Any) -> None:
    """HexError (422 where the operation declares it, else 400) unless `body` matches the schema."""
    if body is None:
        return  # absent: decode_body already refused it if the body is required
    if spec.file_fields:
        # A file part is a `format: binary` string to the schema.
        body = {
            name: (value.filename or "") if isinstance(value, UploadedFile) else value
            for name, value in body.items()
        }
    if not spec.validator.certainly_valid(body):
        _check_against_schema(spec, body)


def _check_against_schema(spec: RequestBody, body: Any) -> None:
    try:
        # Only the first errors are computed (iter_errors is lazy): a 2 MiB array of bad items
        # would otherwise make a million ValidationErrors, tens of seconds and gigabytes for one
        # request while every other client waits.
        errors = list(islice(spec.validator.iter_errors(body), MAX_SCHEMA_ERRORS))
    except RecursionError:
        raise bad_request("Invalid input data", "body: is nested too deeply") from None
    if errors:
        issues = schema_issues(errors)
        message = "Validation Failed" if spec.failure_status == 422 else "Invalid input data"
        raise HexError(spec.failure_status, message, issues=issues)


# --- Schema error messages ----------------------------------------------------------------------------


def format_path(parts: Iterable[Any], root: str = "body") -> str:
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or root


MAX_QUOTED_PATTERN = 100  # longer patterns are explained by their schema's description
_REQUIRED = re.compile(r"^'(.*)' is a required property$", re.DOTALL)


def schema_issues(errors: Iterable[ValidationError], root: str = "body") -> list[str]:
    """One `path: problem` line per schema violation, deduplicated, at most MAX_ISSUES."""
    errors = list(errors)
    # A bad UUID fails both `format: uuid` and the id pattern; the format message says it better.
    format_failures = {tuple(error.absolute_path) for error in errors if error.validator == "format"}
    issues: list[str] = []
    seen: set[str] = set()
    for error in errors:
        if error.validator == "pattern" and tuple(error.absolute_path) in format_failures:
            continue
        for issue in _describe(error, root):
            if issue not in seen:
                seen.add(issue)
                issues.append(issue)
    if len(issues) > MAX_ISSUES:
        issues = [*issues[: MAX_ISSUES - 1], f"... and {len(issues) - MAX_ISSUES + 1} more"]
    return issues


def _describe(error: ValidationError, root: str) -> list[str]:
    path = list(error.absolute_path)
    keyword = error.validator
    value = error.validator_value
    instance = error.instance
    if keyword == "required":
        match = _REQUIRED.match(error.message)
        if match:
            return [f"{format_path([*path, match.group(1)], root)}: is required"]
    if keyword == "additionalProperties" and value is False and isinstance(instance, dict):
        declared = (error.schema if isinstance(error.schema, Mapping) else {}).get("properties") or {}
        extras = [key for key in instance if key not in declared]
        if extras:
            return [f"{format_path([*path, key], root)}: is not an allowed property" for key in extras]
    if keyword in ("anyOf", "oneOf") and error.context:
        # The alternative the instance meant explains the failure better than "is not valid under
        # any of": the one whose tags (single-value enums, such as a cell variant's `cellType`) it
        # matches, then the one it misses least.
        branches: dict[Any, list[ValidationError]] = {}
        for alternative in error.context:
            branches.setdefault(alternative.relative_schema_path[0], []).append(alternative)
        meant = min(
            branches.values(), key=lambda errors: (sum(_is_tag_mismatch(e) for e in errors), len(errors))
        )
        return [issue for alternative in meant for issue in _describe(alternative, root)]
    return [f"{format_path(path, root)}: {_problem(error)}"]


def _is_tag_mismatch(error: ValidationError) -> bool:
    return (
        error.validator == "enum"
        and isinstance(error.validator_value, list)
        and len(error.validator_value) == 1
    )


def _problem(error: ValidationError) -> str:
    keyword = error.validator
    value = error.validator_value
    instance = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if keyword == "type":
        return "must not be null" if instance is None else f"must be of type {value}"
    if keyword == "enum":
        return f"{short_repr(instance)} is not one of {short_repr(list(value), 300)}"
    if keyword == "minLength":
        return "must not be empty" if value == 1 else f"must be at least {value} characters long"
    if keyword == "maxLength":
        return f"must be at most {value} characters long"
    if keyword == "minimum":
        return (
            f"must be greater than {value}" if schema.get("exclusiveMinimum") else f"must be at least {value}"
        )
    if keyword == "maximum":
        return f"must be less than {value}" if schema.get("exclusiveMaximum") else f"must be at most {value}"
    if keyword == "minItems":
        return f"must have at least {value} items"
    if keyword == "maxItems":
        return f"must have at most {value} items"
    if keyword == "uniqueItems":
        return "must not contain duplicate items"
    if keyword == "pattern":
        if len(value) <= MAX_QUOTED_PATTERN or not isinstance(schema.get("description"), str):
            return f"must match pattern {value}"
        # A long pattern says less than the first sentence of the schema's description.
        return f"does not match the spec's pattern ({schema['description'].split('. ')[0]})"
    if keyword == "not" and isinstance(value, Mapping) and isinstance(value.get("description"), str):
        # A `not` subschema's description names what it refuses.
        return str(value["description"])
    if keyword == "format":
        what = "a UUID" if value == "uuid" else f"a valid {value}"
        return f"must be {what}, got {short_repr(instance)}"
    if keyword == "multipleOf":
        return f"must be a multiple of {value}"
    if keyword == "minProperties":
        return f"must have at least {value} properties"
    if keyword == "maxProperties":
        return f"must have at most {value} properties"
    if keyword == "readOnly":
        return "is read-only"
    if keyword == "writeOnly":
        return "is write-only"
    return short_repr(error.message, 200)


# --- Responses --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseShape:
    """What the spec promises for one status: a JSON schema and/or plain text, or no body at all."""

    # A ResponseValidator (compiled), or None when the response has no JSON content.
    validator: CompiledSchema | None
    text: bool = False  # a text/plain body is declared too


def compile_response(declaration: Mapping[str, Any]) -> ResponseShape:
    content = declaration.get("content") or {}
    text = "text/plain" in content
    media = content.get("application/json")
    if media is None:
        return ResponseShape(validator=None, text=text)
    schema = media.get("schema") or {}
    return ResponseShape(
        validator=CompiledSchema(ResponseValidator(schema, format_checker=oas30_format_checker), schema),
        text=text,
    )


def check_response(operation_id: str, status: int, body: Any, shape: ResponseShape | None) -> None:
    """Raise ResponseContractError unless `body` is what the spec declares for `status`."""
    where = f"{operation_id} -> {status}"
    if shape is None:
        raise ResponseContractError(f"{where}: the spec declares no {status} response for this operation")
    if isinstance(body, PlainText):
        if not shape.text:
            raise ResponseContractError(f"{where}: the spec declares no text/plain body, the reply is text")
        return
    if shape.validator is None:
        if body is not None:
            raise ResponseContractError(f"{where}: the spec declares no body, the handler returned one")
        return
    if body is None:
        raise ResponseContractError(f"{where}: the spec declares a JSON body, the handler returned none")
    issues = schema_issues(shape.validator.iter_errors(body), root="(body)")
    if issues:
        raise ResponseContractError(f"{where}: the body does not match the spec:\n  " + "\n  ".join(issues))
