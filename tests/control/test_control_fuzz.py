"""schemathesis against the control plane's own document (/__mock__/openapi.json), in-process,
bounded and with a fixed seed: every answer is declared, matches its schema, and nothing is a 500."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from hex_mock.mock import HexMock
from tests.contract.config import ALL_CHECKS

# Positive cases that the mock still refuses (an operationId Hex's spec lacks, a project id that
# names no project, a fixtures document the fixtures schema refuses) are 400/404 by design, so
# positive_data_acceptance is off; the rest need resources, identities or auth the control plane
# does not have. Negative data must be refused.
OFF = frozenset(
    {
        "positive_data_acceptance",
        "missing_required_header",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
        "object_level_authorization",
    }
)

config = SchemathesisConfig.from_dict(
    {
        "seed": 20261203,
        "generation": {"mode": "all", "max-examples": 12, "database": "none"},
        "checks": {name: {"enabled": name not in OFF} for name in ALL_CHECKS},
        "phases": {"stateful": {"enabled": False}},
    }
)
schema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", HexMock().app, config=config)


@schema.parametrize()
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_the_control_plane_keeps_its_contract(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()
