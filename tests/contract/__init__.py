"""Contract tests: schemathesis holds the mock (and any server speaking the API) to the spec.

- test_operations.py: every operation, fuzzed in-process with every built-in check on.
- test_stateful.py: state machines over the spec's links, one per resource chain.
- live_suite.py: the read-only part against a server over HTTP (`make contract-live`).
- test_live.py, test_harness.py, test_regressions.py: the suite's own guarantees, and bugs it found.

Support: profiles.py (CI vs deep budgets, seeds), config.py (the checks, and every narrow
relaxation with its reason), world.py + repair.py (aiming generated data at real records),
inprocess.py and live.py (the two ways to reach a server), conftest.py (how to replay a failure).
"""
