"""The mock starts without importing pydantic, yet openapi_schema_validator stays whole for others.

hex_mock/_oas_validators.py imports the validator classes under a stand-in for the package (see
there); these run in a fresh interpreter, because this test session may have imported the package
already (schemathesis does).
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("module", ["hex_mock.app", "hex_mock.mock", "hex_mock.cli"])
def test_the_server_does_not_import_pydantic(module: str) -> None:
    # pydantic-settings came with openapi-schema-validator's `validate` shortcut: ~40% of start-up.
    code = (
        f"import sys, {module}, hex_mock.validation; print(sorted(m for m in sys.modules if 'pydantic' in m))"
    )
    assert run(code) == "[]"


def test_the_package_completes_itself_when_asked() -> None:
    code = """
import hex_mock.validation as ours
import openapi_schema_validator as package
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, validate, _keywords
assert OAS30ReadValidator is ours.OAS30ReadValidator
assert package.OAS30WriteValidator is ours.OAS30WriteValidator is OAS30WriteValidator
assert package._format.oas30_format_checker is ours.oas30_format_checker
assert package.__version__
validate({"a": 1}, {"type": "object"})
print("ok")
"""
    assert run(code) == "ok"


def test_already_imported_package_is_used_as_is() -> None:
    code = """
import openapi_schema_validator as package
import hex_mock.validation as ours
assert ours.OAS30ReadValidator is package.OAS30ReadValidator
print("ok")
"""
    assert run(code) == "ok"
