"""Every operation in the spec, fuzzed in-process against a fresh mock with every built-in check on.

Two passes over the same operations:

- `test_operation_keeps_the_contract`: the mock with its own reply checks off, so schemathesis's
  checks are the judges (status codes, content types, headers and bodies against the spec; valid
  data accepted, invalid data rejected; auth enforced; methods outside the spec refused).
- `test_operation_passes_the_mocks_own_contract_check`: fewer cases against a mock built with
  `validate_responses=True`, whose own check raises inside the app on any reply outside the spec,
  so that check (what the pytest plugin's `hex_mock` fixture runs with) is exercised too.

Each example starts from a freshly reset workspace, so examples cannot interfere and a failure
replays from its curl command alone.
"""

from __future__ import annotations

from tests.contract.inprocess import fresh_mock, load_schema
from tests.contract.profiles import active_profile
from tests.contract.repair import AnyCase

PROFILE = active_profile()

MOCK = fresh_mock(validate_responses=False)
STRICT_MOCK = fresh_mock(validate_responses=True)

schema = load_schema(MOCK, max_examples=PROFILE.max_examples).schema
strict_schema = load_schema(STRICT_MOCK, max_examples=PROFILE.strict_max_examples).schema


@schema.parametrize()
def test_operation_keeps_the_contract(case: AnyCase) -> None:
    MOCK.reset()
    case.call_and_validate()


@strict_schema.parametrize()
def test_operation_passes_the_mocks_own_contract_check(case: AnyCase) -> None:
    STRICT_MOCK.reset()
    case.call_and_validate()
