"""openapi-schema-validator's OAS 3.0 validator classes and format checker, without pydantic.

The package's `__init__` also imports its `validate()` shortcut, whose settings module imports
pydantic-settings: about 0.25 s of CPU, some 40% of the mock's whole start-up, for a function the
mock never calls. The two submodules that define what the mock uses (`validators`, `_format`) need
none of it. So when the package is not loaded yet, they are imported under a stand-in for it (the
package's module object, its `__init__` not yet run), and the stand-in completes itself the first
time anyone asks it for something only `__init__` defines (PEP 562 module `__getattr__`): a later
`from openapi_schema_validator import validate` (openapi-spec-validator's, when the spec cache
misses; schemathesis') gets the real package, with the same classes.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

PACKAGE = "openapi_schema_validator"


def _submodules() -> tuple[ModuleType, ModuleType]:
    if PACKAGE in sys.modules:
        return importlib.import_module(f"{PACKAGE}.validators"), importlib.import_module(f"{PACKAGE}._format")
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.loader is None:
        raise ImportError(f"No module named {PACKAGE!r}", name=PACKAGE)
    loader = spec.loader
    stand_in = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = stand_in
    try:
        loaded = (
            importlib.import_module(f"{PACKAGE}.validators"),
            importlib.import_module(f"{PACKAGE}._format"),
        )
    except BaseException:
        del sys.modules[PACKAGE]
        raise

    def complete(name: str) -> Any:
        # Only now, not while the submodules load: their imports probe the package with hasattr().
        stand_in.__dict__.pop("__getattr__", None)
        loader.exec_module(stand_in)  # the real __init__, in the stand-in's namespace
        return getattr(stand_in, name)

    stand_in.__dict__["__getattr__"] = complete
    return loaded


_validators, _format = _submodules()

OAS30ReadValidator: Any = _validators.OAS30ReadValidator
OAS30WriteValidator: Any = _validators.OAS30WriteValidator
oas30_format_checker: Any = _format.oas30_format_checker
