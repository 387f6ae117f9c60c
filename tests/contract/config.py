"""The schemathesis configuration the contract suite runs with: every built-in check on, and the
exceptions of schemathesis.toml, each narrowed to operations and one check, with its reason there.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

from tests.contract.profiles import Profile

# Every built-in check schemathesis 4 has. `max_response_time` is the one left off: the mock runs
# in-process on a shared CI machine, so wall-clock limits would only measure the machine.
# `object_level_authorization` is on but has nothing to compare: it needs several configured
# identities, and the suite runs as one (the demo admin); role-based access is tested in
# tests/resources/ and tests/pipeline/test_auth.py.
ALL_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
)


# The per-operation exceptions, each with its reason: the same ones the schemathesis CLI reads from
# the committed schemathesis.toml (its `[[operations]]` tables), so the two runs cannot drift apart.
CLI_CONFIG = Path(__file__).resolve().parents[2] / "schemathesis.toml"
_CLI = tomllib.loads(CLI_CONFIG.read_text())
RELAXATIONS: list[dict[str, Any]] = _CLI["operations"]
# The settings of single checks there (413 counted as a refusal of invalid data).
CHECK_SETTINGS: dict[str, dict[str, Any]] = {
    name: setting for name, setting in _CLI["checks"].items() if isinstance(setting, dict)
}


def relaxed_checks() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operation id, check, its setting) for every exception RELAXATIONS make."""
    for entry in RELAXATIONS:
        ids = entry["include-operation-id"]
        for operation_id in [ids] if isinstance(ids, str) else ids:
            for check, setting in entry["checks"].items():
                yield operation_id, check, setting


def build_config(
    *,
    base_url: str,
    token: str,
    profile: Profile,
    seed: int,
    max_examples: int,
    sanitize: bool,
    unexpected_methods: list[str] | None = None,
) -> SchemathesisConfig:
    """`token` goes in through schemathesis's auth config rather than as a fixed header, so cases
    that deliberately leave the credential out (or break it) are sent without it.
    `sanitize`: hide the Authorization header in failure output (on for real servers; the demo
    token is public, and a curl command with it can be pasted as is against `make serve`)."""
    coverage: dict[str, Any] = {"enabled": profile.coverage}
    if unexpected_methods is not None:
        coverage["unexpected-methods"] = unexpected_methods
    data: dict[str, Any] = {
        "seed": seed,
        # Generating cases for the larger bodies can pass Hypothesis's "too slow" bar on a busy 2-core
        # CI machine; that measures the machine, not the API. Every other health check stays on.
        "suppress-health-check": ["too_slow"],
        "base-url": base_url,
        "auth": {"openapi": {"bearerAuth": {"bearer": token}}},
        "output": {"sanitization": {"enabled": sanitize}},
        "generation": {
            "mode": "all",
            "max-examples": max_examples,
            # Replay from the seed alone: no example database carrying failures between runs.
            "database": "none",
        },
        "checks": {name: {"enabled": True, **CHECK_SETTINGS.get(name, {})} for name in ALL_CHECKS},
        "phases": {
            "examples": {"enabled": True},
            "coverage": coverage,
            "fuzzing": {"enabled": True},
            # Only the spec's own `links`: inferred ones would test schemathesis's guesses, not the spec.
            "stateful": {
                "enabled": True,
                "max-steps": profile.stateful_steps,
                "inference": {"algorithms": []},
                "generation": {"mode": profile.stateful_mode},
            },
        },
        "operations": RELAXATIONS,
    }
    return SchemathesisConfig.from_dict(data)
