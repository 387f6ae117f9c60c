"""The fixtures format's JSON Schema: every document is checked against it, refusals name their path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from starlette.testclient import TestClient

from hex_mock.fixtures import DEMO, FixtureError, read_document, schema
from hex_mock.mock import HexMock
from hex_mock.run_lifecycle import DATA_TYPES
from hex_mock.scopes import ALL_SCOPES
from hex_mock.spec import load_spec
from hex_mock.store import ACCESS_LEVELS, ORG_ROLES

ANA = "ana@example.com"


def test_the_schema_is_valid_and_accepts_the_demo_workspace() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.validate(read_document(DEMO), schema())


def test_the_schema_enumerates_what_the_mock_and_the_spec_know() -> None:
    properties = schema()["properties"]
    components = load_spec().document["components"]["schemas"]

    def entry(section: str) -> dict[str, Any]:
        items: dict[str, Any] = properties[section]["items"]["properties"]
        return items

    assert entry("users")["role"]["enum"] == list(ORG_ROLES)
    assert set(entry("tokens")["scopes"]["items"]["enum"]) == ALL_SCOPES
    assert schema()["$defs"]["accessLevel"]["enum"] == list(ACCESS_LEVELS)
    assert entry("projects")["app_inputs"]["items"]["properties"]["data_type"]["enum"] == list(DATA_TYPES)
    assert entry("projects")["type"]["enum"] == components["ProjectType"]["enum"]
    cells = entry("projects")["cells"]["items"]["properties"]
    assert cells["type"]["enum"] == components["CellType"]["enum"]
    assert entry("data_connections")["type"]["enum"] == components["DataConnectionType"]["enum"]
    assert entry("suggestions")["status"]["enum"] == components["SuggestionStatus"]["enum"]
    changes = schema()["$defs"]["proposedChange"]["properties"]
    assert changes["status"]["enum"] == components["ProposedChangeStatus"]["enum"]
    assert changes["file"]["properties"]["type"]["enum"] == components["FileUpdateType"]["enum"]
    assert changes["warehouse"]["properties"]["type"]["enum"] == components["DataWarehouseUpdateType"]["enum"]
    groups = properties["settings"]["properties"]["rate_limits"]["propertyNames"]["enum"]
    assert groups == list(load_spec().rate_limit_budgets)


@pytest.mark.parametrize(
    ("document", "refusal"),
    [
        (
            {"projects": [{"title": "T", "owner": ANA, "published_verison": 2}]},
            "projects[0].published_verison: unknown key published_verison",
        ),
        (
            {"tokens": [{"secret": "hxtw_ci", "user": ANA, "scopes": ["projects:read", "projects:execute"]}]},
            "tokens[0].scopes[1]: 'projects:execute' is not one of",
        ),
        ({"users": [{"email": "kim@example.com", "role": "OWNER"}]}, "users[0].role: 'OWNER' is not one of"),
        ({"user": []}, "user: unknown key user"),
        ({"groups": [{"members": [ANA]}]}, "groups[0]: 'name' is a required property"),
        (
            {"projects": [{"title": "T", "owner": ANA, "sharing": {"groups": {"Data team": "ADMIN"}}}]},
            "projects[0].sharing.groups.Data team: 'ADMIN' is not one of",
        ),
        ({"projects": [{"title": "T", "owner": "nobody@example.com"}]}, "projects[0].owner: no user"),
        (
            {
                "projects": [
                    {"title": "T", "owner": ANA, "cells": [{"type": "SQL", "data_connection": "Lake"}]}
                ]
            },
            "projects[0].cells[0].data_connection: no data connection named 'Lake'",
        ),
        ({"tokens": [{"secret": "hxtp_x", "user": "kim@example.com"}]}, "tokens[0].user: no user"),
        (
            {"settings": {"rate_limits": {"hex-nope": {"perMinute": 1}}}},
            "settings.rate_limits: 'hex-nope' is not",
        ),
        (
            {"settings": {"rate_limits": {"hex-api": {"perDay": 1}}}},
            "settings.rate_limits.hex-api.perDay: unknown",
        ),
        ({"settings": {"json401": True}}, "settings.json401: unknown key json401"),
    ],
)
def test_a_bad_document_is_refused_with_its_path(document: dict[str, Any], refusal: str) -> None:
    with pytest.raises(FixtureError) as raised:
        HexMock().load_fixtures(document)
    assert str(raised.value).startswith(refusal), str(raised.value)


def test_a_document_the_schema_refuses_adds_nothing() -> None:
    mock = HexMock()
    before = mock.dump()
    with pytest.raises(FixtureError):
        mock.load_fixtures(
            {"users": [{"email": "new@example.com"}], "projects": [{"title": 1, "owner": ANA}]}
        )
    assert mock.dump() == before


def test_unquoted_yaml_timestamps_read_as_quoted_ones(tmp_path: Path) -> None:
    document = tmp_path / "fixtures.yaml"
    document.write_text("users:\n  - {email: kim@example.com, created_at: 2024-05-01T10:00:00Z}\n")
    assert read_document(document)["users"][0]["created_at"] == "2024-05-01T10:00:00Z"
    user = next(iter(HexMock(fixtures=document).workspace.users))
    assert user.created_at.isoformat() == "2024-05-01T10:00:00+00:00"


def test_the_control_plane_serves_the_schema_and_refuses_by_path() -> None:
    with TestClient(HexMock().app) as client:
        assert client.get("/__mock__/fixtures/schema").json() == schema()
        response = client.post(
            "/__mock__/fixtures", json={"users": [{"email": "x@example.com", "rol": "EDITOR"}]}
        )
    assert response.status_code == 400
    assert response.json()["error"].startswith("users[0].rol: unknown key rol")
