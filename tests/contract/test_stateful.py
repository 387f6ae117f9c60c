"""Stateful tests driven by the spec's `links`: schemathesis state machines, one per chain.

Each chain is the spec restricted to one resource's operations, so its state machine follows that
resource's links (create -> read -> edit -> delete, RunProject -> GetRunStatus -> CancelRun, ...)
instead of spreading a small budget over the whole API. Every scenario starts from a freshly reset
mock, runs every built-in check on every step (including the stateful ones: a created resource must
be readable, a deleted one must be gone), and a failure prints the whole scenario as curl commands.
The sharing chain adds one check of its own: a sharing edit must show when the project is read back.

After the run each chain asserts that its links were actually followed with a successful answer:
a state machine that never got past its first step would otherwise pass without testing anything.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, Phase
from schemathesis import CheckContext, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput

from hex_mock.mock import HexMock
from tests.contract.inprocess import admin_get, fresh_mock, load_schema, only
from tests.contract.profiles import active_profile, active_seed
from tests.contract.repair import AnyCase, operation_id
from tests.contract.world import Get

PROFILE = active_profile()
MOCK = fresh_mock(validate_responses=False)
CONTRACT = load_schema(MOCK, max_examples=PROFILE.max_examples)


@dataclass(frozen=True)
class Chain:
    name: str
    operations: tuple[str, ...]
    # (source operation, target operation) links that must be followed with a 2xx at least once.
    must_follow: tuple[tuple[str, str], ...]
    # Lifecycles that some scenario must complete with 2xx answers: stages in order, the operations
    # within a stage in any order ("Edit*" matches every operation whose id starts with "Edit").
    must_see: tuple[tuple[tuple[str, ...], ...], ...] = ()
    # Whether to check that sharing edits show in GetProject (see SharingReadBack).
    sharing_read_back: bool = False


CHAINS = (
    # CreateProject's links, in two machines so that each gets a fair share of the budget. RunProject
    # is left out: a project created through the API is never published (the API cannot publish),
    # so that link always answers 422. Runs have their own chain, starting from published projects.
    Chain(
        "projects",
        (
            "CreateProject",
            "GetProject",
            "UpdateProject",
            "GetQueriedTables",
            "GetProjectRuns",
            "ListCells",
            "ExportProject",
        ),
        must_follow=(
            ("CreateProject", "GetProject"),
            ("CreateProject", "UpdateProject"),
            ("CreateProject", "GetQueriedTables"),
            ("CreateProject", "GetProjectRuns"),
            ("CreateProject", "ListCells"),
            ("CreateProject", "ExportProject"),
        ),
        must_see=((("CreateProject",), ("UpdateProject",), ("GetProject",)),),
    ),
    Chain(
        "project-sharing",
        (
            "CreateProject",
            "GetProject",
            "EditProjectSharingUsers",
            "EditProjectSharingGroups",
            "EditProjectSharingCollections",
            "EditProjectSharingOrgAndPublic",
        ),
        must_follow=(
            ("CreateProject", "EditProjectSharingUsers"),
            ("CreateProject", "EditProjectSharingGroups"),
            ("CreateProject", "EditProjectSharingCollections"),
            ("CreateProject", "EditProjectSharingOrgAndPublic"),
        ),
        must_see=((("CreateProject",), ("EditProjectSharing*",), ("GetProject",)),),
        sharing_read_back=True,
    ),
    Chain(
        "runs",
        (
            "RunProject",
            "GetRunStatus",
            "CancelRun",
            "RunProjectLegacy",
            "GetRunStatusLegacy",
            "CancelRunLegacy",
        ),
        must_follow=(("RunProject", "GetRunStatus"), ("RunProject", "CancelRun")),
        must_see=((("RunProject",), ("GetRunStatus", "CancelRun")),),
    ),
    Chain(
        "cells",
        ("CreateCell", "GetCell", "UpdateCell", "DeleteCell", "ListCells"),
        must_follow=(("CreateCell", "GetCell"), ("CreateCell", "UpdateCell"), ("CreateCell", "DeleteCell")),
        must_see=((("CreateCell",), ("GetCell", "UpdateCell"), ("DeleteCell",)),),
    ),
    # What a new cell's project shows: its output (SQL cells) and the exported notebook.
    Chain(
        "cell-outputs",
        ("CreateCell", "GetCellOutput", "ExportProject"),
        must_follow=(("CreateCell", "GetCellOutput"), ("CreateCell", "ExportProject")),
    ),
    Chain(
        "collections",
        ("CreateCollection", "GetCollection", "EditCollection"),
        must_follow=(("CreateCollection", "GetCollection"), ("CreateCollection", "EditCollection")),
        must_see=((("CreateCollection",), ("GetCollection", "EditCollection")),),
    ),
    Chain(
        "groups",
        ("CreateGroup", "GetGroup", "EditGroup", "DeleteGroup", "ListUsers"),
        must_follow=(
            ("CreateGroup", "GetGroup"),
            ("CreateGroup", "EditGroup"),
            ("CreateGroup", "DeleteGroup"),
        ),
        must_see=((("CreateGroup",), ("GetGroup", "EditGroup"), ("DeleteGroup",)),),
    ),
    Chain(
        "guides",
        ("UpsertGuideDraft", "DeleteGuideDraft"),
        must_follow=(("UpsertGuideDraft", "DeleteGuideDraft"),),
    ),
    # Suggestions come from the workspace (no operation creates one): the list leads to them.
    Chain(
        "suggestions",
        (
            "GetSuggestions",
            "GetSuggestion",
            "UpdateSuggestion",
            "UpdateSuggestionUpdate",
            "TriggerSuggestionReview",
        ),
        must_follow=(
            ("GetSuggestions", "GetSuggestion"),
            ("GetSuggestion", "TriggerSuggestionReview"),
            ("GetSuggestion", "UpdateSuggestionUpdate"),
            ("UpdateSuggestion", "GetSuggestion"),
        ),
    ),
    Chain(
        "compute-profiles",
        ("BatchUpdateComputeProfile", "GetProject"),
        must_follow=(("BatchUpdateComputeProfile", "GetProject"),),
    ),
    # A new thread is RUNNING until the clock moves, so ContinueThread right after it is refused
    # (400): that link is followed, but need not succeed.
    Chain(
        "threads",
        ("CreateThread", "GetThread", "GetThreadMessages", "ContinueThread"),
        must_follow=(("CreateThread", "GetThread"), ("CreateThread", "GetThreadMessages")),
    ),
)


def _includes_sharing(case: AnyCase) -> bool:
    return str((case.query or {}).get("includeSharing")).lower() == "true"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@dataclass(eq=False)  # schemathesis hashes checks: by identity here
class SharingReadBack:
    """A check beyond schemathesis's own: a sharing edit shows when the project is read back.

    Each successful EditProjectSharing* reply carries the project's sharing after the edit. Right
    after it, the check reads the project back (GET /v1/projects/{id}?includeSharing=true, as the
    admin) and the sharing reported there must be the same. The scenario's own GetProject calls,
    when they ask for the sharing, are held to the last edit too.
    """

    get: Get | None = None
    expected: dict[str, str] = field(default_factory=dict)
    compared: int = 0

    def sharing_read_back(self, _ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
        project_id = (case.path_parameters or {}).get("projectId")
        if not 200 <= response.status_code < 300 or not isinstance(project_id, str):
            return None
        operation = operation_id(case)
        if operation.startswith("EditProjectSharing"):
            self.expected[project_id] = _canonical(response.json()["project"]["sharing"])
            if self.get is not None:
                status, project = self.get(f"/v1/projects/{project_id}", {"includeSharing": "true"})
                assert status == 200, f"GET /v1/projects/{project_id} after {operation} answered {status}"
                self._compare(project_id, project, f"GET /v1/projects/{project_id}?includeSharing=true")
        elif operation == "GetProject" and project_id in self.expected and _includes_sharing(case):
            self._compare(project_id, response.json(), "GetProject")
        return None

    def _compare(self, project_id: str, project: Any, read: str) -> None:
        self.compared += 1
        shown = _canonical(project.get("sharing") if isinstance(project, dict) else None)
        assert shown == self.expected[project_id], (
            f"{read} does not show the sharing the last sharing edit reported:\n"
            f"  edit reported: {self.expected[project_id]}\n  read back:     {shown}"
        )


@dataclass
class Tally:
    """What the state machine did, for the coverage assertions."""

    followed: set[tuple[str, str]] = field(default_factory=set)
    scenarios: list[list[tuple[str, int, str]]] = field(default_factory=list)  # (operation, status, path)
    read_back: SharingReadBack = field(default_factory=SharingReadBack)


def _is_json(response: Response) -> bool:
    media_types = response.headers.get("content-type", [""])
    return media_types[0].split(";")[0].strip().endswith("json")


def machine_for(chain: Chain, mock: HexMock, tally: Tally) -> type[APIStateMachine]:
    base = only(CONTRACT.schema, chain.operations).as_state_machine()
    repair = CONTRACT.repair
    tally.read_back.get = admin_get(mock)

    class ChainMachine(base):  # type: ignore[valid-type, misc]
        calls: list[str]
        steps: list[tuple[str, int, str]]

        def setup(self) -> None:
            mock.reset()  # every scenario starts from the demo workspace
            repair.issued.clear()
            tally.read_back.expected.clear()
            self.calls = []
            self.steps = []
            tally.scenarios.append(self.steps)

        def step(self, input: StepInput) -> StepOutput:
            output: StepOutput = super().step(input)
            if input.transition is not None and input.is_applied and 200 <= output.response.status_code < 300:
                parent = self.recorder.find_parent(case_id=input.case.id)
                if parent is not None:
                    tally.followed.add((operation_id(parent), operation_id(input.case)))
            return output

        def after_call(self, response: Response, case: AnyCase) -> None:
            super().after_call(response, case)
            if response.content and _is_json(response):  # not a plain-text 401, an image or a page
                repair.note_issued(response.json())
            self.calls.append(case.as_curl_command(headers=dict(response.request.headers)))
            self.steps.append((operation_id(case), response.status_code, case.formatted_path))

        def validate_response(
            self, response: Response, case: AnyCase, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            if chain.sharing_read_back:
                additional_checks = [*(additional_checks or []), tally.read_back.sharing_read_back]
            try:
                super().validate_response(response, case, additional_checks, **kwargs)
            except FailureGroup as error:
                scenario = "\n".join(f"  {index}. {curl}" for index, curl in enumerate(self.calls, 1))
                message = (
                    f"{error.message}\nThe scenario, in order (replay it against a fresh `make serve`):\n"
                )
                message += f"{scenario}\n"
                raise FailureGroup(list(error.exceptions), message) from None

    ChainMachine.__name__ = ChainMachine.__qualname__ = f"{chain.name.title()}Chain"
    return hypothesis.seed(active_seed())(ChainMachine)


SETTINGS = hypothesis.settings(
    max_examples=PROFILE.stateful_examples,
    stateful_step_count=PROFILE.stateful_steps,
    deadline=None,
    database=None,
    phases=[Phase.generate, Phase.shrink],
    # "too slow" would measure a busy CI machine, and "filter too much" the state machine's own
    # plumbing: a step whose link has nothing to follow yet (an empty bundle) is rejected and redrawn.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _matches(pattern: str, operation: str) -> bool:
    return operation.startswith(pattern[:-1]) if pattern.endswith("*") else operation == pattern


def _seen(stages: Sequence[Sequence[str]], scenarios: list[list[tuple[str, int, str]]]) -> bool:
    """Whether some scenario went through `stages` in order, every call of a stage answering 2xx."""
    for steps in scenarios:
        stage, pending = 0, set(stages[0])
        for operation, status, _path in steps:
            if stage == len(stages) or not 200 <= status < 300:
                continue
            pending -= {pattern for pattern in pending if _matches(pattern, operation)}
            if not pending:
                stage += 1
                pending = set(stages[stage]) if stage < len(stages) else set()
        if stage == len(stages):
            return True
    return False


@pytest.mark.parametrize("chain", CHAINS, ids=[chain.name for chain in CHAINS])
def test_links_chain(chain: Chain) -> None:
    tally = Tally()
    machine = machine_for(chain, MOCK, tally)
    machine.run(settings=SETTINGS)
    missing = [link for link in chain.must_follow if link not in tally.followed]
    assert not missing, f"links never followed with a 2xx answer: {missing}"
    unseen = [sequence for sequence in chain.must_see if not _seen(sequence, tally.scenarios)]
    assert not unseen, f"sequences never completed with 2xx answers: {unseen}"
    if chain.sharing_read_back:
        assert tally.read_back.compared, (
            "no sharing edit was ever read back with GetProject?includeSharing=true"
        )
