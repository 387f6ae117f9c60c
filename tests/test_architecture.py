"""The import rules of ARCHITECTURE.md."""

from __future__ import annotations

import ast
from pathlib import Path

import hex_mock

PACKAGE = Path(hex_mock.__file__).parent
RESOURCE_MAY_IMPORT = {
    "hex_mock",
    "hex_mock.store",
    "hex_mock.errors",
    "hex_mock.handlers",
    "hex_mock.pagination",
    "hex_mock.clock",
    "hex_mock.permissions",
    "hex_mock.run_lifecycle",
    "hex_mock.thread_lifecycle",
    "hex_mock.png",
    "hex_mock.resources",
    "hex_mock.resources.render",
}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_pytest_plugin_imports_the_generated_client() -> None:
    offenders = [
        path.name
        for path in PACKAGE.rglob("*.py")
        if path.name != "pytest_plugin.py"
        and any(name.startswith("hex_api_client") for name in imports(path))
    ]
    assert offenders == []


def test_resource_modules_import_only_the_domain_and_kernel_types() -> None:
    for path in (PACKAGE / "resources").glob("*.py"):
        own = {name for name in imports(path) if name.startswith("hex_mock")}
        assert own <= RESOURCE_MAY_IMPORT, f"{path.name} imports {sorted(own - RESOURCE_MAY_IMPORT)}"
