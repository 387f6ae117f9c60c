"""Prove that drift is caught: apply deliberate mutations one at a time and require the suite to fail.

    python scripts/mutation_check.py              # every mutation; exit 1 if any survives
    python scripts/mutation_check.py --list       # name, area, checks and description of each
    python scripts/mutation_check.py --verify     # only check that every mutation still applies
    python scripts/mutation_check.py --only mock-delete-does-not-delete --only spec-drop-enum-value

Each mutation is a small, exact text edit (or a few) of the spec, the mock or the generated client.
Every run works on scratch copies of the repository (the git-tracked files plus the working tree's
uncommitted and untracked, non-ignored files), never on the repository itself:

1. The copy is checked unmutated (the baseline): every check must pass there, or a failure under
   a mutation would prove nothing.
2. For each mutation, a fresh copy is mutated and its checks run in it, each as a subprocess of
   this interpreter with PYTHONPATH pointing at the copy (the project's editable install points at
   the original checkout, and PYTHONPATH wins over it). The checks are those of `make test`:
   `spec-check`, `check-generated` and the fast pytest suite (`-m "not slow"`, `-x`,
   `-p no:randomly`; the whole suite, with the schemathesis and other long-running directories in
   a second invocation that runs only if the first passed). Mutations of the mock skip the first
   two, which do not read hex_mock/; mutations that only make the client stale run only them.
   All of a mutation's checks run, so the table shows everything that catches it.
3. A mutation is caught when at least one check fails; the table names the checks and the first
   failing test ids. The baseline runs beside the first mutations; if it fails, the run stops.

A mutation whose target text is not found exactly as often as expected stops the run before any
check starts: a refactor must update the mutation, never silently turn it into a no-op. Mutated
Python must still compile and mutated YAML still parse, so a mutation is a behaviour change, not a
syntax error every check trips over.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/hex-api.yaml"

SPEC_CHECK = "spec-check"
CHECK_GENERATED = "check-generated"
PYTEST = "pytest"
DEFAULT_CHECKS = (SPEC_CHECK, CHECK_GENERATED, PYTEST)
# The drift check alone: for mutations only it can catch (the spec changed, nothing behaves differently).
DRIFT_CHECKS = (SPEC_CHECK, CHECK_GENERATED)
# For mutations of hex_mock/: spec-check reads only the spec (and hex_mock's validators, which no
# mutation touches) and check-generated only the spec and generated/, so under a mock mutation both would
# just repeat the baseline's pass.
TESTS_ONLY = (PYTEST,)
# What spec-check and check-generated read: a mutation touching any of it must run that check.
CHECK_INPUTS = {
    SPEC_CHECK: ("spec/", "hex_mock/validation.py", "hex_mock/_oas_validators.py", "scripts/spec_check.py"),
    CHECK_GENERATED: ("spec/", "generated/", "scripts/generate_client.py"),
}

DEFAULT_TIMEOUT = 900.0  # seconds per check; a hang is reported, not waited out
# One pytest process per core: the checks are single-threaded, so two cores check two mutations at once.
DEFAULT_JOBS = min(2, os.cpu_count() or 1)
SHOWN_FAILURES = 3  # failing test ids shown per mutation
# The long-running test directories, run after the rest of the suite (see `suite_phases`).
SUITE_LAST = ("tests/browser", "tests/docs", "tests/reliability", "tests/contract")
SELF_TEST = "tests/scripts/test_mutation_check.py"
PYTEST_NO_TESTS = 5  # pytest's exit status when it collected nothing (or deselected everything)
# libyaml's safe loader when PyYAML has it: parsing the 5,700-line spec in pure Python takes a second.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class MutationTargetError(Exception):
    """A mutation's target text is missing (or ambiguous), or the mutated file no longer parses."""


@dataclass(frozen=True)
class Edit:
    """Replace `old` with `new` in `path` (relative to the root); `old` must occur exactly `count` times."""

    path: str
    old: str
    new: str
    count: int = 1


@dataclass(frozen=True)
class Mutation:
    name: str
    area: str  # "spec" | "mock" | "client"
    description: str
    edits: tuple[Edit, ...]
    checks: tuple[str, ...] = DEFAULT_CHECKS
    # Restrict pytest to these paths (relative to the root); empty means the whole fast suite.
    pytest_paths: tuple[str, ...] = ()

    @property
    def checks_label(self) -> str:
        labels = [
            f"{PYTEST}[{' '.join(self.pytest_paths)}]" if check == PYTEST and self.pytest_paths else check
            for check in self.checks
        ]
        return ", ".join(labels)


# --- The mutations ------------------------------------------------------------------------------------

_DELETE_GROUP_OPERATION = """\
    delete:
      operationId: DeleteGroup
      x-hex-rate-limit-group: hex-api
      x-hex-client-method: delete
      tags: [Groups]
      summary: Delete a group
      description: |
        Deletes a group. Its former members lose any access they had only through the group.

        Rate limit: Hex's default `hex-api` group, 30 requests per minute and 1800 per hour by
        default (Hex notes these numbers may vary per workspace).
      parameters:
        - name: groupId
          in: path
          required: true
          description: The group to delete.
          schema:
            $ref: '#/components/schemas/GroupId'
      responses:
        '204':
          description: The group was deleted.
        '400':
          $ref: '#/components/responses/TsoaBadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/TsoaForbidden'
        '404':
          $ref: '#/components/responses/TsoaNotFound'
        '429':
          $ref: '#/components/responses/TsoaTooManyRequests'
        '500':
          $ref: '#/components/responses/TsoaInternalServerError'
"""

_DELETE_GROUP_LINK = """\
            DeleteCreatedGroup:
              operationId: DeleteGroup
              parameters:
                groupId: $response.body#/id
              description: Delete the group that was just created.
"""

_STYLE_FOR = """\
        if status == 401:
            return ErrorStyle.STANDARD
        return self.error_styles.get(status, self.default_style)
"""


def _lines(*lines: str) -> str:
    """Whole lines of text, each ending in a newline: keeps indentation-sensitive targets readable."""
    return "".join(f"{line}\n" for line in lines)


GROUPS_PY = "hex_mock/resources/groups.py"

MUTATIONS: tuple[Mutation, ...] = (
    # --- the spec (the client is not regenerated and the mock not changed: both must notice) ---
    Mutation(
        "spec-rename-field",
        "spec",
        "Project.title renamed to `name` in the schema, its required list and every Project example",
        (
            # Every target starts at a line break, so it matches at exactly this indentation.
            Edit(
                SPEC,
                _lines("", "        - id", "        - title"),
                _lines("", "        - id", "        - name"),
            ),
            Edit(
                SPEC,
                _lines(
                    "",
                    "        title:",
                    "          type: string",
                    "        description:",
                    "          type: string",
                    "          nullable: true",
                ),
                _lines(
                    "",
                    "        name:",
                    "          type: string",
                    "        description:",
                    "          type: string",
                    "          nullable: true",
                ),
            ),
            # The examples: Project's own, ProjectList's and the four EditProjectSharing*Response ones
            # (CreateProjectRequest's example keeps its `title`).
            Edit(
                SPEC,
                _lines("", "        title: Weekly revenue", "        description: null"),
                _lines("", "        name: Weekly revenue", "        description: null"),
            ),
            Edit(
                SPEC,
                _lines("", "            title: Weekly revenue"),
                _lines("", "            name: Weekly revenue"),
            ),
            Edit(
                SPEC,
                _lines("", "          title: Weekly revenue"),
                _lines("", "          name: Weekly revenue"),
                count=4,
            ),
        ),
    ),
    Mutation(
        "spec-change-field-type",
        "spec",
        "Group.name declared an integer instead of a string",
        (
            Edit(
                SPEC,
                _lines("        name:", "          type: string", "          description: The group's name."),
                _lines(
                    "        name:", "          type: integer", "          description: The group's name."
                ),
            ),
        ),
    ),
    Mutation(
        "spec-drop-enum-value",
        "spec",
        "KILLED dropped from the ProjectRunStatus enum",
        (
            Edit(
                SPEC,
                _lines(
                    "    ProjectRunStatus:",
                    "      type: string",
                    "      enum: [PENDING, RUNNING, ERRORED, COMPLETED, KILLED, UNABLE_TO_ALLOCATE_KERNEL]",
                ),
                _lines(
                    "    ProjectRunStatus:",
                    "      type: string",
                    "      enum: [PENDING, RUNNING, ERRORED, COMPLETED, UNABLE_TO_ALLOCATE_KERNEL]",
                ),
            ),
        ),
    ),
    Mutation(
        "spec-optional-made-required",
        "spec",
        "Collection.description made required (the mock leaves it out when a collection has none)",
        (
            Edit(
                SPEC,
                _lines(
                    "      description: A collection of projects, with its own sharing settings.",
                    "      required: [id, name, sharing]",
                ),
                _lines(
                    "      description: A collection of projects, with its own sharing settings.",
                    "      required: [id, name, description, sharing]",
                ),
            ),
        ),
    ),
    Mutation(
        "spec-remove-operation",
        "spec",
        "DeleteGroup removed from the spec, with the link CreateGroup declares to it",
        (Edit(SPEC, _DELETE_GROUP_OPERATION, ""), Edit(SPEC, _DELETE_GROUP_LINK, "")),
    ),
    Mutation(
        "spec-drop-nullable",
        "spec",
        "Project.description no longer nullable (demo projects have none, so the mock sends null)",
        (
            Edit(
                SPEC,
                _lines(
                    "        description:",
                    "          type: string",
                    "          nullable: true",
                    "        type:",
                    "          $ref: '#/components/schemas/ProjectType'",
                ),
                _lines(
                    "        description:",
                    "          type: string",
                    "        type:",
                    "          $ref: '#/components/schemas/ProjectType'",
                ),
            ),
        ),
    ),
    Mutation(
        "spec-success-status-changed",
        "spec",
        "CreateGroup's success response declared as 200 instead of 201",
        (
            Edit(
                SPEC,
                _lines("        '201':", "          description: The new group and its members."),
                _lines("        '200':", "          description: The new group and its members."),
            ),
        ),
    ),
    # --- the generated client ---
    Mutation(
        "client-stale-description",
        "client",
        "Group's description reworded in the spec without regenerating the client",
        (
            Edit(
                SPEC,
                _lines("      description: A group of workspace users (without its members)."),
                _lines("      description: A named group of workspace users (without its members)."),
            ),
        ),
        checks=DRIFT_CHECKS,
    ),
    Mutation(
        "client-stale-new-optional-field",
        "client",
        "an optional Group.memberCount added to the spec without regenerating the client",
        (
            Edit(
                SPEC,
                _lines(
                    "        createdAt:",
                    "          $ref: '#/components/schemas/Timestamp'",
                    "      example:",
                    "        id: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190",
                ),
                _lines(
                    "        createdAt:",
                    "          $ref: '#/components/schemas/Timestamp'",
                    "        memberCount:",
                    "          type: integer",
                    "          description: How many users are in the group.",
                    "      example:",
                    "        id: 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190",
                ),
            ),
        ),
        checks=DRIFT_CHECKS,
    ),
    Mutation(
        "client-hand-edited-model",
        "client",
        "generated Group.to_dict hand-edited to send `created_at` instead of `createdAt`",
        (
            Edit(
                "generated/hex_api_client/models/group.py",
                _lines('                "createdAt": created_at,'),
                _lines('                "created_at": created_at,'),
            ),
        ),
    ),
    Mutation(
        "client-hand-edited-endpoint",
        "client",
        "generated delete_group hand-edited to send GET instead of DELETE",
        (
            Edit(
                "generated/hex_api_client/api/groups/delete_group.py",
                _lines('        "method": "delete",'),
                _lines('        "method": "get",'),
            ),
        ),
    ),
    Mutation(
        "client-runtime-resends-runs",
        "client",
        "the hand-written retry policy resends a non-idempotent RunProject after a 500",
        (
            Edit(
                "generated/hex_api_client/_runtime/retries.py",
                "operation.idempotent or outcome.status_code in NOT_ACTED_ON_STATUSES",
                "operation.idempotent or outcome.status_code in RETRIED_STATUSES",
            ),
        ),
        checks=(CHECK_GENERATED, PYTEST),
        pytest_paths=("tests/client/test_sdk_units.py", "tests/client/test_sdk_behaviour.py"),
    ),
    Mutation(
        "client-runtime-skips-offset-items",
        "client",
        "the hand-written pager asks for each next offset page one item too far on",
        (
            Edit(
                "generated/hex_api_client/_runtime/pagination.py",
                "int(params.get(paging.parameter) or 0) + count",
                "int(params.get(paging.parameter) or 0) + count + 1",
            ),
        ),
        checks=(CHECK_GENERATED, PYTEST),
        pytest_paths=("tests/client/test_sdk_behaviour.py",),
    ),
    # --- the mock ---
    Mutation(
        "mock-omit-required-field",
        "mock",
        "groups rendered without their required `createdAt` (ListGroups, GetGroup, EditGroup)",
        (
            Edit(
                GROUPS_PY,
                '"name": group.name, "createdAt": isoformat(group.created_at)}',
                '"name": group.name}',
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-wrong-status-code",
        "mock",
        "CreateGroup answers 200 instead of the spec's 201",
        (
            Edit(
                GROUPS_PY,
                '    return Reply(201, {"id": group.id, "name": group.name, "members"',
                '    return Reply(200, {"id": group.id, "name": group.name, "members"',
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-envelope-standard-for-tsoa",
        "mock",
        "GetGroup's errors rendered as {code, message, issues}; the spec declares tsoa's {reason, ...}",
        (
            Edit(
                "hex_mock/spec.py",
                _STYLE_FOR,
                _STYLE_FOR.replace(
                    "if status == 401:", 'if status == 401 or self.operation_id == "GetGroup":'
                ),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-envelope-tsoa-for-standard",
        "mock",
        "GetProject's errors rendered as tsoa's {reason, ...}; the spec declares {code, message, issues}",
        (
            Edit(
                "hex_mock/spec.py",
                _STYLE_FOR,
                _STYLE_FOR.replace(
                    "        return self.error_styles",
                    _lines(
                        '        if self.operation_id == "GetProject":', "            return ErrorStyle.TSOA"
                    )
                    + "        return self.error_styles",
                ),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-delete-does-not-delete",
        "mock",
        "DeleteGroup answers 204 but leaves the group in the workspace",
        (Edit(GROUPS_PY, _lines("    ws.groups.remove(group.id)"), ""),),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-cursor-pagination-skips-item",
        "mock",
        "cursor pagination's `after` cursor points one item past the page's end, so that item is skipped",
        (
            Edit(
                "hex_mock/pagination.py",
                _lines("        after = self.cursor(shown[-1]) if len(found) > limit else None"),
                _lines("        after = self.cursor(found[limit]) if len(found) > limit else None"),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-offset-pagination-skips-item",
        "mock",
        "GetProjectRuns' nextPage link starts one run too far (offset + limit + 1)",
        (
            Edit(
                "hex_mock/resources/runs.py",
                '            "nextPage": link(offset + limit) if',
                '            "nextPage": link(offset + limit + 1) if',
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-sharing-ignores-none",
        "mock",
        "EditProjectSharingUsers ignores access NONE, so the user keeps their access "
        "(the group and collection edits, which share the code, are left correct)",
        (
            Edit(
                "hex_mock/resources/projects.py",
                _lines("    setattr(project, kind.grants_field, with_grants(grants, changes))"),
                _lines(
                    '    if kind.plural == "users":',
                    "        changes = {key: access for key, access in changes.items() if access != NONE}",
                    "    setattr(project, kind.grants_field, with_grants(grants, changes))",
                ),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-run-skips-running",
        "mock",
        "a clock-driven run goes from PENDING straight to its outcome, never RUNNING",
        (
            Edit(
                "hex_mock/run_lifecycle.py",
                _lines(
                    "    if run.status == PENDING and now >= starts_at:",
                    "        _enter(run, RUNNING, starts_at)",
                ),
                _lines(
                    "    if run.status == PENDING and now >= starts_at:",
                    "        _enter(run, run.outcome, starts_at)",
                ),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-store-misses-field-changes",
        "mock",
        "assigning a record's field no longer reaches its table: sorted views go stale and the state "
        "file never learns of the edit",
        (
            Edit(
                "hex_mock/store.py",
                _lines("        if table is not None:", "            table.changed(self, name)"),
                "",
            ),
        ),
        checks=TESTS_ONLY,
        pytest_paths=("tests/pipeline/test_store_views.py", "tests/reliability/test_persistence.py"),
    ),
    Mutation(
        "mock-state-file-misses-settings",
        "mock",
        "a commit writes the changed records but never the workspace's settings",
        (
            Edit(
                "hex_mock/persistence.py",
                _lines("        written = self._settings_written.get(key, {})"),
                _lines("        written = _settings(workspace, trace_ids)"),
            ),
        ),
        checks=TESTS_ONLY,
        pytest_paths=("tests/reliability/test_persistence.py",),
    ),
    Mutation(
        "mock-rate-limit-off-by-one",
        "mock",
        "the rate limiter admits one request more than each limit (21 RunProjects a minute)",
        (
            Edit(
                "hex_mock/rate_limit.py",
                _lines("            if len(log) >= max_requests:"),
                _lines("            if len(log) > max_requests:"),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-auth-accepts-revoked-token",
        "mock",
        "a revoked token authenticates like a live one",
        (Edit("hex_mock/auth.py", _lines("        or token.revoked"), ""),),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-401-json-by-default",
        "mock",
        "a refused token gets the JSON envelope unless asked for it, instead of Hex's plain text",
        (
            Edit(
                "hex_mock/app.py",
                _lines("        if error.status == 401 and not exchange.runtime.json_401:"),
                _lines("        if error.status == 401 and exchange.runtime.json_401:"),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-run-version-a-number",
        "mock",
        "run objects carry projectVersion as a number; Hex's newer document has a string",
        (
            Edit(
                "hex_mock/resources/runs.py",
                _lines('        "projectVersion": str(run.project_version),'),
                _lines('        "projectVersion": run.project_version,'),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-editor-can-create-group",
        "mock",
        "CreateGroup needs only a member role instead of Admin or Manager",
        (
            Edit(
                GROUPS_PY,
                _lines('    require_manager(call.caller, "creating a group")'),
                _lines('    require_member(call.caller, "creating a group")'),
            ),
        ),
        checks=TESTS_ONLY,
    ),
    Mutation(
        "mock-ignores-missing-body-field",
        "mock",
        "request body validation stops reporting missing required properties",
        (
            Edit(
                "hex_mock/validation.py",
                _lines("        errors = list(islice(spec.validator.iter_errors(body), MAX_SCHEMA_ERRORS))"),
                _lines(
                    "        errors = [e for e in islice(spec.validator.iter_errors(body), MAX_SCHEMA_ERRORS)"
                    ' if e.validator != "required"]'
                ),
            ),
        ),
        # validation.py also holds the validators spec-check judges examples with.
        checks=(SPEC_CHECK, PYTEST),
    ),
    Mutation(
        "mock-compiled-check-ignores-patterns",
        "mock",
        "the compiled schema check in front of jsonschema stops checking `pattern`",
        (
            Edit(
                "hex_mock/compiled_schema.py",
                _lines("                extra.append(self.callback(_pattern_check(str(value))))"),
                _lines("                pass"),
            ),
        ),
        checks=TESTS_ONLY,
        pytest_paths=("tests/pipeline",),
    ),
)


# --- Applying mutations -------------------------------------------------------------------------------


def mutated_texts(mutation: Mutation, read: Callable[[str], str]) -> dict[str, str]:
    """The new text of every file `mutation` touches (`read` gives a file's current text).

    Raises MutationTargetError if a target occurs other than `count` times, an edit changes nothing,
    or a mutated Python/YAML file no longer parses.
    """
    texts: dict[str, str] = {}
    for index, edit in enumerate(mutation.edits, start=1):
        where = f"mutation {mutation.name!r}, edit {index} ({edit.path})"
        if edit.old == edit.new:
            raise MutationTargetError(f"{where}: the edit changes nothing")
        if edit.path not in texts:
            try:
                texts[edit.path] = read(edit.path)
            except FileNotFoundError:
                raise MutationTargetError(f"{where}: the file does not exist") from None
        found = texts[edit.path].count(edit.old)
        if found != edit.count:
            first_line = next((line for line in edit.old.splitlines() if line.strip()), edit.old)
            raise MutationTargetError(
                f"{where}: target text found {found} time(s), expected {edit.count}. It starts with\n"
                f"    {first_line.strip()!r}\n"
                "The code changed: update this mutation in scripts/mutation_check.py."
            )
        texts[edit.path] = texts[edit.path].replace(edit.old, edit.new)
    for path, text in texts.items():
        _check_parses(mutation, path, text)
    return texts


def _check_parses(mutation: Mutation, path: str, text: str) -> None:
    try:
        if path.endswith(".py"):
            compile(text, path, "exec", dont_inherit=True)
        elif path.endswith((".yaml", ".yml")):
            yaml.load(text, Loader=_YAML_LOADER)
    except (SyntaxError, yaml.YAMLError) as error:
        raise MutationTargetError(
            f"mutation {mutation.name!r}: {path} no longer parses after the edit: {error}"
        ) from None


def apply_mutation(mutation: Mutation, tree: Path) -> list[str]:
    """Mutate the files under `tree` (all edits checked before any is written); the paths changed."""
    texts = mutated_texts(mutation, lambda path: (tree / path).read_text(encoding="utf-8"))
    for path, text in texts.items():
        (tree / path).write_text(text, encoding="utf-8")
    return sorted(texts)


def verify_mutations(tree: Path, mutations: Iterable[Mutation]) -> list[str]:
    """Every problem applying each mutation to `tree` would hit (nothing is written)."""
    problems: list[str] = []
    names: set[str] = set()
    for mutation in mutations:
        if mutation.name in names:
            problems.append(f"mutation {mutation.name!r} is defined twice")
        names.add(mutation.name)
        unknown = [check for check in mutation.checks if check not in DEFAULT_CHECKS]
        if unknown or not mutation.checks:
            problems.append(
                f"mutation {mutation.name!r}: checks must be a non-empty subset of {DEFAULT_CHECKS}"
            )
        for check, inputs in CHECK_INPUTS.items():
            skipped = [edit.path for edit in mutation.edits if edit.path.startswith(inputs)]
            if check not in mutation.checks and skipped:
                problems.append(f"mutation {mutation.name!r} edits {skipped[0]}, which {check} reads: run it")
        try:
            mutated_texts(mutation, lambda path: (tree / path).read_text(encoding="utf-8"))
        except MutationTargetError as error:
            problems.append(str(error))
    return problems


# --- Scratch copies -----------------------------------------------------------------------------------


def repository_files(root: Path) -> list[str]:
    """Tracked plus untracked non-ignored files, as the working tree has them (deleted ones left out)."""
    try:
        listing = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(
            f"mutation-check copies the files git knows of; `git ls-files` failed: {error}"
        ) from None
    names = {name for name in listing.split("\0") if name}
    return sorted(name for name in names if (root / name).is_file())


def copy_repository(root: Path, destination: Path) -> int:
    """Copy the working tree's files (see `repository_files`) into `destination`; how many were copied."""
    names = repository_files(root)
    for name in names:
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    return len(names)


# --- Running the checks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    check: str
    returncode: int | None  # None: timed out
    seconds: float
    output: str
    failures: tuple[str, ...] = ()  # failing test ids (pytest)
    message: str = ""  # the first line saying what failed

    @property
    def failed(self) -> bool:
        return self.returncode != 0

    @property
    def label(self) -> str:
        if self.returncode is None:
            return f"{self.check} (timed out after {self.seconds:.0f}s)"
        if self.check == PYTEST:
            if not self.failures:
                return f"{PYTEST} (exit {self.returncode})"
            shown = ", ".join(self.failures[:SHOWN_FAILURES])
            more = (
                f" (+{len(self.failures) - SHOWN_FAILURES} more)"
                if len(self.failures) > SHOWN_FAILURES
                else ""
            )
            return f"{PYTEST}: {shown}{more}"
        return self.check


@dataclass
class MutationResult:
    mutation: Mutation
    checks: list[CheckResult] = field(default_factory=list)
    error: str = ""  # the mutation could not be applied

    @property
    def caught(self) -> bool:
        return any(check.failed for check in self.checks)

    @property
    def seconds(self) -> float:
        return sum(check.seconds for check in self.checks)

    @property
    def caught_by(self) -> str:
        if self.error:
            return f"(not run: {self.error.splitlines()[0]})"
        labels = [check.label for check in self.checks if check.failed]
        return "; ".join(labels) if labels else "-"


@dataclass(frozen=True)
class Options:
    python: str = sys.executable
    maxfail: int = 1
    timeout: float = DEFAULT_TIMEOUT
    cache_dir: Path | None = None


def suite_phases(tree: Path) -> list[list[str]]:
    """The test suite's top-level entries in two phases: the focused tests, then the long-running ones.

    Together they are exactly `pytest tests`. With `-x` the second phase runs only when the first
    passed, so a mutation a focused test catches does not wait for the schemathesis suites, nor
    even for their collection (pytest collects everything it is given before running a test).
    """
    entries = sorted(
        f"tests/{path.name}"
        for path in (tree / "tests").iterdir()
        if (path.is_dir() and not path.name.startswith((".", "_")))
        or (path.is_file() and path.name.startswith("test_") and path.suffix == ".py")
    )
    late = [entry for entry in SUITE_LAST if entry in entries]
    early = [entry for entry in entries if entry not in late]
    return [phase for phase in (early, late) if phase]


def check_commands(
    check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()
) -> list[list[str]]:
    """The command(s) a check runs, in order; the check fails at the first one that fails."""
    if check == SPEC_CHECK:
        return [[options.python, "scripts/spec_check.py", SPEC]]
    if check == CHECK_GENERATED:
        return [[options.python, "scripts/generate_client.py", "--check"]]
    if check == PYTEST:
        pytest = [
            options.python,
            "-m",
            "pytest",
            f"--maxfail={options.maxfail}",
            "-q",
            "-p",
            "no:randomly",
            "-m",
            "not slow",
            "-rfE",
            "--tb=short",
            "--color=no",
            # This script's own tests check that every mutation applies to the tree they run in, so
            # inside a mutated copy they would always fail: machinery, not a catch.
            f"--ignore={SELF_TEST}",
        ]
        phases = [list(pytest_paths)] if pytest_paths else suite_phases(tree)
        return [pytest + phase for phase in phases]
    raise ValueError(f"unknown check {check!r}")


def check_environment(tree: Path, options: Options) -> dict[str, str]:
    """The environment that makes this interpreter import the copy's code, not the original checkout's."""
    env = dict(os.environ)
    paths = [str(tree), str(tree / "generated")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    if options.cache_dir is not None:
        # Mutated specs are cached apart from the user's cache (and shared between the copies).
        env["HEX_MOCK_CACHE_DIR"] = str(options.cache_dir)
    env.pop("PYTEST_ADDOPTS", None)
    return env


def run_check(check: str, tree: Path, options: Options, pytest_paths: Sequence[str] = ()) -> CheckResult:
    started = time.monotonic()
    returncode: int | None = 0
    outputs: list[str] = []
    for command in check_commands(check, tree, options, pytest_paths):
        try:
            completed = subprocess.run(
                command,
                cwd=tree,
                env=check_environment(tree, options),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=options.timeout,
                check=False,
            )
            returncode = completed.returncode
            outputs.append(completed.stdout)
        except subprocess.TimeoutExpired as timeout:
            returncode = None
            partial = timeout.stdout
            outputs.append(
                partial.decode("utf-8", "replace") if isinstance(partial, bytes) else (partial or "")
            )
        if check == PYTEST and returncode == PYTEST_NO_TESTS:
            returncode = 0  # a phase whose tests all carry the `slow` marker
        if returncode != 0:
            break
    output = "\n".join(outputs)
    return CheckResult(
        check=check,
        returncode=returncode,
        seconds=time.monotonic() - started,
        output=output,
        failures=pytest_failures(output) if check == PYTEST else (),
        message=failure_message(check, output, returncode),
    )


def pytest_failures(output: str) -> tuple[str, ...]:
    """Test ids from pytest's short summary (`-rfE`): `FAILED id - message` and `ERROR id - message`."""
    ids: list[str] = []
    for line in output.splitlines():
        for prefix in ("FAILED ", "ERROR "):
            if line.startswith(prefix):
                test_id = line[len(prefix) :].partition(" - ")[0].strip()
                if test_id and test_id not in ids:
                    ids.append(test_id)
    return tuple(ids)


def failure_message(check: str, output: str, returncode: int | None) -> str:
    """One line saying why a check failed ("" when it passed)."""
    if returncode == 0:
        return ""
    if returncode is None:
        return "timed out"
    lines = [line.rstrip() for line in output.splitlines() if line.strip()]
    if check == PYTEST:
        return _pytest_error(lines) or next(
            (line for line in lines if line.startswith(("FAILED ", "ERROR "))), lines[-1] if lines else ""
        )
    if check == CHECK_GENERATED:
        # The drift report: a header, then one indented line per problem.
        problems = [line.strip() for line in lines if line.startswith("  ") and not line.startswith("   ")]
        if problems:
            return problems[0]
    return lines[0] if lines else f"exit {returncode}"


# pytest's assertion-diff chatter: the lines around it say more.
_ASSERTION_NOISE = ("Omitting ", "Use -v", "Full diff", "Differing items:")


def _pytest_error(lines: Sequence[str]) -> str:
    """The first failure's final exception: the last block of `E   ` lines in its traceback.

    With chained exceptions that is the outermost one (e.g. the mock's ResponseContractError, not
    the HexError it was raised while rendering); two lines of it at most.
    """
    blocks: list[list[str]] = []
    previous_was_error = False
    in_first_failure = False
    for line in lines:
        if line.startswith("_") and line.endswith("_") and line.strip("_ "):
            if in_first_failure:
                break  # the next failure's section
            in_first_failure = True
            continue
        if "short test summary info" in line:
            break
        is_error = line == "E" or line.startswith("E ")
        if is_error:
            if not previous_was_error:
                blocks.append([])
            text = line[1:].strip()
            if text and not text.startswith(_ASSERTION_NOISE):
                blocks[-1].append(text)
        previous_was_error = is_error
    shown = [block for block in blocks if block]
    return " / ".join(shown[-1][:2]) if shown else ""


def import_locations(tree: Path, options: Options) -> dict[str, str]:
    """Where the copy's interpreter environment imports the project's packages from."""
    probe = (
        "import json, hex_mock, hex_api_client, scripts, tests;"
        "print(json.dumps({m.__name__: m.__file__ for m in (hex_mock, hex_api_client, scripts, tests)}))"
    )
    completed = subprocess.run(
        [options.python, "-c", probe],
        cwd=tree,
        # No __pycache__ left behind: `tree` may be the snapshot every mutated copy is made from.
        env={**check_environment(tree, options), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    locations: dict[str, str] = json.loads(completed.stdout)
    return locations


def run_mutation(
    mutation: Mutation, snapshot: Path, workdir: Path, options: Options, *, keep: bool = False
) -> MutationResult:
    """Copy `snapshot`, apply `mutation` to the copy and run its checks there."""
    tree = workdir / mutation.name
    shutil.copytree(snapshot, tree)
    result = MutationResult(mutation)
    try:
        try:
            apply_mutation(mutation, tree)
        except MutationTargetError as error:
            result.error = str(error)
            return result
        for check in mutation.checks:
            result.checks.append(run_check(check, tree, options, mutation.pytest_paths))
        logs = workdir / "logs"
        logs.mkdir(exist_ok=True)
        for check_result in result.checks:
            (logs / f"{mutation.name}.{check_result.check}.log").write_text(check_result.output)
    finally:
        if not keep:
            shutil.rmtree(tree, ignore_errors=True)
    return result


# --- Reporting ----------------------------------------------------------------------------------------


def render_table(results: Sequence[MutationResult]) -> str:
    """A Markdown table: mutation, area, caught, caught by, checks run, seconds."""
    header = ("#", "mutation", "area", "caught", "caught by", "checks run", "s")
    rows = [
        (
            str(number),
            result.mutation.name,
            result.mutation.area,
            "error" if result.error else ("yes" if result.caught else "NO"),
            result.caught_by,
            result.mutation.checks_label,
            f"{result.seconds:.0f}",
        )
        for number, result in enumerate(results, start=1)
    ]
    widths = [max(len(row[column]) for row in (header, *rows)) for column in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return (
            "| "
            + " | ".join(
                cell.replace("|", "\\|").ljust(width) for cell, width in zip(cells, widths, strict=True)
            )
            + " |"
        )

    separator = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(header), separator, *(line(row) for row in rows)])


def render_details(results: Sequence[MutationResult]) -> str:
    """Per mutation: what it does and why each check failed (evidence it failed for the right reason)."""
    lines: list[str] = []
    for number, result in enumerate(results, start=1):
        lines.append(f"{number}. {result.mutation.name}: {result.mutation.description}")
        if result.error:
            lines.append(f"     ERROR {result.error}")
        for check in result.checks:
            if check.failed:
                lines.append(f"     {check.check}: {_shorten(check.message, 200)}")
        if not result.error and not result.caught:
            lines.append(f"     SURVIVED: every check passed ({result.mutation.checks_label})")
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


# --- Main ---------------------------------------------------------------------------------------------


def select(names: Sequence[str]) -> list[Mutation]:
    if not names:
        return list(MUTATIONS)
    by_name = {mutation.name: mutation for mutation in MUTATIONS}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise SystemExit(f"unknown mutation(s): {', '.join(unknown)} (see --list)")
    return [by_name[name] for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--verify", action="store_true", help="only check that every mutation applies")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run this mutation (repeatable)"
    )
    parser.add_argument(
        "--jobs", type=int, default=DEFAULT_JOBS, help=f"mutations checked at once (default {DEFAULT_JOBS})"
    )
    parser.add_argument(
        "--maxfail", type=int, default=1, help="pytest stops after this many failures (default 1: -x)"
    )
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed per check")
    parser.add_argument("--no-baseline", action="store_true", help="skip checking the unmutated copy")
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch copies and logs, and print where"
    )
    args = parser.parse_args(argv)
    mutations = select(args.only)

    if args.list:
        for mutation in mutations:
            print(f"{mutation.name} [{mutation.area}; {mutation.checks_label}]\n    {mutation.description}")
        return 0

    problems = verify_mutations(ROOT, mutations)
    if problems:
        print("mutation-check: some mutations no longer apply to the repository:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    if args.verify:
        print(f"all {len(mutations)} mutations apply cleanly")
        return 0

    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="hex-mutation-check-"))
    try:
        return _run(args, mutations, scratch, started)
    finally:
        if args.keep:
            print(f"\nscratch copies and logs kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def _run(args: argparse.Namespace, mutations: list[Mutation], scratch: Path, started: float) -> int:
    snapshot = scratch / "snapshot"
    copied = copy_repository(ROOT, snapshot)
    options = Options(maxfail=args.maxfail, timeout=args.timeout, cache_dir=scratch / "spec-cache")
    jobs = max(1, args.jobs)
    print(
        f"mutation-check: {len(mutations)} mutations, {copied} files copied to {snapshot}, {jobs} at a time",
        flush=True,
    )
    stray = {
        name: path
        for name, path in import_locations(snapshot, options).items()
        if not Path(path).resolve().is_relative_to(snapshot.resolve())
    }
    if stray:
        print(f"mutation-check: the copy imports code from outside it: {stray}", file=sys.stderr)
        return 2

    lock = threading.Lock()
    baseline_failed = threading.Event()
    baseline_failure: list[CheckResult] = []
    done = 0

    def say(line: str) -> None:
        with lock:
            print(line, flush=True)

    def baseline() -> None:
        # The unmutated copy must pass every check, or a failure under a mutation would prove nothing.
        # It runs as the pool's first task, beside the first mutations rather than before all of them.
        tree = scratch / "baseline"
        shutil.copytree(snapshot, tree)
        for check in DEFAULT_CHECKS:
            outcome = run_check(check, tree, options)
            say(f"  baseline {check}: {'FAILED' if outcome.failed else 'ok'} ({outcome.seconds:.0f}s)")
            if outcome.failed:
                baseline_failure.append(outcome)
                baseline_failed.set()
                return
        shutil.rmtree(tree, ignore_errors=True)

    workdir = scratch / "mutants"
    workdir.mkdir()

    def one(mutation: Mutation) -> MutationResult | None:
        nonlocal done
        if baseline_failed.is_set():
            return None
        result = run_mutation(mutation, snapshot, workdir, options, keep=args.keep)
        verdict = "ERROR" if result.error else ("caught" if result.caught else "SURVIVED")
        with lock:
            done += 1
            print(
                f"  [{done}/{len(mutations)}] {mutation.name}: {verdict} ({result.seconds:.0f}s)", flush=True
            )
        return result

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        checking_baseline = None if args.no_baseline else pool.submit(baseline)
        outcomes = list(pool.map(one, mutations))
        if checking_baseline is not None:
            checking_baseline.result()  # re-raises anything that broke the baseline run itself

    if baseline_failure:
        failed = baseline_failure[0]
        print(
            f"mutation-check: the unmutated copy fails {failed.check}; fix that first "
            f"(a failure under a mutation would prove nothing):\n{_tail(failed.output)}",
            file=sys.stderr,
        )
        return 2
    results = [result for result in outcomes if result is not None]
    elapsed = time.monotonic() - started
    print()
    print(render_table(results))
    print()
    print(render_details(results))
    survivors = [result.mutation.name for result in results if not result.error and not result.caught]
    errors = [result.mutation.name for result in results if result.error]
    caught = len(results) - len(survivors) - len(errors)
    print(f"\n{caught}/{len(results)} mutations caught in {elapsed / 60:.1f} min")
    if errors:
        print(f"could not apply: {', '.join(errors)}", file=sys.stderr)
        return 2
    if survivors:
        print(f"SURVIVED: {', '.join(survivors)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
