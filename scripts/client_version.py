"""The client distribution's version: the spec's `info.version`, a MAJOR.MINOR.PATCH semantic version.

    python -m scripts.client_version   # print it (for packaging the generated client)

`generated/CHANGELOG.md` has one `## MAJOR.MINOR.PATCH` heading per released version; the client
distribution's `generated/pyproject.toml`, where there is one, must declare the same version; a change
that breaks client users needs a new major version (`problems`, for `make client-version-check`).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from scripts.openapi_diff import ROOT, SPEC, DiffError, load

CHANGELOG = ROOT / "generated" / "CHANGELOG.md"
PYPROJECT = ROOT / "generated" / "pyproject.toml"
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
ENTRY = re.compile(r"^##\s+\[?(\d+\.\d+\.\d+)\]?", flags=re.MULTILINE)

Version = tuple[int, int, int]


def of(document: dict[str, Any]) -> Version:
    info = document.get("info")
    text = str(info.get("version", "")) if isinstance(info, dict) else ""
    if not (match := SEMVER.match(text)):
        raise DiffError(f"info.version {text!r} is not MAJOR.MINOR.PATCH")
    return int(match[1]), int(match[2]), int(match[3])


def show(version: Version) -> str:
    return ".".join(map(str, version))


def problems(base: Version, head: Version, breaking: bool, changelog: Path, pyproject: Path) -> list[str]:
    """What is wrong with `head` as the version after the released `base` (`breaking`: the changes
    since break client users)."""
    found: list[str] = []
    if pyproject.exists():
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if (declared := str(project.get("version", ""))) != show(head):
            found.append(
                f"generated/pyproject.toml declares version {declared!r}; the client's version is the "
                f"spec's info.version, {show(head)}"
            )
    if head < base:
        found.append(f"info.version {show(head)} is lower than the released {show(base)}")
    if breaking and head[0] <= base[0]:
        found.append(
            f"these changes break client users: info.version must be a new major version "
            f"(released {show(base)}, now {show(head)})"
        )
    if head != base and show(head) not in ENTRY.findall(changelog.read_text(encoding="utf-8")):
        found.append(f"generated/CHANGELOG.md has no `## {show(head)}` entry")
    return found


def main() -> int:
    try:
        print(show(of(load(str(SPEC)))))
    except DiffError as error:
        sys.exit(f"client_version: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
