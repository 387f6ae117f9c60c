"""Users through the generated client: Me (whose anyOf response parses into MeUser for a personal
token and MeWorkspaceToken for a workspace token), ListUsers and DeactivateUser."""

from __future__ import annotations

from uuid import UUID

from hex_api_client import AuthenticatedClient
from hex_api_client.api.users import deactivate_user, list_users, me
from hex_api_client.models import (
    DeactivateUserResponse,
    MeToken,
    MeUser,
    MeWorkspaceToken,
    OrgRole,
    User,
    UserList,
    UserSortBy,
)
from hex_api_client.types import UNSET, Unset
from tests.client.conftest import Target
from tests.client.support import (
    ANA,
    DATA_TEAM,
    ED,
    EVE,
    EXPLORER_TOKEN,
    GUS,
    MAX,
    READONLY_WORKSPACE_TOKEN,
    expect,
)


def test_me_with_a_personal_token_is_a_me_user(client: AuthenticatedClient) -> None:
    caller = expect(me.sync(client=client), MeUser)

    assert (caller.id, caller.name, caller.email, caller.role) == (
        ANA,
        "Ana Admin",
        "ana@example.com",
        OrgRole.ADMIN,
    )
    assert caller.last_login_date == "2025-01-06T08:30:00.000Z"  # a string: Hex does not specify its format
    assert isinstance(caller.org.id, str)
    assert caller.token == MeToken(exp=None)


def test_me_with_a_workspace_token_is_a_me_workspace_token(
    target: Target, client: AuthenticatedClient
) -> None:
    personal = expect(me.sync(client=client), MeUser)

    token = expect(me.sync(client=target.connect(READONLY_WORKSPACE_TOKEN)), MeWorkspaceToken)

    assert not isinstance(token, MeUser)
    assert token.org == personal.org
    assert token.token == MeToken(exp=None)
    assert token.additional_properties == {}  # no user fields leaked into it


def test_list_users(client: AuthenticatedClient) -> None:
    pages: list[UserList] = []
    after: str | Unset = UNSET
    while True:
        page = expect(list_users.sync(client=client, limit=2, after=after, sort_by=UserSortBy.NAME), UserList)
        pages.append(page)
        if page.pagination.after is None:
            break
        after = page.pagination.after

    users = [user for page in pages for user in page.values]
    assert [(user.id, user.role) for user in users] == [
        (ANA, OrgRole.ADMIN),
        (ED, OrgRole.EXPLORER),
        (EVE, OrgRole.EDITOR),
        (GUS, OrgRole.GUEST),
        (MAX, OrgRole.MANAGER),
    ]
    assert all(isinstance(user, User) and isinstance(user.id, UUID) for user in users)
    assert [user.last_login_date for user in users][:2] == ["2025-01-06T08:30:00.000Z", None]


def test_list_users_of_a_group(client: AuthenticatedClient) -> None:
    listing = expect(list_users.sync(client=client, group_id=DATA_TEAM), UserList)

    assert [user.email for user in listing.values] == ["ana@example.com", "eve@example.com"]


def test_deactivate_user(target: Target, client: AuthenticatedClient) -> None:
    explorer = target.connect(EXPLORER_TOKEN)
    assert expect(me.sync(client=explorer), MeUser).id == ED

    result = expect(deactivate_user.sync(ED, client=client), DeactivateUserResponse)

    assert result.user == User(
        id=ED, name="Ed Explorer", email="ed@example.com", role=OrgRole.EXPLORER, last_login_date=None
    )
    assert ED not in {user.id for user in expect(list_users.sync(client=client), UserList).values}
    assert me.sync(client=explorer) == "Unauthorized"  # the deactivated user's token stops working
