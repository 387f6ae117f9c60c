"""Guides through HTTP: drafts, sources, publishing and discarding.

Demo guides (hex_mock/demo.yaml), both authored in Hex: `hex.md` (draft and published, identical) and
`metrics/revenue.md` (a draft that was never published).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from hex_mock.store import Guide, Workspace
from tests.resources.conftest import EDITOR, EXPLORER, GUEST, MANAGER, bearer
from tests.resources.demo_ids import UNKNOWN

HEX_MD = "4b3a2918-0f7e-4d6c-9b5a-483726150f9e"
REVENUE = "5c4b3a29-1a8f-4e7d-8c6b-594837261a0f"


def github(commit: str = "9fceb02d0ae598e95dc970b74767f19372d61af8", **overrides: str) -> dict[str, str]:
    return {
        "source": "github",
        "owner": "my-org",
        "repo": "hex-context",
        "branch": "main",
        "commitHash": commit,
        "path": "guides/x.md",
    } | overrides


def upsert(
    client: TestClient, *files: dict[str, Any], force: bool | None = None, token: str | None = None
) -> Any:
    body: dict[str, Any] = {"files": list(files)}
    if force is not None:
        body["forceWrite"] = force
    return client.put("/api/v1/guides/draft", json=body, headers=bearer(token) if token else None)


def draft_paths(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/v1/guides/draft/list", params=params)
    assert response.status_code == 200, response.text
    return [guide["filePath"] for guide in response.json()["values"]]


def guide(workspace: Workspace, guide_id: str) -> Guide:
    found = workspace.guides.get(guide_id)
    assert found is not None
    return found


# --- ListDraftGuides --------------------------------------------------------------------------------


def test_list_draft_guides_sorted_by_path(client: TestClient) -> None:
    response = client.get("/api/v1/guides/draft/list")

    assert response.status_code == 200
    assert response.json() == {
        "values": [{"id": HEX_MD, "filePath": "hex.md"}, {"id": REVENUE, "filePath": "metrics/revenue.md"}],
        "pagination": {"after": None, "before": None},
    }


def test_list_draft_guides_pages(client: TestClient) -> None:
    first = client.get("/api/v1/guides/draft/list", params={"limit": 1}).json()
    second = client.get(
        "/api/v1/guides/draft/list", params={"limit": 1, "after": first["pagination"]["after"]}
    ).json()

    assert [g["filePath"] for g in first["values"] + second["values"]] == ["hex.md", "metrics/revenue.md"]


def test_list_draft_guides_from_one_external_source(client: TestClient) -> None:
    upsert(client, {"filePath": "a.md", "contents": "A", "externalSource": github()})
    upsert(client, {"filePath": "b.md", "contents": "B", "externalSource": github(repo="other")})
    upsert(client, {"filePath": "c.md", "contents": "C"})

    locator = {"source": "github", "owner": "MY-ORG", "repo": "hex-context", "baseUrl": "https://github.com"}
    assert draft_paths(client, externalSource=json.dumps(locator)) == ["a.md"]
    assert draft_paths(client, externalSource=json.dumps({"source": "unknown"})) == ["c.md"]


@pytest.mark.parametrize(
    "raw", ["not json", "[]", '{"source": "gitlab"}', '{"source": "github", "owner": "x"}']
)
def test_a_source_that_is_not_a_locator_matches_no_guide(client: TestClient, raw: str) -> None:
    response = client.get("/api/v1/guides/draft/list", params={"externalSource": raw})

    assert response.status_code == 200
    assert response.json()["values"] == []


def test_guests_cannot_list_guides(client: TestClient) -> None:
    assert client.get("/api/v1/guides/draft/list", headers=bearer(GUEST)).status_code == 403


# --- UpsertGuideDraft -------------------------------------------------------------------------------


def test_upsert_creates_missing_guides(client: TestClient, workspace: Workspace) -> None:
    response = upsert(
        client, {"filePath": "guides/orders.md", "contents": "# Orders", "externalSource": github()}
    )

    assert response.status_code == 200
    body = response.json()
    [written] = body["files"]
    assert written["filePath"] == "guides/orders.md"
    assert body["warnings"] == []
    assert body["traceId"]
    assert draft_paths(client) == ["guides/orders.md", "hex.md", "metrics/revenue.md"]
    stored = guide(workspace, written["id"])
    assert (stored.draft_contents, stored.published_contents) == ("# Orders", None)


def test_upsert_overwrites_the_draft_of_a_guide_from_the_same_source(
    client: TestClient, workspace: Workspace
) -> None:
    first = upsert(client, {"filePath": "a.md", "contents": "v1", "externalSource": github("1" * 40)}).json()
    second = upsert(client, {"filePath": "a.md", "contents": "v2", "externalSource": github("2" * 40)}).json()

    assert second["files"] == first["files"]
    assert second["warnings"] == []
    stored = guide(workspace, first["files"][0]["id"])
    assert stored.draft_contents == "v2"
    assert stored.external_source is not None
    assert stored.external_source["commitHash"] == "2" * 40


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("hex.md", github()),  # authored in Hex
        ("hex.md", None),  # authored in Hex, uploaded without a source
    ],
)
def test_upsert_skips_a_guide_from_another_source_with_a_warning(
    client: TestClient, workspace: Workspace, path: str, source: dict[str, str] | None
) -> None:
    file: dict[str, Any] = {"filePath": path, "contents": "Replaced"}
    if source:
        file["externalSource"] = source

    response = upsert(client, file, {"filePath": "new.md", "contents": "New"})

    body = response.json()
    assert response.status_code == 200
    assert [f["filePath"] for f in body["files"]] == ["new.md"]
    assert body["warnings"] == [
        {
            "message": "Cannot overwrite a Hex-authored guide; pass forceWrite to overwrite it.",
            "filePath": path,
        }
    ]
    assert guide(workspace, HEX_MD).draft_contents == "Always use the Warehouse connection."


def test_upsert_skips_a_guide_synced_from_another_repository(
    client: TestClient, workspace: Workspace
) -> None:
    written = upsert(client, {"filePath": "a.md", "contents": "v1", "externalSource": github()}).json()[
        "files"
    ][0]

    body = upsert(
        client, {"filePath": "a.md", "contents": "v2", "externalSource": github(repo="fork")}
    ).json()

    assert body["files"] == []
    assert body["warnings"][0]["filePath"] == "a.md"
    assert guide(workspace, written["id"]).draft_contents == "v1"


def test_force_write_overwrites_and_moves_the_guide_to_the_new_source(
    client: TestClient, workspace: Workspace
) -> None:
    response = upsert(
        client, {"filePath": "hex.md", "contents": "Synced", "externalSource": github()}, force=True
    )

    assert response.json()["files"] == [{"id": HEX_MD, "filePath": "hex.md"}]
    assert response.json()["warnings"] == []
    stored = guide(workspace, HEX_MD)
    assert stored.draft_contents == "Synced"
    assert stored.published_contents == "Always use the Warehouse connection."  # drafts are not live
    assert stored.external_source == github()
    # From now on the repository owns it: a plain upload is the "other source".
    assert upsert(client, {"filePath": "hex.md", "contents": "x"}).json()["warnings"] != []


@pytest.mark.parametrize(
    "path",
    [
        "/abs.md",
        "../up.md",
        "a/../b.md",
        "a\\b.md",
        "a\x00b.md",
        "notes.txt",
        "dir/.md",
        "a//b.md",
        "./a.md",
        "dir/",
        "",
        "%2e%2e/up.md",
        "\u2024\u2024/up.md",  # ONE DOT LEADER: NFKC turns it into '.'
    ],
)
def test_upsert_refuses_bad_paths_and_writes_nothing(
    client: TestClient, workspace: Workspace, path: str
) -> None:
    before = len(workspace.guides)

    response = upsert(client, {"filePath": "fine.md", "contents": "ok"}, {"filePath": path, "contents": "x"})

    # GuideFilePath's pattern refuses it, so the body fails validation: 422, as every tsoa body does.
    assert response.status_code == 422
    assert response.json()["details"].startswith("files[1].filePath: does not match the spec's pattern")
    assert len(workspace.guides) == before


def test_upsert_writes_a_path_named_twice_once_with_the_last_contents(
    client: TestClient, workspace: Workspace
) -> None:
    response = upsert(client, {"filePath": "a.md", "contents": "1"}, {"filePath": "a.md", "contents": "2"})

    assert response.status_code == 200
    [written] = response.json()["files"]
    stored = guide(workspace, written["id"])
    assert (stored.file_path, stored.draft_contents) == ("a.md", "2")


@pytest.mark.parametrize(("token", "status"), [(MANAGER, 200), (EDITOR, 403), (EXPLORER, 403)])
def test_only_admins_and_managers_write_guides(client: TestClient, token: str, status: int) -> None:
    assert upsert(client, {"filePath": "a.md", "contents": "x"}, token=token).status_code == status


# --- PublishGuideDrafts -----------------------------------------------------------------------------


def test_upsert_then_publish_makes_the_draft_live_and_keeps_it_listed(
    client: TestClient, workspace: Workspace
) -> None:
    written = upsert(client, {"filePath": "guides/new.md", "contents": "# New"}).json()["files"][0]

    response = client.post("/api/v1/guides/publish", json={"orgGuideFileIds": [written["id"]]})

    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Published 1 guide."
    assert body["publishedGuides"] == [written]
    assert body["traceId"]
    assert guide(workspace, written["id"]).published_contents == "# New"
    # The draft is the working copy: it stays after publishing.
    assert "guides/new.md" in draft_paths(client)


def test_publish_all_drafts(client: TestClient, workspace: Workspace) -> None:
    response = client.post(
        "/api/v1/guides/publish", json={"publishAllDraftGuides": True, "orgGuideFileIds": [UNKNOWN]}
    )

    assert response.status_code == 200
    assert response.json()["message"] == "Published 2 guides."
    assert [g["id"] for g in response.json()["publishedGuides"]] == [HEX_MD, REVENUE]
    assert guide(workspace, REVENUE).published_contents == "Revenue excludes refunds unless stated."


def test_publish_nothing(client: TestClient) -> None:
    response = client.post("/api/v1/guides/publish", json={})

    assert response.status_code == 200
    assert response.json()["publishedGuides"] == []


def test_publish_unknown_guides_is_404_and_publishes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.post("/api/v1/guides/publish", json={"orgGuideFileIds": [REVENUE, UNKNOWN]})

    assert response.status_code == 404
    assert UNKNOWN in response.json()["details"]
    assert guide(workspace, REVENUE).published_contents is None


def test_publish_a_guide_without_draft_is_400(client: TestClient) -> None:
    assert client.delete(f"/api/v1/guides/draft/{HEX_MD}").status_code == 204

    response = client.post("/api/v1/guides/publish", json={"orgGuideFileIds": [HEX_MD]})

    assert response.status_code == 400
    assert HEX_MD in response.json()["details"]


def test_only_admins_and_managers_publish(client: TestClient) -> None:
    response = client.post(
        "/api/v1/guides/publish", json={"publishAllDraftGuides": True}, headers=bearer(EDITOR)
    )

    assert response.status_code == 403


# --- DeleteGuideDraft -------------------------------------------------------------------------------


def test_discarding_the_draft_of_a_published_guide_keeps_the_published_version(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.delete(f"/api/v1/guides/draft/{HEX_MD}")

    assert response.status_code == 204
    assert response.content == b""
    assert draft_paths(client) == ["metrics/revenue.md"]
    stored = guide(workspace, HEX_MD)
    assert (stored.draft_contents, stored.published_contents) == (
        None,
        "Always use the Warehouse connection.",
    )
    assert client.delete(f"/api/v1/guides/draft/{HEX_MD}").status_code == 404


def test_discarding_the_only_version_of_a_guide_removes_it(client: TestClient, workspace: Workspace) -> None:
    assert client.delete(f"/api/v1/guides/draft/{REVENUE}").status_code == 204

    assert REVENUE not in workspace.guides
    # The path is free again: an upload creates a new guide rather than hitting the Hex-authored one.
    written = upsert(client, {"filePath": "metrics/revenue.md", "contents": "x"}).json()
    assert written["warnings"] == []
    assert written["files"][0]["id"] != REVENUE


def test_discard_unknown_draft_is_404(client: TestClient) -> None:
    response = client.delete(f"/api/v1/guides/draft/{UNKNOWN}")

    assert response.status_code == 404
    assert response.json()["reason"] == "Guide not found"


def test_only_admins_and_managers_discard_drafts(client: TestClient) -> None:
    assert client.delete(f"/api/v1/guides/draft/{REVENUE}", headers=bearer(EDITOR)).status_code == 403
    assert client.delete(f"/api/v1/guides/draft/{REVENUE}", headers=bearer(MANAGER)).status_code == 204
