"""The import rules of ARCHITECTURE.md are import-linter contracts (pyproject.toml), run by `make lint`.

These tests prove the contracts still check something: each one must break when a copy of the
package is given an import it forbids, and hold on an unchanged copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hex_mock

PACKAGE = Path(hex_mock.__file__).parent
ROOT = PACKAGE.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# contract id -> (module file to append a line to, the line, what the report must say)
VIOLATIONS = {
    "mock-layers": (
        "pagination.py",
        "from hex_mock.app import Runtime",
        "hex_mock.pagination -> hex_mock.app",
    ),
    "mock-spec-knows-no-domain": (
        "validation.py",
        "from hex_mock.store import Workspace",
        "hex_mock.validation -> hex_mock.store",
    ),
    "mock-domain-knows-no-http": (
        "permissions.py",
        "from http import HTTPStatus",
        "hex_mock.permissions -> http",
    ),
    "mock-resources-imports": (
        "resources/users.py",
        "from hex_mock.spec import load_spec",
        "hex_mock.resources.users -> hex_mock.spec",
    ),
    "mock-no-generated-client": (
        "serving.py",
        "import hex_api_client",
        "hex_mock.serving -> hex_api_client",
    ),
    "mock-no-cycles": (
        "clock.py",
        "import hex_mock.store",
        "No cycles are allowed in hex_mock.",
    ),
}


def lint_imports(root: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """lint-imports over the package copy under `root`, with the project's contracts."""
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    # The copy shadows the checkout; the checkout still provides any other root package a contract names.
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT)])}
    arguments = [f"--contract={contract}" for contract in contracts]
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *arguments],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGE, tmp_path / "hex_mock", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_every_contract_holds_on_an_unchanged_copy(package_copy: Path) -> None:
    result = lint_imports(package_copy, *VIOLATIONS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(VIOLATIONS)} kept, 0 broken." in result.stdout


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_a_forbidden_import_breaks_its_contract(package_copy: Path, contract: str) -> None:
    module, line, reported = VIOLATIONS[contract]
    with (package_copy / "hex_mock" / module).open("a") as source:
        source.write(f"\n{line}\n")
    result = lint_imports(package_copy, contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Contracts: 0 kept, 1 broken." in result.stdout
    assert reported in " ".join(result.stdout.split()), result.stdout
