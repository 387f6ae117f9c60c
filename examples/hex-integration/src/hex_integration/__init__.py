"""Run a Hex project and wait for it; list every project. Retries, 429 back-off, pagination and
errors are the client's job (see tests/ for the behaviour this relies on)."""

from __future__ import annotations

from uuid import UUID

from hex_api_client import Hex
from hex_api_client.models import Project, RunInputParams, RunProjectRequest, RunStatus


def run_and_wait(client: Hex, project_id: UUID, inputs: dict[str, object] | None = None) -> RunStatus:
    """Run the project's published app and return its final status; RunFailedError if the run fails."""
    body = RunProjectRequest(input_params=RunInputParams.from_dict(inputs or {}))
    return client.runs.create_and_wait(project_id, body=body, timeout=900, poll_interval=5)


def every_project(client: Hex, include_archived: bool = False) -> list[Project]:
    """Every project the token can see, across all pages."""
    return list(client.projects.list(include_archived=include_archived))
