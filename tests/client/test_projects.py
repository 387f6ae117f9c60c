"""Projects through the generated client: listing and paging, reading with sharing, creating,
status updates, the four sharing edits and queried tables."""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from uuid import UUID

from hex_api_client import AuthenticatedClient
from hex_api_client.api.projects import (
    create_project,
    edit_project_sharing_collections,
    edit_project_sharing_groups,
    edit_project_sharing_org_and_public,
    edit_project_sharing_users,
    get_project,
    get_queried_tables,
    list_projects,
    update_project,
)
from hex_api_client.models import (
    AccessLevel,
    CreateProjectRequest,
    EditProjectSharingCollectionsRequest,
    EditProjectSharingCollectionsResponse,
    EditProjectSharingGroupsRequest,
    EditProjectSharingGroupsResponse,
    EditProjectSharingOrgAndPublicRequest,
    EditProjectSharingOrgAndPublicResponse,
    EditProjectSharingUsersRequest,
    EditProjectSharingUsersResponse,
    OrgAndPublicSharingTarget,
    Project,
    ProjectCollectionShareUpsert,
    ProjectCollectionSharingChange,
    ProjectCollectionSharingUpsert,
    ProjectGroupShareUpsert,
    ProjectGroupSharingChange,
    ProjectGroupSharingUpsert,
    ProjectList,
    ProjectOrgAndPublicSharingChange,
    ProjectSharing,
    ProjectStatus,
    ProjectType,
    ProjectUserShareUpsert,
    ProjectUserSharingChange,
    ProjectUserSharingUpsert,
    QueriedTableList,
    ScheduleCadence,
    SharingCollectionRef,
    SharingGroupRef,
    SharingUserRef,
    UpdateProjectRequest,
    WeeklySchedule,
)
from hex_api_client.types import UNSET, Unset
from hex_mock.mock import HexMock
from tests.client.support import (
    CAMPAIGN,
    CHURN,
    DATA_TEAM,
    ED,
    MARKETING_COLLECTION,
    UNKNOWN,
    WAREHOUSE,
    WEEKLY,
    expect,
    utc,
)


def new_project(client: AuthenticatedClient, title: str) -> Project:
    return expect(create_project.sync(client=client, body=CreateProjectRequest(title=title)), Project)


def sharing_of(project: Project) -> ProjectSharing:
    return expect(project.sharing, ProjectSharing)


def test_list_projects_pages_with_after_to_the_end(client: AuthenticatedClient, mock: HexMock) -> None:
    older = new_project(client, "Scratch A")
    mock.advance(1)
    newer = new_project(client, "Scratch B")

    pages: list[ProjectList] = []
    after: str | Unset = UNSET
    while True:
        page = expect(list_projects.sync(client=client, limit=2, after=after), ProjectList)
        pages.append(page)
        if page.pagination.after is None:
            break
        after = page.pagination.after

    assert [len(page.values) for page in pages] == [2, 2, 1]
    assert [project.id for page in pages for project in page.values] == [
        newer.id,
        older.id,
        CAMPAIGN,
        CHURN,
        WEEKLY,
    ]
    assert pages[0].pagination.before is None
    assert all(isinstance(page.pagination.before, str) for page in pages[1:])
    for project in (project for page in pages for project in page.values):
        assert isinstance(project.id, UUID)
        assert project.type_ is ProjectType.PROJECT
        assert project.created_at.utcoffset() == timedelta(0)
        assert project.sharing is UNSET  # only with includeSharing


def test_get_project_with_sharing(client: AuthenticatedClient) -> None:
    project = expect(get_project.sync(WEEKLY, client=client, include_sharing=True), Project)

    assert (project.id, project.title, project.type_) == (WEEKLY, "Weekly revenue", ProjectType.PROJECT)
    assert project.status == ProjectStatus(name="Certified")
    assert [category.name for category in project.categories] == ["Dashboard"]
    assert project.owner.email == "ana@example.com"
    assert project.last_published_at == utc("2024-12-13T23:26:27.466Z")
    assert project.created_at == utc("2024-04-01T09:00:00Z")
    assert (project.archived_at, project.trashed_at) == (None, None)
    assert project.analytics.app_views.all_time == 120
    assert project.analytics.last_viewed_at == utc("2025-01-03T14:55:34.717Z")
    (schedule,) = project.schedules
    assert schedule.cadence is ScheduleCadence.WEEKLY
    assert expect(schedule.weekly, WeeklySchedule).hour == 7
    sharing = sharing_of(project)
    assert [(share.user.email, share.access) for share in sharing.users] == [
        ("ana@example.com", AccessLevel.FULL_ACCESS),
        ("eve@example.com", AccessLevel.CAN_EDIT),
    ]
    assert [(share.group.name, share.access) for share in sharing.groups] == [
        ("Marketing", AccessLevel.APP_ONLY)
    ]
    assert [(share.collection.name, share.access) for share in sharing.collections] == [
        ("Company metrics", AccessLevel.CAN_VIEW)
    ]
    assert (sharing.workspace.access, sharing.public_web.access) == (AccessLevel.CAN_VIEW, AccessLevel.NONE)

    assert expect(get_project.sync(WEEKLY, client=client), Project).sharing is UNSET


def test_create_project(client: AuthenticatedClient, mock: HexMock) -> None:
    response = create_project.sync_detailed(client=client, body=CreateProjectRequest(title="Forecast"))

    assert response.status_code == HTTPStatus.CREATED
    project = expect(response.parsed, Project)
    assert project.title == "Forecast"
    assert (project.creator.email, project.owner.email) == ("ana@example.com", "ana@example.com")
    assert (project.description, project.status, project.last_published_at) == (None, None, None)
    assert project.created_at == project.last_edited_at == mock.clock.now()
    assert expect(get_project.sync(project.id, client=client), Project) == project


def test_update_project_status(client: AuthenticatedClient, mock: HexMock) -> None:
    mock.advance(30)

    updated = expect(
        update_project.sync(CHURN, client=client, body=UpdateProjectRequest(status="Completed")), Project
    )

    assert updated.status == ProjectStatus(name="Completed")
    assert updated.last_edited_at == mock.clock.now()
    assert expect(get_project.sync(CHURN, client=client), Project).status == ProjectStatus(name="Completed")
    cleared = expect(
        update_project.sync(CHURN, client=client, body=UpdateProjectRequest(status=None)), Project
    )
    assert cleared.status is None


def test_edit_project_sharing_users(client: AuthenticatedClient) -> None:
    body = EditProjectSharingUsersRequest(
        sharing=ProjectUserSharingChange(
            upsert=ProjectUserSharingUpsert(
                users=[
                    ProjectUserShareUpsert(user=SharingUserRef(id=ED), access=AccessLevel.CAN_EDIT),
                    ProjectUserShareUpsert(user=SharingUserRef(id=UNKNOWN), access=AccessLevel.CAN_VIEW),
                ]
            )
        )
    )

    result = expect(
        edit_project_sharing_users.sync(WEEKLY, client=client, body=body), EditProjectSharingUsersResponse
    )

    users = {share.user.email: share.access for share in sharing_of(result.project).users}
    assert users["ed@example.com"] is AccessLevel.CAN_EDIT
    assert isinstance(result.errors, list)
    (error,) = result.errors
    assert (error.user_ids, error.reason) == ([UNKNOWN], "User not found")


def test_edit_project_sharing_groups(client: AuthenticatedClient) -> None:
    body = EditProjectSharingGroupsRequest(
        sharing=ProjectGroupSharingChange(
            upsert=ProjectGroupSharingUpsert(
                groups=[
                    ProjectGroupShareUpsert(group=SharingGroupRef(id=DATA_TEAM), access=AccessLevel.CAN_VIEW)
                ]
            )
        )
    )

    result = expect(
        edit_project_sharing_groups.sync(WEEKLY, client=client, body=body), EditProjectSharingGroupsResponse
    )

    assert {share.group.name: share.access for share in sharing_of(result.project).groups} == {
        "Marketing": AccessLevel.APP_ONLY,
        "Data team": AccessLevel.CAN_VIEW,
    }
    assert result.errors in (UNSET, [])


def test_edit_project_sharing_collections(client: AuthenticatedClient) -> None:
    body = EditProjectSharingCollectionsRequest(
        sharing=ProjectCollectionSharingChange(
            upsert=ProjectCollectionSharingUpsert(
                collections=[
                    ProjectCollectionShareUpsert(
                        collection=SharingCollectionRef(id=MARKETING_COLLECTION), access=AccessLevel.APP_ONLY
                    )
                ]
            )
        )
    )

    result = expect(
        edit_project_sharing_collections.sync(WEEKLY, client=client, body=body),
        EditProjectSharingCollectionsResponse,
    )

    assert {share.collection.name: share.access for share in sharing_of(result.project).collections} == {
        "Company metrics": AccessLevel.CAN_VIEW,
        "Marketing": AccessLevel.APP_ONLY,
    }
    assert result.errors in (UNSET, [])
    reread = expect(get_project.sync(WEEKLY, client=client, include_sharing=True), Project)
    assert sharing_of(reread).collections == sharing_of(result.project).collections


def test_edit_project_sharing_org_and_public(client: AuthenticatedClient) -> None:
    body = EditProjectSharingOrgAndPublicRequest(
        sharing=ProjectOrgAndPublicSharingChange(workspace=AccessLevel.NONE, public_web=AccessLevel.CAN_EDIT)
    )

    result = expect(
        edit_project_sharing_org_and_public.sync(WEEKLY, client=client, body=body),
        EditProjectSharingOrgAndPublicResponse,
    )

    sharing = sharing_of(result.project)
    assert (sharing.workspace.access, sharing.public_web.access) == (AccessLevel.NONE, AccessLevel.NONE)
    assert isinstance(result.errors, list)
    (error,) = result.errors
    assert error.type_ is OrgAndPublicSharingTarget.PUBLICWEB
    assert "CAN_EDIT" in error.reason


def test_get_queried_tables(client: AuthenticatedClient) -> None:
    tables = expect(get_queried_tables.sync(WEEKLY, client=client), QueriedTableList)

    assert [
        (table.data_connection_id, table.data_connection_name, table.table_name) for table in tables.values
    ] == [(WAREHOUSE, "Warehouse", "analytics.public.orders")]
    assert (tables.pagination.after, tables.pagination.before) == (None, None)
    assert tables.trace_id
