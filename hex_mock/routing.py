"""Method + path -> operation, for the spec's path templates served under `/api`.

Templates are grouped by segment count and their first two segments (`v1` + the resource; None
where a segment is a parameter), so a lookup only looks at the few templates that could match.
Groups are searched, and templates within a group ordered, so that at the first segment where two
templates differ a literal beats a parameter: `/v1/users/me` is tried before `/v1/users/{userId}`,
`/v1/guides/draft/list` before `/v1/guides/draft/{orgGuideFileId}`.

If the most specific matching template lacks the method, less specific ones are tried (so
`DELETE /v1/guides/draft/list` reaches DeleteGuideDraft, which then rejects `list` as an id, the way
a framework matching routes in order would). Only when no matching template has the method is the
answer 405. A trailing slash or an empty segment matches nothing (404).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, NamedTuple, Protocol, TypeVar

from hex_mock.errors import HexError, not_found

PREFIX = "/api"

_PARAMETER = re.compile(r"\{([^{}/]+)\}\Z")


class Routable(Protocol):
    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...


Op = TypeVar("Op", bound=Routable)


@dataclass(frozen=True)
class _Template(Generic[Op]):
    # For each segment: the literal text, or None for a parameter (named in `names`).
    literals: tuple[str | None, ...]
    names: tuple[str | None, ...]
    methods: Mapping[str, Op]


# (segment count, first segment or None for a parameter, second segment or None)
_GroupKey = tuple[int, str | None, str | None]


class Match(NamedTuple, Generic[Op]):
    operation: Op
    params: Mapping[str, str]  # raw path parameter values, percent-decoded


class Router(Generic[Op]):
    def __init__(self, operations: Iterable[Op], prefix: str = PREFIX) -> None:
        self.prefix = prefix.rstrip("/")
        by_path: dict[str, dict[str, Op]] = {}
        for operation in operations:
            by_path.setdefault(operation.path, {})[operation.method.upper()] = operation
        self._groups: dict[_GroupKey, list[_Template[Op]]] = {}
        for path, methods in by_path.items():
            segments = path.strip("/").split("/")
            names = tuple(_parameter_name(segment) for segment in segments)
            literals = tuple(
                None if name is not None else segment for segment, name in zip(segments, names, strict=True)
            )
            template = _Template(literals=literals, names=names, methods=methods)
            key = (len(segments), literals[0], literals[1] if len(literals) > 1 else None)
            self._groups.setdefault(key, []).append(template)
        for templates in self._groups.values():
            # Literal (0) before parameter (1), segment by segment.
            templates.sort(key=lambda t: tuple(0 if literal is not None else 1 for literal in t.literals))
        # Templates without parameters by their full request path: the most specific match there is,
        # found with one lookup (most of the API's collection paths are such templates).
        self._exact: dict[str, Mapping[str, Op]] = {
            f"{self.prefix}{path}": methods
            for path, methods in by_path.items()
            if all(_parameter_name(segment) is None for segment in path.strip("/").split("/"))
        }

    def match(self, method: str, path: str) -> Match[Op]:
        """The operation for a request path (including the `/api` prefix), or HexError 404/405."""
        exact = self._exact.get(path)
        if exact is not None and method in exact:
            return Match(operation=exact[method], params={})
        if not path.startswith(self.prefix + "/"):
            raise not_found()
        segments = path[len(self.prefix) + 1 :].split("/")
        count = len(segments)
        first = segments[0]
        second = segments[1] if count > 1 else None
        allowed: set[str] = set()
        # Literal before parameter at the first segment, then at the second: the precedence order.
        groups = ((count, first, second), (count, first, None), (count, None, second), (count, None, None))
        for group in groups if count > 1 else groups[1::2]:
            for template in self._groups.get(group, ()):
                params = _bind(template, segments)
                if params is None:
                    continue
                operation = template.methods.get(method)
                if operation is not None:
                    return Match(operation=operation, params=params)
                allowed.update(template.methods)
        if allowed:
            raise HexError(
                405,
                "Method not allowed",
                issues=[f"{method} is not allowed here; allowed: {', '.join(sorted(allowed))}"],
                headers={"Allow": ", ".join(sorted(allowed))},
            )
        raise not_found()


def _parameter_name(segment: str) -> str | None:
    match = _PARAMETER.match(segment)
    if match is None:
        if "{" in segment or "}" in segment:
            raise ValueError(f"path segment {segment!r}: only whole-segment parameters are supported")
        return None
    return match.group(1)


def _bind(template: _Template[Op], segments: list[str]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    for literal, name, segment in zip(template.literals, template.names, segments, strict=True):
        if literal is not None:
            if segment != literal:
                return None
        elif not segment:
            return None
        else:
            params[name or ""] = segment
    return params
