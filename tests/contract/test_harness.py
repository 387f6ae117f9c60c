"""The contract suite's own machinery: its checks bite, its exceptions stay narrow, its data repair
does what it claims, and its runs are reproducible.

Each "bites" test breaks the mock on purpose (one handler or the auth step, patched for the test
only) and asserts that the suite's configuration reports it with the right failure.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import (
    CaseMetadata,
    ComponentInfo,
    FuzzingPhaseData,
    GenerationInfo,
    PhaseInfo,
    StatefulPhaseData,
    TestPhase,
)
from schemathesis.openapi.checks import (
    EnsureResourceAvailability,
    IgnoredAuth,
    JsonSchemaError,
    UndefinedStatusCode,
    UseAfterFree,
)

from hex_mock import app as kernel
from hex_mock.auth import authenticate
from hex_mock.handlers import Call, Reply
from hex_mock.mock import HexMock
from hex_mock.store import Workspace
from hex_mock.validation import ResponseContractError
from tests.contract import test_stateful
from tests.contract.config import ALL_CHECKS, build_config, relaxed_checks
from tests.contract.inprocess import TOKEN, Contract, admin_get, demo_world, fresh_mock, load_schema
from tests.contract.profiles import CI_SEED, PROFILES, resolve_profile, resolve_seed
from tests.contract.repair import AnyCase, Repair
from tests.resources.demo_ids import (
    ANA,
    CAMPAIGN,
    COMPONENT,
    FORMER,
    OPS,
    WAREHOUSE,
    WEEKLY,
)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

AUTH = {"Authorization": f"Bearer {TOKEN}"}
WEEKLY_CHART = "6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a"  # Weekly revenue's CHART cell
WEEKLY_CHART_STATIC = "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a"
WEEKLY_MARKDOWN = "3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807"
RANDOM_UUID = "0b6cf7a2-5d1e-4c3f-8a9b-7e6d5c4b3a21"


@pytest.fixture(scope="module")
def contract() -> Contract:
    return load_schema(fresh_mock(validate_responses=False), max_examples=5, profile=PROFILES["ci"])


@pytest.fixture
def mock(contract: Contract) -> Iterator[HexMock]:
    contract.mock.reset()
    yield contract.mock
    contract.mock.reset()


def _failures(error: FailureGroup) -> list[type[Exception]]:
    return [type(failure) for failure in error.exceptions]


# --- the checks bite -----------------------------------------------------------------------------


def test_a_reply_outside_the_spec_fails_the_schema_check(contract: Contract, mock: HexMock) -> None:
    original = mock.runtime.handlers["GetProject"]

    def without_title(workspace: Workspace, call: Call) -> Reply:
        reply = original(workspace, call)
        return Reply(reply.status, {key: value for key, value in reply.body.items() if key != "title"})

    case = contract.schema["/v1/projects/{projectId}"]["GET"].Case(
        path_parameters={"projectId": WEEKLY}, headers=AUTH
    )
    case.call_and_validate()  # the real handler keeps the contract
    mock.runtime.handlers["GetProject"] = without_title  # type: ignore[index]
    try:
        with pytest.raises(FailureGroup) as failed:
            case.call_and_validate()
    finally:
        mock.runtime.handlers["GetProject"] = original  # type: ignore[index]
    assert JsonSchemaError in _failures(failed.value)


def test_the_strict_pass_runs_the_mocks_own_contract_check(monkeypatch: pytest.MonkeyPatch) -> None:
    strict = load_schema(fresh_mock(validate_responses=True), max_examples=5, profile=PROFILES["ci"])
    original = strict.mock.runtime.handlers["GetProject"]

    def without_title(workspace: Workspace, call: Call) -> Reply:
        reply = original(workspace, call)
        return Reply(reply.status, {key: value for key, value in reply.body.items() if key != "title"})

    case = strict.schema["/v1/projects/{projectId}"]["GET"].Case(
        path_parameters={"projectId": WEEKLY}, headers=AUTH
    )
    case.call_and_validate()
    monkeypatch.setitem(strict.mock.runtime.handlers, "GetProject", without_title)
    # The mock refuses to send the bad reply at all: its check raises inside the app.
    with pytest.raises(ResponseContractError) as refused:
        case.call_and_validate()
    assert "title" in str(refused.value)
    assert any("curl -X GET" in note for note in getattr(refused.value, "__notes__", []))


def test_an_undocumented_status_fails_the_status_check(contract: Contract, mock: HexMock) -> None:
    original = mock.runtime.handlers["ListGroups"]
    mock.runtime.handlers["ListGroups"] = lambda _ws, _call: Reply(418, {"reason": "teapot"})  # type: ignore[index]
    try:
        with pytest.raises(FailureGroup) as failed:
            contract.schema["/v1/groups"]["GET"].Case(headers=AUTH).call_and_validate()
    finally:
        mock.runtime.handlers["ListGroups"] = original  # type: ignore[index]
    assert UndefinedStatusCode in _failures(failed.value)


def test_an_operation_that_ignores_auth_fails_the_auth_check(
    contract: Contract, mock: HexMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = contract.schema["/v1/users/me"]["GET"].Case(headers=AUTH)
    case.call_and_validate()  # the mock enforces auth: no failure
    admin = authenticate(mock.workspace, AUTH["Authorization"])
    monkeypatch.setattr(kernel, "authenticate", lambda _workspace, _header: admin)
    with pytest.raises(FailureGroup) as failed:
        contract.schema["/v1/users/me"]["GET"].Case(headers=AUTH).call_and_validate()
    assert IgnoredAuth in _failures(failed.value)


def _run_chain(name: str) -> None:
    """One chain of test_stateful.py with the CI seed and budget whatever the profile: these tests
    are about the machinery, not about exploring."""
    chain = next(chain for chain in test_stateful.CHAINS if chain.name == name)
    machine = test_stateful.machine_for(chain, test_stateful.MOCK, test_stateful.Tally())
    settings = hypothesis.settings(
        test_stateful.SETTINGS,
        max_examples=PROFILES["ci"].stateful_examples,
        stateful_step_count=PROFILES["ci"].stateful_steps,
        phases=[hypothesis.Phase.generate],
    )
    hypothesis.seed(CI_SEED)(machine).run(settings=settings)


def test_a_delete_that_does_not_delete_fails_the_stateful_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers = test_stateful.MOCK.runtime.handlers

    def keep_the_cell(_workspace: Workspace, call: Call) -> Reply:
        return Reply(200, {"cellId": call.path["cellId"]})

    _run_chain("cells")  # the real DeleteCell passes
    monkeypatch.setitem(handlers, "DeleteCell", keep_the_cell)
    with pytest.raises(FailureGroup) as failed:
        _run_chain("cells")
    assert UseAfterFree in _failures(failed.value)
    assert "The scenario, in order" in str(failed.value.message)


def test_a_create_that_stores_nothing_fails_the_stateful_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers = test_stateful.MOCK.runtime.handlers

    def forget_the_group(workspace: Workspace, call: Call) -> Reply:
        return Reply(201, {"id": workspace.ids.uuid(), "name": call.body["name"], "members": {"users": []}})

    monkeypatch.setitem(handlers, "CreateGroup", forget_the_group)
    with pytest.raises(FailureGroup) as failed:
        _run_chain("groups")
    assert EnsureResourceAvailability in _failures(failed.value)


def test_a_sharing_edit_that_does_not_show_fails_the_stateful_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers = test_stateful.MOCK.runtime.handlers
    get_project = handlers["GetProject"]

    def stale_sharing(workspace: Workspace, call: Call) -> Reply:
        reply = get_project(workspace, call)
        if isinstance(reply.body, dict) and "sharing" in reply.body:
            return Reply(reply.status, {**reply.body, "sharing": {**reply.body["sharing"], "users": []}})
        return reply

    monkeypatch.setitem(handlers, "GetProject", stale_sharing)
    with pytest.raises(FailureGroup) as failed:
        _run_chain("project-sharing")
    assert "does not show the sharing the last sharing edit reported" in str(failed.value.exceptions[0])


# --- exceptions stay narrow ----------------------------------------------------------------------


def test_every_check_is_on_except_the_listed_relaxations(contract: Contract) -> None:
    turned_off = {
        (operation_id, check)
        for operation_id, check, setting in relaxed_checks()
        if not setting.get("enabled", True)
    }
    config = contract.schema.config
    operations = [result.ok() for result in contract.schema.get_all_operations() if isinstance(result, Ok)]
    assert len(operations) == 47
    for operation in operations:
        operation_id = operation.definition.raw["operationId"]
        for phase in ("examples", "coverage", "fuzzing", "stateful"):
            checks = config.checks_config_for(operation=operation, phase=phase)
            for name in ALL_CHECKS:
                assert getattr(checks, name).enabled is ((operation_id, name) not in turned_off), (
                    operation_id,
                    name,
                )
            assert not checks.max_response_time.enabled  # the one check left off everywhere


def test_a_relaxation_widens_statuses_only_where_it_says(contract: Contract) -> None:
    config = contract.schema.config
    cancel = contract.schema["/v1/projects/{projectId}/runs/{runId}"]["DELETE"]
    get = contract.schema["/v1/projects/{projectId}/runs/{runId}"]["GET"]
    assert "422" in config.checks_config_for(operation=cancel).positive_data_acceptance.expected_statuses
    assert "422" not in config.checks_config_for(operation=get).positive_data_acceptance.expected_statuses


# --- the repair ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def repair() -> Repair:
    world, mint = demo_world()
    return Repair(world, mint)


def test_discovery_reads_the_demo_workspace(repair: Repair) -> None:
    world = repair.world
    assert world.me == ANA
    assert set(world.published_projects) == {WEEKLY, CAMPAIGN, OPS, COMPONENT}
    assert WEEKLY in world.projects
    assert FORMER not in world.users  # deactivated users are not listed
    assert WEEKLY_CHART_STATIC in world.chart_static_ids
    assert WAREHOUSE in world.data_connections
    assert (len(world.groups), len(world.collections), len(world.guides)) == (2, 2, 2)
    assert {"Certified", "Completed", "In development"} <= set(world.statuses)


def _client() -> TestClient:
    return TestClient(fresh_mock(validate_responses=True).app, base_url="http://127.0.0.1:8000", headers=AUTH)


def test_cursors_become_cursors_the_server_issued(contract: Contract, repair: Repair) -> None:
    listing = contract.schema["/v1/projects"]["GET"]
    query = {"after": "not-a-cursor", "before": "nor-this", "sortBy": "LAST_EDITED_AT", "limit": 2}
    client = _client()
    assert client.get("/api/v1/projects", params=query).status_code == 400  # what would be sent unrepaired
    case = repair(listing.Case(query=dict(query)))
    assert case.query is not None
    cursors = [name for name in ("after", "before") if name in case.query]
    assert cursors  # the ones the listing has (its first page has no `before`)
    assert not {case.query[name] for name in cursors} & {"not-a-cursor", "nor-this"}
    assert case.query["sortBy"] == "LAST_EDITED_AT"  # minted for this very listing
    assert client.get("/api/v1/projects", params=case.query).status_code == 200


def test_path_ids_mostly_become_real_ones_and_known_ids_stay(contract: Contract, repair: Repair) -> None:
    operation = contract.schema["/v1/projects/{projectId}"]["GET"]
    generated = [f"{index:08x}-0000-4000-8000-000000000000" for index in range(200)]
    repaired = [repair(operation.Case(path_parameters={"projectId": value})) for value in generated]
    chosen = [(case.path_parameters or {})["projectId"] for case in repaired]
    kept = sum(1 for before, after in zip(generated, chosen, strict=True) if before == after)
    assert 30 <= kept <= 70  # about one in four keeps its random id (and gets a 404)
    assert {value for value in chosen if value not in generated} <= set(repair.world.projects)
    # The same input always gets the same answer.
    again = repair(operation.Case(path_parameters={"projectId": generated[7]}))
    assert (again.path_parameters or {})["projectId"] == chosen[7]
    # Real ids, and ids the server issued during a scenario, are left alone.
    for known in (CAMPAIGN, RANDOM_UUID):
        repair.note_issued({"id": RANDOM_UUID})
        case = repair(operation.Case(path_parameters={"projectId": known}))
        assert (case.path_parameters or {})["projectId"] == known
    repair.issued.clear()


def test_only_published_projects_are_run(contract: Contract, repair: Repair) -> None:
    run = contract.schema["/v1/projects/{projectId}/runs"]["POST"]
    chosen = {
        (
            repair(
                run.Case(path_parameters={"projectId": f"{index:08x}-1111-4111-8111-111111111111"})
            ).path_parameters
            or {}
        )["projectId"]
        for index in range(100)
    }
    assert chosen & set(repair.world.published_projects)
    assert not chosen & (set(repair.world.projects) - set(repair.world.published_projects))


def _negative_meta(location: ParameterLocation) -> CaseMetadata:
    return CaseMetadata(
        generation=GenerationInfo(time=0.0, mode=GenerationMode.NEGATIVE),
        components={location: ComponentInfo(mode=GenerationMode.NEGATIVE)},
        phase=PhaseInfo(
            name=TestPhase.FUZZING,
            data=FuzzingPhaseData(
                description=None, parameter=None, parameter_location=location, location=None
            ),
        ),
    )


def test_parts_generated_to_be_invalid_are_left_alone(contract: Contract, repair: Repair) -> None:
    operation = contract.schema["/v1/projects/{projectId}"]["GET"]
    values = [f"{index:08x}-2222-4222-8222-222222222222" for index in range(20)]
    for value in values:
        case = operation.Case(
            path_parameters={"projectId": value}, _meta=_negative_meta(ParameterLocation.PATH)
        )
        assert (repair(case).path_parameters or {})["projectId"] == value
    listing = contract.schema["/v1/projects"]["GET"]
    case = listing.Case(query={"after": "x", "before": "y"}, _meta=_negative_meta(ParameterLocation.QUERY))
    assert repair(case).query == {"after": "x", "before": "y"}


def _update(contract: Contract, repair: Repair, cell_id: str, body: dict[str, Any]) -> AnyCase:
    operation = contract.schema["/v1/cells/{cellId}"]["PATCH"]
    return repair(operation.Case(path_parameters={"cellId": cell_id}, body=body))


def test_cell_contents_follow_the_cell_type(contract: Contract, repair: Repair) -> None:
    all_three = {"codeCell": {"source": "x"}, "sqlCell": {"source": "y"}, "markdownCell": {"source": "z"}}
    markdown = _update(
        contract, repair, WEEKLY_MARKDOWN, {"contents": all_three, "dataConnectionId": WAREHOUSE}
    )
    assert markdown.body == {"contents": {"markdownCell": {"source": "z"}}}
    chart = _update(contract, repair, WEEKLY_CHART, {"contents": all_three, "dataConnectionId": None})
    assert chart.body == {}
    assert all_three == {
        "codeCell": {"source": "x"},
        "sqlCell": {"source": "y"},
        "markdownCell": {"source": "z"},
    }
    client = _client()
    for case in (markdown, chart):
        response = client.patch(f"/api/v1/cells/{(case.path_parameters or {})['cellId']}", json=case.body)
        assert response.status_code == 200, response.text


def test_a_location_naming_no_cell_of_a_cell_less_project_is_left_out(
    contract: Contract, repair: Repair
) -> None:
    operation = contract.schema["/v1/cells"]["POST"]
    body: dict[str, Any] = {"projectId": OPS, "cellType": "CODE", "contents": {"codeCell": {"source": "1"}}}
    emptied = repair(operation.Case(body={**body, "location": {"insertAfterCellId": RANDOM_UUID}}))
    assert emptied.body == body  # `{}` would match neither CellLocation variant; omitted appends
    kept = repair(
        operation.Case(body={**body, "projectId": WEEKLY, "location": {"insertAfterCellId": RANDOM_UUID}})
    )
    assert _insert_after(kept) != RANDOM_UUID


def _stateful_meta() -> CaseMetadata:
    return CaseMetadata(
        generation=GenerationInfo(time=0.0, mode=GenerationMode.POSITIVE),
        components={},
        phase=PhaseInfo(
            name=TestPhase.STATEFUL,
            data=StatefulPhaseData(description=None, parameter=None, parameter_location=None, location=None),
        ),
    )


def _insert_after(case: AnyCase) -> Any:
    assert isinstance(case.body, dict)
    location = case.body["location"]
    assert isinstance(location, dict)
    return location["insertAfterCellId"]


def test_during_a_scenario_cells_are_read_from_the_server(contract: Contract) -> None:
    mock = fresh_mock(validate_responses=False)
    client = TestClient(mock.app, base_url="http://127.0.0.1:8000", headers=AUTH)
    created = client.post(
        "/api/v1/cells",
        json={"projectId": WEEKLY, "cellType": "CODE", "contents": {"codeCell": {"source": "1"}}},
    ).json()
    assert client.delete(f"/api/v1/cells/{WEEKLY_MARKDOWN}").status_code == 200
    repair = Repair(*demo_world(), lookup=admin_get(mock))
    update = contract.schema["/v1/cells/{cellId}"]["PATCH"]
    contents: dict[str, Any] = {"contents": {"sqlCell": {"source": "s"}, "codeCell": {"source": "c"}}}
    # A cell the scenario created: its type comes from the server.
    case = repair(
        update.Case(path_parameters={"cellId": created["id"]}, body=contents, _meta=_stateful_meta())
    )
    assert case.body == {"contents": {"codeCell": {"source": "c"}}}
    # A demo cell the scenario deleted is no longer a place to insert after.
    create = contract.schema["/v1/cells"]["POST"]
    body: dict[str, Any] = {
        "projectId": WEEKLY,
        "cellType": "CODE",
        "contents": {"codeCell": {"source": "x"}},
        "location": {"insertAfterCellId": WEEKLY_MARKDOWN},
    }
    after = _insert_after(repair(create.Case(body=body, _meta=_stateful_meta())))
    assert after != WEEKLY_MARKDOWN
    assert (
        client.post("/api/v1/cells", json={**body, "location": {"insertAfterCellId": after}}).status_code
        == 200
    )
    # Outside a scenario every example starts from the demo workspace, which `world` describes.
    assert _insert_after(repair(create.Case(body=body))) == WEEKLY_MARKDOWN


# --- reproducibility -----------------------------------------------------------------------------


def test_the_ci_profile_is_pinned_and_a_seed_can_be_given() -> None:
    assert resolve_seed({}) == CI_SEED
    assert resolve_seed({"HEX_CONTRACT_PROFILE": "ci"}) == CI_SEED
    assert resolve_seed({"HEX_CONTRACT_SEED": "42", "HEX_CONTRACT_PROFILE": "deep"}) == 42
    assert resolve_profile({"HEX_CONTRACT_PROFILE": "deep"}).max_examples > PROFILES["ci"].max_examples
    with pytest.raises(ValueError, match="HEX_CONTRACT_PROFILE"):
        resolve_profile({"HEX_CONTRACT_PROFILE": "fast"})


def test_the_config_replays_from_its_seed() -> None:
    config = build_config(
        base_url="http://127.0.0.1:8000/api",
        token=TOKEN,
        profile=PROFILES["ci"],
        seed=7,
        max_examples=3,
        sanitize=False,
    )
    project = config.projects.get_default()
    assert config.seed == 7
    assert project.generation.database == "none"  # nothing carried over from earlier runs
    assert project.base_url == "http://127.0.0.1:8000/api"  # so curl commands point at `make serve`
