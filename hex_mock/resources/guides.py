"""Guides: Markdown context files for the Hex agent, each with a draft and a published version.

The draft is the guide's working copy. Publishing copies the draft to the published version and
keeps the draft (the next upsert edits it again), so "guides that have a draft" (ListDraftGuides)
are all guides with a working copy, published or not. Discarding a draft leaves the published
version; a guide with neither is gone. Workspace members (not guests) may list drafts; writing,
publishing and discarding need the Admin or Manager role, as guides shape every agent answer in the
workspace.

Every guide has a source: authored in Hex (fixtures, `external_source` None), or uploaded through the
API, where `externalSource` says where it is synced from (an upload without one counts as an
`unknown` source without id). An upsert only overwrites a guide from the same source (for GitHub:
the same owner, repository and instance; branch, commit and path may change); otherwise that file is
skipped with a warning unless `forceWrite` is set, which also moves the guide to the new source.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from hex_mock.errors import HexError, bad_request, not_found
from hex_mock.handlers import Call, Reply, handles
from hex_mock.pagination import paginate
from hex_mock.permissions import require_manager, require_member
from hex_mock.resources.render import listed, page_args, page_body
from hex_mock.store import Guide, Workspace

GITHUB = "https://github.com"
UNSPECIFIED_SOURCE: Mapping[str, Any] = {"source": "unknown"}
NO_SOURCE = ("none",)  # source_identity never returns it, so no guide has it


def render_guide_file(guide: Guide) -> dict[str, Any]:
    return {"id": guide.id, "filePath": guide.file_path}


def _by_path(guide: Guide) -> tuple[str, str]:
    return (guide.file_path, guide.id)


def source_identity(source: Mapping[str, Any] | None) -> tuple[str, ...]:
    """What makes two guide sources the same one. Accepts ListDraftGuides' `baseUrl` spelling too."""
    if source is None:
        return ("hex",)
    if source.get("source") == "github":
        base = str(source.get("base") or source.get("baseUrl") or GITHUB).rstrip("/").casefold()
        # GitHub owner and repository names are case-insensitive.
        return (
            "github",
            base,
            str(source.get("owner", "")).casefold(),
            str(source.get("repo", "")).casefold(),
        )
    return ("unknown", str(source.get("id") or ""))


def _require_guide(ws: Workspace, guide_id: str) -> Guide:
    guide = ws.guides.get(guide_id)
    if guide is None:
        raise not_found("Guide not found")
    return guide


# --- ListDraftGuides --------------------------------------------------------------------------------


def _source_filter(raw: str | None) -> tuple[str, ...] | None:
    """The source identity `externalSource` names, or None without the filter. A value that is not a
    readable locator names no source (NO_SOURCE), so nothing matches it."""
    if raw is None:
        return None
    try:
        source = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser recurses
        return NO_SOURCE
    if not isinstance(source, dict) or source.get("source") not in ("github", "unknown"):
        return NO_SOURCE
    if source["source"] == "github" and not all(
        isinstance(source.get(key), str) for key in ("owner", "repo")
    ):
        return NO_SOURCE
    return source_identity(source)


@handles("ListDraftGuides")
def list_draft_guides(ws: Workspace, call: Call) -> Reply:
    require_member(call.caller, "listing guides")
    wanted = _source_filter(call.query.get("externalSource"))

    def include(guide: Guide) -> bool:
        return guide.draft_contents is not None and (
            wanted is None or source_identity(guide.external_source) == wanted
        )

    page = paginate(
        ws.guides.sorted_by("guides:path", _by_path), sort_key=_by_path, include=include, **page_args(call)
    )
    return Reply(200, page_body(page, render_guide_file))


# --- UpsertGuideDraft -------------------------------------------------------------------------------


@handles("UpsertGuideDraft")
def upsert_guide_draft(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "writing guides")
    # The spec's GuideFilePath pattern has already refused unsafe paths. A path named twice is
    # written once, from its last entry (Hex's answer is unknown; the lenient reading).
    files = list({file["filePath"]: file for file in call.body["files"]}.values())
    force: bool = call.body.get("forceWrite", False)

    existing = {guide.file_path: guide for guide in ws.guides}
    written: list[Guide] = []
    warnings: list[dict[str, str]] = []
    for file in files:
        path: str = file["filePath"]
        source = dict(file.get("externalSource") or UNSPECIFIED_SOURCE)
        guide = existing.get(path)
        if guide is None:
            guide = Guide(id=ws.ids.uuid(), file_path=path, created_at=ws.clock.now())
            ws.guides.put(guide.id, guide)
        elif source_identity(guide.external_source) != source_identity(source) and not force:
            authored = (
                "a Hex-authored guide"
                if guide.external_source is None
                else "a guide synced from another source"
            )
            warnings.append(
                {
                    "message": f"Cannot overwrite {authored}; pass forceWrite to overwrite it.",
                    "filePath": path,
                }
            )
            continue
        guide.draft_contents = file["contents"]
        guide.external_source = source
        written.append(guide)
    return Reply(
        200,
        {
            "files": [render_guide_file(guide) for guide in written],
            "warnings": warnings,
            "traceId": call.trace_id,
        },
    )


# --- PublishGuideDrafts, DeleteGuideDraft -----------------------------------------------------------


def _publish_targets(ws: Workspace, body: Mapping[str, Any]) -> list[Guide]:
    if body.get("publishAllDraftGuides", False):
        return [
            guide
            for guide in ws.guides.sorted_by("guides:path", _by_path)
            if guide.draft_contents is not None
        ]
    ids: list[str] = list(dict.fromkeys(body.get("orgGuideFileIds", [])))
    unknown = [guide_id for guide_id in ids if guide_id not in ws.guides]
    if unknown:
        raise HexError(
            404, "Guide not found", issues=[f"orgGuideFileIds: no guide with id {listed(unknown)}"]
        )
    guides = [guide for guide_id in ids if (guide := ws.guides.get(guide_id)) is not None]
    without_draft = [guide.id for guide in guides if guide.draft_contents is None]
    if without_draft:
        raise bad_request("Nothing to publish", f"orgGuideFileIds: {listed(without_draft)} have no draft")
    return guides


@handles("PublishGuideDrafts")
def publish_guide_drafts(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "publishing guides")
    guides = _publish_targets(ws, call.body)
    for guide in guides:
        guide.published_contents = guide.draft_contents
    count = len(guides)
    return Reply(
        200,
        {
            "message": f"Published {count} guide{'' if count == 1 else 's'}.",
            "publishedGuides": [render_guide_file(guide) for guide in guides],
            "traceId": call.trace_id,
        },
    )


@handles("DeleteGuideDraft")
def delete_guide_draft(ws: Workspace, call: Call) -> Reply:
    require_manager(call.caller, "discarding guide drafts")
    guide = _require_guide(ws, call.path["orgGuideFileId"])
    if guide.draft_contents is None:
        raise not_found("This guide has no draft")
    guide.draft_contents = None
    if guide.published_contents is None:
        ws.guides.remove(guide.id)
    return Reply(204)
