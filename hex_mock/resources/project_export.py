"""ExportProject: a project's cells and metadata as Hex's `*.hex.yaml` project file.

Hex documents the file only as "YAML following the *.hex.yaml format"; the mock writes the shape
third-party tools read (`schemaVersion`, `meta`, `cells`). The mock keeps one notebook per project,
not one per published version, so every version exports the current cells; the version asked for
must still exist (`latest` needs a published version, a number at most the latest one).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from hex_mock.errors import bad_request
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import require_project
from hex_mock.store import Cell, Project, Workspace

READ = "CAN_VIEW"
SCHEMA_VERSION = 3


def _version(project: Project, asked: str | int) -> str | int:
    """The version to write into the file: `draft` or a published version's number (else 400)."""
    if asked == "draft":
        return "draft"
    latest = project.published_version
    if asked == "latest":
        if latest < 1:
            raise bad_request(
                "This project has not been published", "version: the project has no published version"
            )
        return latest
    if isinstance(asked, int) and asked > latest:
        raise bad_request(
            "No such version",
            f"version: the project has no version {asked} (its latest published version is {latest})",
        )
    return asked


def _cell(cell: Cell) -> dict[str, Any]:
    entry: dict[str, Any] = {"cellId": cell.static_id, "cellType": cell.cell_type, "label": cell.label}
    if cell.source is not None:
        entry["source"] = cell.source
    if cell.cell_type == "SQL":
        entry["dataConnectionId"] = cell.data_connection_id
        entry["outputDataframe"] = cell.output_dataframe
    if cell.parent_id is not None:
        entry["parentCellId"] = cell.parent_id
    return entry


def _filename(project: Project) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", project.title.lower()).strip("-")
    return f"{slug or project.id}.hex.yaml"


def project_file(ws: Workspace, project: Project, version: str | int) -> str:
    document = {
        "schemaVersion": SCHEMA_VERSION,
        "meta": {
            "projectId": project.id,
            "title": project.title,
            "description": project.description,
            "hexType": project.type,
            "version": version,
        },
        # `cell_ids` is notebook order, sections followed by what they hold.
        "cells": [_cell(cell) for cell in map(ws.cells.get, project.cell_ids) if cell is not None],
    }
    text: str = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    return text


@handles("ExportProject")
def export_project(ws: Workspace, call: Call) -> Reply:
    project = require_project(ws, call.caller, call.body["projectId"], READ)
    version = _version(project, call.body.get("version", "draft"))
    return Reply(200, {"filename": _filename(project), "content": project_file(ws, project, version)})
