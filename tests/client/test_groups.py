"""Groups through the generated client: list, create, read, edit members (as ListUsers?groupId
shows) and delete."""

from __future__ import annotations

from http import HTTPStatus
from uuid import UUID

from hex_api_client import AuthenticatedClient
from hex_api_client.api.groups import create_group, delete_group, edit_group, get_group, list_groups
from hex_api_client.api.users import list_users
from hex_api_client.models import (
    CreateGroupRequest,
    CreateGroupResponse,
    EditGroupMembers,
    EditGroupRequest,
    Group,
    GroupList,
    GroupMember,
    GroupMembers,
    GroupSortBy,
    SortDirection,
    TsoaError,
    UserList,
)
from hex_mock.mock import HexMock
from tests.client.support import ANA, DATA_TEAM, ED, EVE, MARKETING_GROUP, expect, utc


def members(*user_ids: UUID) -> GroupMembers:
    return GroupMembers(users=[GroupMember(id=user_id) for user_id in user_ids])


def member_ids(client: AuthenticatedClient, group_id: UUID) -> set[UUID]:
    return {user.id for user in expect(list_users.sync(client=client, group_id=group_id), UserList).values}


def test_list_groups(client: AuthenticatedClient) -> None:
    listing = expect(
        list_groups.sync(client=client, sort_by=GroupSortBy.NAME, sort_direction=SortDirection.DESC),
        GroupList,
    )

    assert [(group.id, group.name) for group in listing.values] == [
        (MARKETING_GROUP, "Marketing"),
        (DATA_TEAM, "Data team"),
    ]
    assert listing.values[1].created_at == utc("2024-02-10T09:00:00Z")
    assert (listing.pagination.after, listing.pagination.before) == (None, None)


def test_create_group(client: AuthenticatedClient, mock: HexMock) -> None:
    response = create_group.sync_detailed(
        client=client, body=CreateGroupRequest(name="Analysts", members=members(EVE, ED))
    )

    assert response.status_code == HTTPStatus.CREATED
    created = expect(response.parsed, CreateGroupResponse)
    assert created.name == "Analysts"
    assert created.members == members(EVE, ED)
    assert expect(get_group.sync(created.id, client=client), Group) == Group(
        id=created.id, name="Analysts", created_at=mock.clock.now()
    )
    assert member_ids(client, created.id) == {EVE, ED}


def test_get_group(client: AuthenticatedClient) -> None:
    group = expect(get_group.sync(DATA_TEAM, client=client), Group)

    assert group == Group(id=DATA_TEAM, name="Data team", created_at=utc("2024-02-10T09:00:00Z"))


def test_edit_group_and_list_its_users(client: AuthenticatedClient) -> None:
    assert member_ids(client, DATA_TEAM) == {ANA, EVE}
    body = EditGroupRequest(name="Analytics", members=EditGroupMembers(add=members(ED), remove=members(EVE)))

    edited = expect(edit_group.sync(DATA_TEAM, client=client, body=body), Group)

    assert (edited.id, edited.name) == (DATA_TEAM, "Analytics")
    assert member_ids(client, DATA_TEAM) == {ANA, ED}
    names = [
        user.name for user in expect(list_users.sync(client=client, group_id=DATA_TEAM), UserList).values
    ]
    assert names == ["Ana Admin", "Ed Explorer"]


def test_delete_group(client: AuthenticatedClient) -> None:
    created = expect(
        create_group.sync(client=client, body=CreateGroupRequest(name="Temporary")), CreateGroupResponse
    )

    response = delete_group.sync_detailed(created.id, client=client)

    assert (response.status_code, response.parsed) == (HTTPStatus.NO_CONTENT, None)
    gone = expect(get_group.sync(created.id, client=client), TsoaError)
    assert gone.reason == "Group not found"
    assert created.id not in {group.id for group in expect(list_groups.sync(client=client), GroupList).values}
