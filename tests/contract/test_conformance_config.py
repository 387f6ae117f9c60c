"""The committed schemathesis.toml stays narrow: its exceptions are per operation and per check, each
with its reason, only for refusals the spec marks as state-dependent; globally only 413 counted as a
refusal of invalid data; no hooks."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml
from schemathesis.config import SchemathesisConfig

from hex_mock.spec import default_spec_path
from tests.contract.config import ALL_CHECKS, CLI_CONFIG, relaxed_checks

# What positive_data_acceptance accepts from valid data unless told otherwise.
DEFAULT_ACCEPTED = {"2xx", "3xx", "401", "403", "404", "409", "429", "5xx"}
# The x-hex-constraints kinds that make a refusal of schema-valid data depend on the server's state.
STATE_KINDS = {"state", "server-issued"}


def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(default_spec_path().read_text())
    return loaded


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def constraint_kinds(node: Any, document: dict[str, Any], seen: frozenset[str] = frozenset()) -> set[str]:
    """The kinds of every `x-hex-constraints` entry in `node`, following `$ref`s (parameters, bodies)."""
    kinds: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            target: Any = document
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            kinds |= constraint_kinds(target, document, seen | {ref})
        for key, value in node.items():
            if key == "x-hex-constraints":
                kinds |= {entry["kind"] for entry in value}
            elif key not in ("example", "examples"):
                kinds |= constraint_kinds(value, document, seen)
    elif isinstance(node, list):
        for value in node:
            kinds |= constraint_kinds(value, document, seen)
    return kinds


def test_nothing_is_relaxed_globally() -> None:
    config = tomllib.loads(CLI_CONFIG.read_text())
    assert set(config) <= {"generation", "checks", "auth", "operations"}
    # The one global setting: 413 also counts as refusing invalid data, beside every status
    # schemathesis counts by default; a 2xx for invalid data still fails.
    refusals = config["checks"]["negative_data_rejection"]["expected-statuses"]
    assert config["checks"] == {"enabled": True, "negative_data_rejection": {"expected-statuses": refusals}}
    defaults = SchemathesisConfig.from_dict({}).projects.default.checks.negative_data_rejection
    assert set(refusals) == {*defaults.expected_statuses, "413"}
    assert config["generation"] == {"database": "none"}
    assert "hooks" not in CLI_CONFIG.read_text()
    for entry in config["operations"]:
        assert set(entry) == {"include-operation-id", "checks"}, entry


def test_every_exception_names_a_real_operation_and_check() -> None:
    known = set(operations(spec()))
    for operation_id, check, _setting in relaxed_checks():
        assert operation_id in known
        assert check in ALL_CHECKS


def test_every_exception_says_why() -> None:
    # Each `[[operations]]` table follows its reason: a comment of at least a sentence.
    text = CLI_CONFIG.read_text()
    for match in re.finditer(r"((?:#[^\n]*\n)*)\[\[operations\]\]", text):
        assert len(match.group(1)) > 60, text[match.start() : match.start() + 200]


def test_valid_data_may_be_refused_only_where_the_spec_says_the_state_decides() -> None:
    document = spec()
    by_id = operations(document)
    for operation_id, check, setting in relaxed_checks():
        if check != "positive_data_acceptance":
            continue
        widened = set(setting["expected-statuses"]) - DEFAULT_ACCEPTED
        assert widened, (operation_id, "an exception that widens nothing")
        assert all(re.fullmatch(r"4\d\d", status) for status in widened), (operation_id, widened)
        assert constraint_kinds(by_id[operation_id], document) & STATE_KINDS, operation_id
