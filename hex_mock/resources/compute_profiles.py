"""BatchUpdateComputeProfile: one kernel image and machine size for several projects at once.

Only the path and the two body keys are known of Hex's operation; the rest follows Hex's other
multi-target writes (the sharing edits): every project the caller may edit (Can edit or more) is
updated, the others are left as they are and listed in `errors`, grouped by reason, and the request
succeeds. The profile is kept on the project (the control plane's state view shows it); no other
operation of Hex's reports a project's compute profile.
"""

from __future__ import annotations

from typing import Any

from hex_mock.domain_errors import ForbiddenError, NotFoundError
from hex_mock.handlers import Call, Reply, handles
from hex_mock.permissions import CAN_EDIT, require_project
from hex_mock.store import Project, Workspace

NOT_FOUND = "Project not found"
NOT_EDITABLE = "Insufficient access: changing a project's compute profile needs CAN_EDIT or FULL_ACCESS"


def _editable(ws: Workspace, call: Call, project_id: str) -> Project | str:
    """The project when the caller may edit it (the rule every project operation applies), else the
    reason it is refused."""
    try:
        return require_project(ws, call.caller, project_id, CAN_EDIT)
    except NotFoundError:
        return NOT_FOUND
    except ForbiddenError:
        return NOT_EDITABLE


@handles("BatchUpdateComputeProfile")
def batch_update_compute_profile(ws: Workspace, call: Call) -> Reply:
    profile = {"image": call.body["computeProfile"]["image"], "size": call.body["computeProfile"]["size"]}
    updated: list[Project] = []
    refused: dict[str, list[str]] = {}  # reason -> project ids, in the order first seen
    for project_id in dict.fromkeys(call.body["projectIds"]):  # a project named twice counts once
        found = _editable(ws, call, project_id)
        if isinstance(found, str):
            refused.setdefault(found, []).append(project_id)
        else:
            updated.append(found)
    for project in updated:
        project.compute_profile = profile
    body: dict[str, Any] = {"projectIds": [project.id for project in updated], "computeProfile": profile}
    if refused:
        body["errors"] = [{"projectIds": ids, "reason": reason} for reason, ids in refused.items()]
    return Reply(200, body)
