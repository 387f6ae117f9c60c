"""The read-only contract suite against a live server: `make contract-live HEX_API_URL=... HEX_API_TOKEN=...`.

Not collected by a plain `pytest` run (the file name does not start with `test_`): `make contract-live`
names it, and tests/contract/test_live.py runs it against the mock served over HTTP.

HEX_API_URL is the origin the API is served from (https://app.hex.tech, a single-tenant origin, or
http://127.0.0.1:8000 for `make serve`); the spec's `/api` prefix is added unless already there.
Only GET operations run, and nothing but a GET is ever sent, unless HEX_CONTRACT_ALLOW_WRITES=1.
Requests are paced to HEX_CONTRACT_RATE per minute (default 50, under Hex's 60/minute limit).
"""

from __future__ import annotations

import pytest

from tests.contract.live import TOKEN_ENV, URL_ENV, guard, load_live_schema, target_from_env
from tests.contract.repair import AnyCase

TARGET = target_from_env()
if TARGET is None:
    pytest.skip(f"set {URL_ENV} and {TOKEN_ENV} to run the live contract suite", allow_module_level=True)

schema = load_live_schema(TARGET)


@schema.parametrize()
def test_live_operation_keeps_the_contract(case: AnyCase) -> None:
    assert TARGET is not None
    guard(case, allow_writes=TARGET.allow_writes)
    case.call_and_validate(session=TARGET.session)
