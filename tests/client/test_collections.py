"""Collections through the generated client: list, create (with sharing), read and edit."""

from __future__ import annotations

from http import HTTPStatus

from hex_api_client import AuthenticatedClient
from hex_api_client.api.collections import (
    create_collection,
    edit_collection,
    get_collection,
    list_collections,
)
from hex_api_client.models import (
    Collection,
    CollectionCreator,
    CollectionGroupAccess,
    CollectionList,
    CollectionSharing,
    CollectionSortBy,
    CollectionUserAccess,
    CollectionWorkspaceAccess,
    CreateCollectionRequest,
    EditCollectionRequest,
    EditCollectionSharing,
)
from hex_api_client.types import UNSET
from tests.client.support import (
    ANA,
    COMPANY_METRICS,
    DATA_TEAM,
    EVE,
    MARKETING_COLLECTION,
    MARKETING_GROUP,
    MAX,
    expect,
)


def test_list_collections(client: AuthenticatedClient) -> None:
    listing = expect(list_collections.sync(client=client, sort_by=CollectionSortBy.NAME), CollectionList)

    assert [(collection.id, collection.name) for collection in listing.values] == [
        (COMPANY_METRICS, "Company metrics"),
        (MARKETING_COLLECTION, "Marketing"),
    ]
    metrics, marketing = listing.values
    assert metrics.creator == CollectionCreator(email="ana@example.com", id=ANA)
    assert metrics.sharing.groups == [CollectionGroupAccess(access="CAN_EDIT", id=DATA_TEAM)]
    assert metrics.sharing.workspace == CollectionWorkspaceAccess(members="CAN_VIEW")
    assert marketing.description is UNSET  # never described: the key is absent
    assert marketing.sharing.workspace is UNSET
    first = expect(list_collections.sync(client=client, limit=1), CollectionList)
    assert len(first.values) == 1
    assert isinstance(first.pagination.after, str)


def test_create_collection(client: AuthenticatedClient) -> None:
    body = CreateCollectionRequest(
        name="Finance",
        description="Dashboards the finance team relies on.",
        sharing=CollectionSharing(
            users=[CollectionUserAccess(access="MEMBER", id=EVE)],
            groups=[CollectionGroupAccess(access="CAN_VIEW", id=MARKETING_GROUP)],
            workspace=CollectionWorkspaceAccess(members="CAN_VIEW"),
        ),
    )

    response = create_collection.sync_detailed(client=client, body=body)

    assert response.status_code == HTTPStatus.CREATED
    created = expect(response.parsed, Collection)
    assert (created.name, created.description) == ("Finance", "Dashboards the finance team relies on.")
    assert created.creator == CollectionCreator(email="ana@example.com", id=ANA)
    assert created.sharing == body.sharing
    assert expect(get_collection.sync(created.id, client=client), Collection) == created


def test_get_collection(client: AuthenticatedClient) -> None:
    collection = expect(get_collection.sync(MARKETING_COLLECTION, client=client), Collection)

    assert (collection.id, collection.name) == (MARKETING_COLLECTION, "Marketing")
    assert collection.creator == CollectionCreator(email="max@example.com", id=MAX)
    assert collection.sharing == CollectionSharing(
        users=[], groups=[CollectionGroupAccess(access="CAN_VIEW", id=MARKETING_GROUP)]
    )


def test_edit_collection(client: AuthenticatedClient) -> None:
    body = EditCollectionRequest(
        name="Growth",
        description="Renamed",
        sharing=EditCollectionSharing(
            upsert=CollectionSharing(
                users=[CollectionUserAccess(access="MEMBER", id=EVE)],
                groups=[CollectionGroupAccess(access="NONE", id=MARKETING_GROUP)],
            )
        ),
    )

    edited = expect(edit_collection.sync(MARKETING_COLLECTION, client=client, body=body), Collection)

    assert (edited.id, edited.name, edited.description) == (MARKETING_COLLECTION, "Growth", "Renamed")
    assert edited.sharing == CollectionSharing(
        users=[CollectionUserAccess(access="MEMBER", id=EVE)], groups=[]
    )
    assert expect(get_collection.sync(MARKETING_COLLECTION, client=client), Collection) == edited
