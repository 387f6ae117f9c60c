"""Semantic projects: datasets and views ingested from a zip archive, and their statuses.

Hex serves both path spellings, `semantic-projects` and the older `semantic-models`; the spec names
the older ones IngestSemanticModel and UpdateSemanticModel, and the same handlers serve both.
Ingesting and setting statuses need the Admin or Manager role.

The archive is untrusted: it is read in memory within limits on its entries, their total size and
their compression ratio (a zip bomb is refused before it is expanded), and its YAML without
aliases (which can expand as a zip bomb does). Each YAML file under a `datasets/` directory defines
a dataset, under `views/` a view, named by its `id` or else by the file's name. An ingest replaces
the project's datasets and views, keeping the statuses of those that remain; a file that cannot be
read is a problem that stops the ingest, so nothing is half-synced.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import yaml

from hex_mock.errors import HexError, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import require_manager
from hex_mock.resources.status_updates import apply_status_updates
from hex_mock.store import SemanticProject, Workspace

MAX_ARCHIVE_ENTRIES = 1000
MAX_UNCOMPRESSED_BYTES = 16 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Below this size an entry's ratio is not judged: a short YAML file of repeated keys compresses well.
RATIO_CHECKED_FROM_BYTES = 64 * 1024

YAML_SUFFIXES = (".yml", ".yaml")
KINDS = {"datasets": "dataset", "views": "view"}
_RESPONSE_KEYS = {"DATASET": "datasets", "VIEW": "views"}


def _archive_refused(issue: str) -> HexError:
    return HexError(400, "Invalid semantic project archive", issues=[f"file: {issue}"])


def _overcompressed(info: zipfile.ZipInfo) -> bool:
    ratio_limit = MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
    return info.file_size >= RATIO_CHECKED_FROM_BYTES and info.file_size > ratio_limit


def read_archive(data: bytes) -> dict[str, bytes]:
    """The archive's files by path; HexError (400) for an archive that is not a zip, is damaged or
    exceeds the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _archive_refused("is not a zip archive") from None
    entries = [info for info in archive.infolist() if not info.is_dir()]
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise _archive_refused(f"has {len(entries)} entries, more than {MAX_ARCHIVE_ENTRIES}")
    expanded = sum(info.file_size for info in entries)
    if expanded > MAX_UNCOMPRESSED_BYTES:
        raise _archive_refused(f"expands to {expanded} bytes, more than {MAX_UNCOMPRESSED_BYTES}")
    files: dict[str, bytes] = {}
    for info in entries:
        if _overcompressed(info):
            raise _archive_refused(
                f"entry {info.filename!r} is compressed more than {MAX_COMPRESSION_RATIO} to 1"
            )
        try:
            # Reads at most the declared size, which the limits above have bounded; the CRC is
            # checked at the end of the entry.
            with archive.open(info) as entry:
                files[info.filename] = entry.read(info.file_size)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
            ValueError,
        ) as error:
            raise _archive_refused(f"entry {info.filename!r} cannot be read ({error})") from None
    return files


@dataclass
class Definitions:
    """What an archive defines, and what it could not."""

    datasets: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    views: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    problems: list[dict[str, Any]] = field(default_factory=list)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(
            {
                "severity": "error",
                "message": message,
                "cause_paths": [[path]],
                "impact_paths": [],
                "display": f"{path}: {message}",
            }
        )


def _load_yaml(text: str) -> Any:
    """The document, refusing aliases (yaml.YAMLError): expanding them can multiply its size."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.YAMLError("aliases (*name) are not allowed")
    return yaml.safe_load(text)


def definitions(files: Mapping[str, bytes]) -> Definitions:
    found = Definitions()
    for path in sorted(files):
        location = PurePosixPath(path)
        kind = next((KINDS[part] for part in location.parts[:-1] if part in KINDS), None)
        if location.suffix not in YAML_SUFFIXES:
            found.skipped[path] = "not a YAML file"
            continue
        if kind is None:
            found.skipped[path] = "not under a datasets/ or views/ directory"
            continue
        try:
            document = _load_yaml(files[path].decode("utf-8"))
        except UnicodeDecodeError:
            found.problem(path, "is not UTF-8 text")
            continue
        except (yaml.YAMLError, RecursionError) as error:
            found.problem(path, f"is not valid YAML ({' '.join(str(error).split())})")
            continue
        if not isinstance(document, dict):
            found.problem(path, f"a {kind} must be a mapping")
            continue
        name = document.get("id", location.stem)
        if not isinstance(name, str) or not name:
            found.problem(path, f"a {kind}'s id must be a non-empty string")
            continue
        defined = found.datasets if kind == "dataset" else found.views
        if name in defined:
            found.problem(path, f"{kind} {name!r} is defined twice")
            continue
        defined[name] = document
    return found


def _dimension_types(dataset: Mapping[str, Any]) -> dict[str, str]:
    dimensions = dataset.get("dimensions")
    if not isinstance(dimensions, list):
        return {}
    return {
        str(dimension.get("id") or dimension.get("name")): str(dimension.get("type", "string"))
        for dimension in dimensions
        if isinstance(dimension, dict) and (dimension.get("id") or dimension.get("name"))
    }


def _require_semantic_project(ws: Workspace, project_id: str) -> SemanticProject:
    project = ws.semantic_projects.get(project_id)
    if project is None:
        raise not_found("Semantic project not found")
    return project


@handles("IngestSemanticProject")
@handles("IngestSemanticModel")
def ingest_semantic_project(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "ingesting semantic projects")
    project = _require_semantic_project(ws, call.path["semanticProjectId"])
    form = call.body
    found = definitions(read_archive(form["file"].data))
    if found.problems:
        reason = "The semantic project has problems"
        raise HexError(
            400, reason, body={"reason": reason, "traceId": call.trace_id, "problems": found.problems}
        )
    kept = {"DATASET": found.datasets, "VIEW": found.views}
    dropped = [
        f"the status of {level.lower()} {name!r} was dropped: the archive no longer defines it"
        for level, names in project.statuses.items()
        for name in names
        if name not in kept[level]
    ]
    warnings = dropped if found.datasets or found.views else ["the archive defines no datasets or views"]
    if not form.get("dryRun", False):
        project.datasets = list(found.datasets)
        project.views = list(found.views)
        project.statuses = {
            level: remaining
            for level, names in project.statuses.items()
            if (remaining := {name: status for name, status in names.items() if name in kept[level]})
        }
        project.last_ingested_at = ws.clock.now()
    contents = [f"dataset:{name}" for name in found.datasets] + [f"view:{name}" for name in found.views]
    body: dict[str, Any] = {
        "traceId": call.trace_id,
        "contents": contents if form.get("verbose", True) else [],
        "warnings": warnings,
        "skipped": found.skipped,
    }
    if form.get("debug", False):
        body["debug"] = {
            "metricflowModelSchemas": {
                name: _dimension_types(dataset) for name, dataset in found.datasets.items()
            }
        }
    return Reply(201, body)


@handles("UpdateSemanticProject")
@handles("UpdateSemanticModel")
def update_semantic_project(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "setting statuses in semantic projects")
    project = _require_semantic_project(ws, call.path["semanticProjectId"])
    defined = {"DATASET": set(project.datasets), "VIEW": set(project.views)}

    def resolve(level: str, name: str) -> tuple[str | None, str | None]:
        return (name, None) if name in defined[level] else (None, "not_found")

    statuses, updated = apply_status_updates(
        project.statuses, call.body["updates"], resolve, ws.statuses, _RESPONSE_KEYS, call.trace_id
    )
    project.statuses = statuses
    return Reply(200, {"updated": updated})
