"""Every generated operation in all four call styles (sync, sync_detailed, asyncio, asyncio_detailed).

A table gives each operation minimal valid arguments (demo ids; a fresh resource for deletes and
cancels), the status it answers and its declared success model. Each call is checked against the raw
HTTP response it parsed (captured with an httpx response hook): the status, that `parsed` is exactly
the declared model (None for 204), and that `parsed.to_dict()` says what the JSON said, timestamps
compared as instants. The table must name every module under hex_api_client.api.
"""

from __future__ import annotations

import io
import json
import pkgutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

import hex_api_client.api
from hex_api_client import AuthenticatedClient
from hex_api_client.api.cells import (
    create_cell,
    delete_cell,
    get_cell,
    get_cell_output,
    get_chart_image_from_logic,
    list_cells,
    update_cell,
)
from hex_api_client.api.collections import (
    create_collection,
    edit_collection,
    get_collection,
    list_collections,
)
from hex_api_client.api.data_connections import (
    create_data_connection,
    edit_data_connection,
    get_data_connection,
    list_data_connections,
    update_data_connection_schema,
)
from hex_api_client.api.embedding import create_presigned_url
from hex_api_client.api.groups import create_group, delete_group, edit_group, get_group, list_groups
from hex_api_client.api.guides import (
    delete_guide_draft,
    list_draft_guides,
    publish_guide_drafts,
    upsert_guide_draft,
)
from hex_api_client.api.projects import (
    batch_update_compute_profile,
    create_project,
    edit_project_sharing_collections,
    edit_project_sharing_groups,
    edit_project_sharing_org_and_public,
    edit_project_sharing_users,
    export_project,
    get_project,
    get_queried_tables,
    list_projects,
    update_project,
)
from hex_api_client.api.runs import (
    cancel_run,
    cancel_run_legacy,
    get_chart_image_from_run,
    get_project_runs,
    get_project_runs_legacy,
    get_run_status,
    get_run_status_legacy,
    run_project,
    run_project_legacy,
)
from hex_api_client.api.semantic_projects import (
    ingest_semantic_model,
    ingest_semantic_project,
    update_semantic_model,
    update_semantic_project,
)
from hex_api_client.api.suggestions import (
    get_suggestion,
    get_suggestions,
    trigger_suggestion_review,
    update_suggestion,
    update_suggestion_update,
)
from hex_api_client.api.threads import (
    continue_thread,
    create_thread,
    get_thread,
    get_thread_messages,
    list_threads,
    list_topics,
)
from hex_api_client.api.users import deactivate_user, list_users, me
from hex_api_client.models import (
    AccessLevel,
    BatchUpdateComputeProfileRequest,
    Cell,
    CellChartImage,
    CellList,
    CellOutput,
    CodeCellSource,
    Collection,
    CollectionList,
    ComputeProfile,
    ComputeProfileBatchResult,
    ContinueThreadRequest,
    ContinueThreadResponse,
    CreateCodeCellContents,
    CreateCodeCellRequest,
    CreateCodeCellRequestCellType,
    CreateCollectionRequest,
    CreateDataConnectionRequest,
    CreateGroupRequest,
    CreateGroupResponse,
    CreateMarkdownCellContents,
    CreateMarkdownCellRequest,
    CreateMarkdownCellRequestCellType,
    CreateProjectRequest,
    CreateThreadRequest,
    CreateThreadResponse,
    DataConnection,
    DataConnectionList,
    DataConnectionType,
    DeactivateUserResponse,
    DeleteCellResponse,
    DraftGuideList,
    EditCollectionRequest,
    EditDataConnectionRequest,
    EditGroupRequest,
    EditProjectSharingCollectionsRequest,
    EditProjectSharingCollectionsResponse,
    EditProjectSharingGroupsRequest,
    EditProjectSharingGroupsResponse,
    EditProjectSharingOrgAndPublicRequest,
    EditProjectSharingOrgAndPublicResponse,
    EditProjectSharingUsersRequest,
    EditProjectSharingUsersResponse,
    EmbeddingRequest,
    EmbeddingResponse,
    ExportProjectRequest,
    Group,
    GroupList,
    GuideDraftFile,
    MarkdownCellSource,
    MeUser,
    NewPostgresConnection,
    NewPostgresConnectionDetails,
    Project,
    ProjectCollectionShareUpsert,
    ProjectCollectionSharingChange,
    ProjectCollectionSharingUpsert,
    ProjectExport,
    ProjectGroupShareUpsert,
    ProjectGroupSharingChange,
    ProjectGroupSharingUpsert,
    ProjectList,
    ProjectOrgAndPublicSharingChange,
    ProjectRun,
    ProjectRunList,
    ProjectUserShareUpsert,
    ProjectUserSharingChange,
    ProjectUserSharingUpsert,
    ProposedChangeKind,
    ProposedChangeStatus,
    PublishGuideDraftsRequest,
    PublishGuideDraftsResponse,
    QueriedTableList,
    RunChartImage,
    RunStatus,
    SchemaObjectType,
    SchemaObjectUpdate,
    SemanticObjectType,
    SemanticObjectUpdate,
    SemanticProjectArchiveForm,
    SemanticProjectSyncResult,
    SharingCollectionRef,
    SharingGroupRef,
    SharingUserRef,
    SuggestionDetail,
    SuggestionList,
    SuggestionSortBy,
    SuggestionStatus,
    Thread,
    ThreadList,
    ThreadMessageList,
    ThreadSource,
    TopicList,
    TriggerSuggestionReviewResponse,
    UpdateCellContents,
    UpdateCellRequest,
    UpdateDataConnectionSchemaRequest,
    UpdateDataConnectionSchemaResponse,
    UpdateProjectRequest,
    UpdateProposedChangeRequest,
    UpdateProposedChangeResponse,
    UpdateSemanticProjectRequest,
    UpdateSemanticProjectResponse,
    UpdateSuggestionRequest,
    UpdateSuggestionResponse,
    UpsertGuideDraftRequest,
    UpsertGuideDraftResponse,
    UserList,
)
from hex_api_client.types import File
from hex_mock.mock import HexMock
from hex_mock.spec import default_spec_path
from tests.client.support import (
    ACTIVE_CUSTOMER_SUGGESTION,
    ANA_THREAD,
    COMPANY_METRICS,
    CUSTOMERS_DESCRIPTION_CHANGE,
    DATA_TEAM,
    ED,
    REVENUE_GUIDE,
    SEMANTIC_PROJECT,
    WAREHOUSE,
    WEEKLY,
    WEEKLY_CHART_CELL,
    WEEKLY_CHART_STATIC_ID,
    WEEKLY_CODE_CELL,
    WEEKLY_SQL_CELL,
    expect,
)
from tests.generated.test_model_examples import generated_class_name, same_instants

pytestmark = pytest.mark.anyio

STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@dataclass(frozen=True)
class Setup:
    """What building an operation's arguments may use: the sync client and the mock behind it."""

    client: AuthenticatedClient
    mock: HexMock

    def run(self) -> ProjectRun:
        """A fresh run of "Weekly revenue", still PENDING on the manual clock."""
        return expect(run_project.sync(WEEKLY, client=self.client), ProjectRun)

    def finished_run(self) -> ProjectRun:
        run = self.run()
        self.mock.advance(6)
        return run


Arguments = Callable[[Setup], dict[str, Any]]


@dataclass(frozen=True)
class Case:
    operation_id: str
    module: ModuleType
    status: HTTPStatus
    model: type[Any] | None  # the declared success model; None when the success has no body
    arguments: Arguments


def no_arguments(_: Setup) -> dict[str, Any]:
    return {}


def fixed(**arguments: Any) -> Arguments:
    return lambda _: arguments


def run_of(setup: Setup) -> dict[str, Any]:
    run = setup.run()
    return {"project_id": run.project_id, "run_id": run.run_id}


def chart_of_finished_run(setup: Setup) -> dict[str, Any]:
    run = setup.finished_run()
    return {
        "project_id": WEEKLY,
        "run_id": run.run_id,
        "static_id": WEEKLY_CHART_STATIC_ID,
        "width": 160,
        "height": 120,
    }


def fresh_cell(setup: Setup) -> dict[str, Any]:
    body = CreateCodeCellRequest(
        project_id=WEEKLY,
        cell_type=CreateCodeCellRequestCellType.CODE,
        contents=CreateCodeCellContents(code_cell=CodeCellSource(source="x = 1")),
    )
    return {"cell_id": expect(create_cell.sync(client=setup.client, body=body), Cell).id}


def fresh_group(setup: Setup) -> dict[str, Any]:
    body = CreateGroupRequest(name="Short-lived")
    return {"group_id": expect(create_group.sync(client=setup.client, body=body), CreateGroupResponse).id}


def fresh_guide(setup: Setup) -> dict[str, Any]:
    body = UpsertGuideDraftRequest(files=[GuideDraftFile(file_path="scratch.md", contents="scratch")])
    (guide,) = expect(upsert_guide_draft.sync(client=setup.client, body=body), UpsertGuideDraftResponse).files
    return {"org_guide_file_id": guide.id}


def semantic_archive(_setup: Setup) -> dict[str, Any]:
    """A fresh upload each call: a File's payload is a stream the request reads to its end."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("datasets/orders.yml", "id: orders\n")
    upload = File(payload=io.BytesIO(buffer.getvalue()), file_name="model.zip")
    return {"semantic_project_id": SEMANTIC_PROJECT, "body": SemanticProjectArchiveForm(file=upload)}


SEMANTIC_UPDATE = UpdateSemanticProjectRequest(
    updates=[SemanticObjectUpdate(type_=SemanticObjectType.DATASET, name="orders", status="Certified")]
)


def idle_thread(setup: Setup) -> dict[str, Any]:
    """A fresh thread that has answered, so it takes a follow-up."""
    body = CreateThreadRequest(prompt="How many orders?")
    created = expect(create_thread.sync(client=setup.client, body=body), CreateThreadResponse)
    setup.mock.advance(5)
    return {"id": created.thread_id, "body": ContinueThreadRequest(prompt="And by region?")}


OK, CREATED, NO_CONTENT = HTTPStatus.OK, HTTPStatus.CREATED, HTTPStatus.NO_CONTENT

CASES = [
    # projects
    Case("ListProjects", list_projects, OK, ProjectList, fixed(limit=2, include_sharing=True)),
    Case("CreateProject", create_project, CREATED, Project, fixed(body=CreateProjectRequest(title="New"))),
    Case("GetProject", get_project, OK, Project, fixed(project_id=WEEKLY, include_sharing=True)),
    Case(
        "UpdateProject",
        update_project,
        OK,
        Project,
        fixed(project_id=WEEKLY, body=UpdateProjectRequest(status="Completed")),
    ),
    Case("GetQueriedTables", get_queried_tables, OK, QueriedTableList, fixed(project_id=WEEKLY)),
    Case(
        "EditProjectSharingUsers",
        edit_project_sharing_users,
        OK,
        EditProjectSharingUsersResponse,
        fixed(
            project_id=WEEKLY,
            body=EditProjectSharingUsersRequest(
                sharing=ProjectUserSharingChange(
                    upsert=ProjectUserSharingUpsert(
                        users=[
                            ProjectUserShareUpsert(user=SharingUserRef(id=ED), access=AccessLevel.CAN_VIEW)
                        ]
                    )
                )
            ),
        ),
    ),
    Case(
        "EditProjectSharingGroups",
        edit_project_sharing_groups,
        OK,
        EditProjectSharingGroupsResponse,
        fixed(
            project_id=WEEKLY,
            body=EditProjectSharingGroupsRequest(
                sharing=ProjectGroupSharingChange(
                    upsert=ProjectGroupSharingUpsert(
                        groups=[
                            ProjectGroupShareUpsert(
                                group=SharingGroupRef(id=DATA_TEAM), access=AccessLevel.CAN_VIEW
                            )
                        ]
                    )
                )
            ),
        ),
    ),
    Case(
        "EditProjectSharingCollections",
        edit_project_sharing_collections,
        OK,
        EditProjectSharingCollectionsResponse,
        fixed(
            project_id=WEEKLY,
            body=EditProjectSharingCollectionsRequest(
                sharing=ProjectCollectionSharingChange(
                    upsert=ProjectCollectionSharingUpsert(
                        collections=[
                            ProjectCollectionShareUpsert(
                                collection=SharingCollectionRef(id=COMPANY_METRICS),
                                access=AccessLevel.CAN_EDIT,
                            )
                        ]
                    )
                )
            ),
        ),
    ),
    Case(
        "EditProjectSharingOrgAndPublic",
        edit_project_sharing_org_and_public,
        OK,
        EditProjectSharingOrgAndPublicResponse,
        fixed(
            project_id=WEEKLY,
            body=EditProjectSharingOrgAndPublicRequest(
                sharing=ProjectOrgAndPublicSharingChange(public_web=AccessLevel.APP_ONLY)
            ),
        ),
    ),
    # runs
    Case("RunProject", run_project, CREATED, ProjectRun, fixed(project_id=WEEKLY)),
    Case(
        "GetProjectRuns",
        get_project_runs,
        OK,
        ProjectRunList,
        lambda setup: {"project_id": setup.run().project_id},
    ),
    Case(
        "GetRunStatus",
        get_run_status,
        OK,
        RunStatus,
        lambda setup: run_of(setup) | {"enable_expanded_stats": "true"},
    ),
    Case("CancelRun", cancel_run, NO_CONTENT, None, run_of),
    Case("GetChartImageFromRun", get_chart_image_from_run, OK, RunChartImage, chart_of_finished_run),
    Case("RunProjectLegacy", run_project_legacy, CREATED, ProjectRun, fixed(project_id=WEEKLY)),
    Case(
        "GetProjectRunsLegacy",
        get_project_runs_legacy,
        OK,
        ProjectRunList,
        lambda setup: {"project_id": setup.finished_run().project_id},
    ),
    Case("GetRunStatusLegacy", get_run_status_legacy, OK, RunStatus, run_of),
    Case("CancelRunLegacy", cancel_run_legacy, NO_CONTENT, None, run_of),
    # cells
    Case("ListCells", list_cells, OK, CellList, fixed(project_id=WEEKLY)),
    Case(
        "CreateCell",
        create_cell,
        OK,
        Cell,
        fixed(
            body=CreateMarkdownCellRequest(
                project_id=WEEKLY,
                cell_type=CreateMarkdownCellRequestCellType.MARKDOWN,
                contents=CreateMarkdownCellContents(markdown_cell=MarkdownCellSource(source="# Notes")),
            )
        ),
    ),
    Case("GetCell", get_cell, OK, Cell, fixed(cell_id=WEEKLY_CODE_CELL)),
    Case(
        "UpdateCell",
        update_cell,
        OK,
        Cell,
        fixed(
            cell_id=WEEKLY_CODE_CELL,
            body=UpdateCellRequest(contents=UpdateCellContents(code_cell=CodeCellSource(source="y = 2"))),
        ),
    ),
    Case("DeleteCell", delete_cell, OK, DeleteCellResponse, fresh_cell),
    # collections
    Case("ListCollections", list_collections, OK, CollectionList, no_arguments),
    Case(
        "CreateCollection",
        create_collection,
        CREATED,
        Collection,
        fixed(body=CreateCollectionRequest(name="Finance")),
    ),
    Case("GetCollection", get_collection, OK, Collection, fixed(collection_id=COMPANY_METRICS)),
    Case(
        "EditCollection",
        edit_collection,
        OK,
        Collection,
        fixed(collection_id=COMPANY_METRICS, body=EditCollectionRequest(description="Leadership numbers")),
    ),
    # groups
    Case("ListGroups", list_groups, OK, GroupList, no_arguments),
    Case(
        "CreateGroup",
        create_group,
        CREATED,
        CreateGroupResponse,
        fixed(body=CreateGroupRequest(name="Analysts")),
    ),
    Case("GetGroup", get_group, OK, Group, fixed(group_id=DATA_TEAM)),
    Case(
        "EditGroup", edit_group, OK, Group, fixed(group_id=DATA_TEAM, body=EditGroupRequest(name="Analytics"))
    ),
    Case("DeleteGroup", delete_group, NO_CONTENT, None, fresh_group),
    # users
    Case("Me", me, OK, MeUser, no_arguments),
    Case("ListUsers", list_users, OK, UserList, fixed(group_id=DATA_TEAM)),
    Case("DeactivateUser", deactivate_user, OK, DeactivateUserResponse, fixed(user_id=ED)),
    # data connections
    Case("ListDataConnections", list_data_connections, OK, DataConnectionList, no_arguments),
    Case("GetDataConnection", get_data_connection, OK, DataConnection, fixed(data_connection_id=WAREHOUSE)),
    Case(
        "CreateDataConnection",
        create_data_connection,
        CREATED,
        DataConnection,
        fixed(
            body=CreateDataConnectionRequest(
                name="Replica",
                type_=DataConnectionType.POSTGRES,
                connection_details=NewPostgresConnectionDetails(
                    postgres=NewPostgresConnection(
                        username="hex", database="replica", port=5432, hostname="db.test", password="s3cret"
                    )
                ),
            )
        ),
    ),
    Case(
        "EditDataConnection",
        edit_data_connection,
        CREATED,
        DataConnection,
        fixed(data_connection_id=WAREHOUSE, body=EditDataConnectionRequest(description="Renamed")),
    ),
    Case(
        "UpdateDataConnectionSchema",
        update_data_connection_schema,
        OK,
        UpdateDataConnectionSchemaResponse,
        fixed(
            data_connection_id=WAREHOUSE,
            body=UpdateDataConnectionSchemaRequest(
                updates=[
                    SchemaObjectUpdate(
                        type_=SchemaObjectType.TABLE, name="analytics.public.orders", status="Certified"
                    )
                ]
            ),
        ),
    ),
    # semantic projects, on both path spellings
    Case(
        "IngestSemanticProject", ingest_semantic_project, CREATED, SemanticProjectSyncResult, semantic_archive
    ),
    Case(
        "UpdateSemanticProject",
        update_semantic_project,
        OK,
        UpdateSemanticProjectResponse,
        fixed(semantic_project_id=SEMANTIC_PROJECT, body=SEMANTIC_UPDATE),
    ),
    Case("IngestSemanticModel", ingest_semantic_model, CREATED, SemanticProjectSyncResult, semantic_archive),
    Case(
        "UpdateSemanticModel",
        update_semantic_model,
        OK,
        UpdateSemanticProjectResponse,
        fixed(semantic_project_id=SEMANTIC_PROJECT, body=SEMANTIC_UPDATE),
    ),
    # guides
    Case("ListDraftGuides", list_draft_guides, OK, DraftGuideList, no_arguments),
    Case(
        "UpsertGuideDraft",
        upsert_guide_draft,
        OK,
        UpsertGuideDraftResponse,
        fixed(body=UpsertGuideDraftRequest(files=[GuideDraftFile(file_path="new.md", contents="# New")])),
    ),
    Case(
        "PublishGuideDrafts",
        publish_guide_drafts,
        OK,
        PublishGuideDraftsResponse,
        fixed(body=PublishGuideDraftsRequest(org_guide_file_ids=[REVENUE_GUIDE])),
    ),
    Case("DeleteGuideDraft", delete_guide_draft, NO_CONTENT, None, fresh_guide),
    # Export, cell outputs and signed embedding
    Case(
        "ExportProject",
        export_project,
        OK,
        ProjectExport,
        fixed(body=ExportProjectRequest(project_id=WEEKLY)),
    ),
    Case("GetCellOutput", get_cell_output, OK, CellOutput, fixed(cell_id=WEEKLY_SQL_CELL)),
    Case(
        "GetChartImageFromLogic",
        get_chart_image_from_logic,
        OK,
        CellChartImage,
        fixed(cell_id=WEEKLY_CHART_CELL, width=200, height=100, include_title=True),
    ),
    Case(
        "CreatePresignedUrl",
        create_presigned_url,
        OK,
        EmbeddingResponse,
        fixed(project_id=WEEKLY, body=EmbeddingRequest(expires_in=60000.0, test_mode=True)),
    ),
    # threads
    Case(
        "CreateThread",
        create_thread,
        OK,
        CreateThreadResponse,
        fixed(body=CreateThreadRequest(prompt="Which regions grew?", new_project=True)),
    ),
    Case("ContinueThread", continue_thread, OK, ContinueThreadResponse, idle_thread),
    Case("GetThread", get_thread, OK, Thread, fixed(id=ANA_THREAD)),
    Case(
        "GetThreadMessages",
        get_thread_messages,
        OK,
        ThreadMessageList,
        fixed(thread_id=ANA_THREAD, full=True),
    ),
    Case("ListThreads", list_threads, OK, ThreadList, fixed(limit=2, source=ThreadSource.HEX)),
    Case("ListTopics", list_topics, OK, TopicList, no_arguments),
    # context suggestions
    Case(
        "GetSuggestions",
        get_suggestions,
        OK,
        SuggestionList,
        fixed(limit=1, status=SuggestionStatus.OPEN, sort_by=SuggestionSortBy.EVIDENCE_COUNT),
    ),
    Case("GetSuggestion", get_suggestion, OK, SuggestionDetail, fixed(id=ACTIVE_CUSTOMER_SUGGESTION)),
    Case(
        "UpdateSuggestion",
        update_suggestion,
        OK,
        UpdateSuggestionResponse,
        fixed(
            id=ACTIVE_CUSTOMER_SUGGESTION,
            body=UpdateSuggestionRequest(status=SuggestionStatus.DISMISSED, rejection_reason="Covered."),
        ),
    ),
    Case(
        "UpdateSuggestionUpdate",
        update_suggestion_update,
        OK,
        UpdateProposedChangeResponse,
        fixed(
            id=ACTIVE_CUSTOMER_SUGGESTION,
            change_id=CUSTOMERS_DESCRIPTION_CHANGE,
            body=UpdateProposedChangeRequest(
                update_target=ProposedChangeKind.DATA_WAREHOUSE_UPDATE, status=ProposedChangeStatus.COMPLETED
            ),
        ),
    ),
    Case(
        "TriggerSuggestionReview",
        trigger_suggestion_review,
        OK,
        TriggerSuggestionReviewResponse,
        fixed(id=ACTIVE_CUSTOMER_SUGGESTION),
    ),
    Case(
        "BatchUpdateComputeProfile",
        batch_update_compute_profile,
        OK,
        ComputeProfileBatchResult,
        fixed(
            body=BatchUpdateComputeProfileRequest(
                project_ids=[WEEKLY, ED], compute_profile=ComputeProfile(image="python-3.11", size="large")
            )
        ),
    ),
]


def generated_operation_modules() -> set[str]:
    """Every operation module the generator wrote, as "tag.operation" (not the tag's `resource`)."""
    return {
        f"{tag.name}.{operation.name}"
        for tag in pkgutil.iter_modules(hex_api_client.api.__path__)
        for operation in pkgutil.iter_modules([f"{hex_api_client.api.__path__[0]}/{tag.name}"])
        if operation.name != "resource"
    }


def test_the_table_names_every_generated_operation_once() -> None:
    named = [case.module.__name__.removeprefix("hex_api_client.api.") for case in CASES]

    assert len(named) == len(set(named))
    assert set(named) == generated_operation_modules()
    assert len(CASES) == 64
    assert len({case.operation_id for case in CASES}) == len(CASES)


def declared_successes() -> dict[str, tuple[int, set[str] | None]]:
    """Per operationId in the spec: its success status and the component names its body may be."""
    spec = yaml.safe_load(default_spec_path().read_text())
    schemas = spec["components"]["schemas"]
    found: dict[str, tuple[int, set[str] | None]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            (status,) = (int(code) for code in operation["responses"] if code.startswith("2"))
            content = operation["responses"][str(status)].get("content")
            names = None
            if content is not None:
                name = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
                members = schemas[name].get("anyOf", [{"$ref": name}])
                names = {generated_class_name(member["$ref"].rsplit("/", 1)[-1]) for member in members}
            found[operation["operationId"]] = (status, names)
    return found


def test_the_table_expects_what_the_spec_declares() -> None:
    declared = declared_successes()

    assert set(declared) == {case.operation_id for case in CASES}
    for case in CASES:
        status, names = declared[case.operation_id]
        assert case.status == status, case.operation_id
        if case.model is None:
            assert names is None, case.operation_id
        else:
            assert names is not None, case.operation_id
            assert case.model.__name__ in names, case.operation_id


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("case", CASES, ids=[case.operation_id for case in CASES])
async def test_every_operation_in_every_call_style(
    case: Case,
    style: str,
    hex_mock: HexMock,
    hex_client: AuthenticatedClient,
    hex_async_client: AuthenticatedClient,
) -> None:
    arguments = case.arguments(Setup(hex_client, hex_mock))
    raw: list[httpx.Response] = []

    def capture(response: httpx.Response) -> None:
        response.read()
        raw.append(response)

    async def capture_async(response: httpx.Response) -> None:
        await response.aread()
        raw.append(response)

    hex_client.get_httpx_client().event_hooks["response"] = [capture]
    hex_async_client.get_async_httpx_client().event_hooks["response"] = [capture_async]
    detailed: Any = None
    if style == "sync":
        parsed = case.module.sync(client=hex_client, **arguments)
    elif style == "sync_detailed":
        detailed = case.module.sync_detailed(client=hex_client, **arguments)
    elif style == "asyncio":
        parsed = await case.module.asyncio(client=hex_async_client, **arguments)
    else:
        detailed = await case.module.asyncio_detailed(client=hex_async_client, **arguments)
    if detailed is not None:
        parsed = detailed.parsed

    (response,) = raw
    assert response.status_code == case.status, response.text
    assert hex_mock.journal()[-1].operation_id == case.operation_id
    if detailed is not None:
        assert (detailed.status_code, detailed.content) == (case.status, response.content)
    if case.model is None:
        assert parsed is None
        assert response.content == b""
    else:
        assert type(parsed) is case.model
        assert same_instants(parsed.to_dict()) == same_instants(json.loads(response.content))
