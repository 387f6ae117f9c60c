"""Loading and indexing the spec; start-up checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from hex_mock import spec as spec_module
from hex_mock.app import create_app, missing_handlers
from hex_mock.errors import ErrorStyle
from hex_mock.handlers import Call, HandlerRegistry, Reply, registered
from hex_mock.spec import ApiSpec, SpecError, default_spec_path, load_spec
from hex_mock.store import Workspace
from tests.pipeline.conftest import FIXTURE_SPEC

MINIMAL = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/things/{thingId}:
    get:
      operationId: GetThing
      tags: [Projects]
      parameters:
        - {name: thingId, in: path, required: true, schema: {type: string}}
      responses:
        %(status)s:
          description: ok
        '4XX':
          description: range
          content:
            application/json:
              schema: {type: object, properties: {reason: {type: string}}}
        '404':
          description: explicit
          content:
            application/json:
              schema: {type: object, properties: {code: {type: string}}}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return path


def test_operations_are_indexed_with_their_metadata(spec: ApiSpec) -> None:
    legacy = spec.by_id["RunProjectLegacy"]
    assert (legacy.method, legacy.path, legacy.tag, legacy.deprecated) == (
        "POST",
        "/v1/project/{projectId}/run",
        "Runs",
        True,
    )
    assert spec.by_id["RunProject"].deprecated is False
    assert [p.name for p in spec.by_id["ListProjects"].parameters.query][:3] == ["limit", "after", "before"]
    assert spec.by_id["CancelRun"].response_for(204) is not None
    assert spec.by_id["CancelRun"].response_for(200) is None
    assert spec.by_route[("DELETE", "/v1/guides/draft/{orgGuideFileId}")] is spec.by_id["DeleteGuideDraft"]


def test_load_is_cached_per_process() -> None:
    # Loaded here rather than taken from the session fixture: other tests clear the cache.
    first = load_spec(FIXTURE_SPEC)
    assert load_spec(FIXTURE_SPEC) is first
    assert load_spec(str(FIXTURE_SPEC)) is first


def test_an_edited_spec_file_is_reloaded(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL % {"status": "'200'"})
    first = load_spec(path)
    path.write_text((MINIMAL % {"status": "'200'"}).replace("GetThing", "GetThingRenamed") + "\n")
    assert [op.operation_id for op in load_spec(path).operations] == ["GetThingRenamed"]
    assert [op.operation_id for op in first.operations] == ["GetThing"]


def test_non_string_keys_are_refused(tmp_path: Path) -> None:
    # Strict mode: an unquoted 200 is an integer key, which OpenAPI does not allow.
    with pytest.raises(SpecError, match=r"spec\.yaml"):
        load_spec(write(tmp_path, MINIMAL % {"status": "200"}))


def test_explicit_status_beats_its_range(tmp_path: Path) -> None:
    operation = load_spec(write(tmp_path, MINIMAL % {"status": "'200'"})).by_id["GetThing"]
    assert operation.style_for(404) is ErrorStyle.STANDARD
    assert operation.style_for(400) is ErrorStyle.TSOA
    assert operation.style_for(499) is ErrorStyle.TSOA


def test_duplicate_operation_ids_are_refused(tmp_path: Path) -> None:
    text = (MINIMAL % {"status": "'200'"}).replace(
        "paths:\n",
        "paths:\n  /v1/other:\n    get:\n      operationId: GetThing\n      tags: [Projects]\n"
        "      responses:\n        '200': {description: ok}\n",
    )
    with pytest.raises(SpecError, match=r"GetThing.*not unique"):
        load_spec(write(tmp_path, text))


def test_unsupported_parameter_schemas_fail_at_start_up(tmp_path: Path) -> None:
    text = (MINIMAL % {"status": "'200'"}).replace("schema: {type: string}}", "schema: {type: object}}")
    with pytest.raises(SpecError, match=r"GetThing.*type 'object' is not supported"):
        load_spec(write(tmp_path, text))


def test_default_spec_path_is_the_project_spec() -> None:
    assert default_spec_path() == Path(__file__).resolve().parents[2] / "spec" / "hex-api.yaml"


def test_missing_handlers_are_listed_and_refused_at_start_up(spec: ApiSpec) -> None:
    handlers = {"GetProject": lambda _ws, _call: Reply(200), "Me": lambda _ws, _call: Reply(200)}
    missing = missing_handlers(spec, handlers)
    assert "GetProject" not in missing
    assert missing[:3] == ["CancelRun", "CreateProject", "DeleteGuideDraft"]
    assert len(missing) == len(spec.operations) - 2
    with pytest.raises(RuntimeError, match="operations without a handler: CancelRun, CreateProject"):
        create_app(Workspace(), spec=spec, handlers=handlers)
    create_app(Workspace(), spec=spec, handlers=handlers, require_all_handlers=False)


def test_handler_registry_refuses_duplicates() -> None:
    registry = HandlerRegistry()

    @registry.handles("GetThing")
    def get_thing(_ws: Workspace, _call: Call) -> Reply:
        return Reply(200)

    assert registry.registered() == {"GetThing": get_thing}
    with pytest.raises(ValueError, match="GetThing already has a handler"):
        registry.handles("GetThing")(get_thing)
    with pytest.raises(TypeError):
        registry.registered()["Other"] = get_thing  # type: ignore[index]


def test_module_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        registered()["Sneaky"] = lambda _ws, _call: Reply(200)  # type: ignore[index]


def test_validated_spec_is_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEX_MOCK_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, MINIMAL % {"status": "'200'"})
    first = load_spec(path)
    assert len(list((tmp_path / "cache").glob("spec-*.json"))) == 1

    def must_not_parse(_source: Path, _raw: bytes) -> None:
        raise AssertionError("parsed again despite the cache")

    monkeypatch.setattr(spec_module, "_parse_and_validate", must_not_parse)
    spec_module._load.cache_clear()
    again = load_spec(path)
    assert again is not first
    assert again.document == first.document
    assert [op.operation_id for op in again.operations] == ["GetThing"]


def test_damaged_or_disabled_cache_falls_back_to_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEX_MOCK_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, MINIMAL % {"status": "'200'"})
    load_spec(path)
    [entry] = (tmp_path / "cache").glob("spec-*.json")
    entry.write_text("{not json")
    spec_module._load.cache_clear()
    assert [op.operation_id for op in load_spec(path).operations] == ["GetThing"]
    monkeypatch.setenv("HEX_MOCK_CACHE_DIR", "")
    assert spec_module.cache_dir() is None


def test_an_invalid_spec_is_never_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEX_MOCK_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(SpecError):
        load_spec(write(tmp_path, MINIMAL % {"status": "200"}))
    assert not list((tmp_path / "cache").glob("spec-*.json"))


def test_yaml_dates_are_served_as_iso_strings(tmp_path: Path) -> None:
    text = (MINIMAL % {"status": "'200'"}).replace(
        "info: {title: t, version: '1'}", "info: {title: t, version: 2025-01-06}"
    )
    path = write(tmp_path, text)
    with pytest.raises(SpecError):  # `version` must be a string: the validator says so
        load_spec(path)
    text = (MINIMAL % {"status": "'200'"}).replace(
        "description: ok", "description: ok\n          x-since: 2025-01-06"
    )
    served = load_spec(write(tmp_path, text)).document_json
    assert b'"x-since":"2025-01-06"' in served
