"""Generate the Python client from the spec, or check that the committed client is current.

    python scripts/generate_client.py           # rewrite generated/hex_api_client
    python scripts/generate_client.py --check   # fail, naming files and first differing lines, on drift

Any warning of openapi-python-client (pinned in pyproject.toml) is an error; --check also runs
mypy --strict on the committed client. The package's hand-written `_runtime/` is never touched.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.strings import PythonIdentifier, pascal_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
CONFIG = ROOT / "spec" / "generator-config.yaml"
TEMPLATES = ROOT / "spec" / "templates"
PACKAGE = "hex_api_client"
COMMITTED = ROOT / "generated" / PACKAGE
# Hand-written parts of the package, relative to it: kept by `make generate`, ignored by --check.
HAND_WRITTEN = ("_runtime", "py.typed")
IDEMPOTENT_METHODS = frozenset({"get", "head", "put", "delete", "options"})
# No cache: --check leaves nothing behind in generated/.
MYPY_STRICT = (sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull)


class ClientGenerationError(Exception):
    """The generator reported a warning or an error, or the spec's extensions are inconsistent."""


@dataclass(frozen=True)
class ResourceMethod:
    """One operation as a method of its tag's resource class."""

    endpoint: Endpoint
    operation_id: str
    name: str  # the method's name: `x-hex-client-method`, else the operationId in snake_case
    module: str  # the endpoint module under api/<tag>/
    returns: str  # the success model's type, or "None" for an empty success
    parse: str  # the function that turns a successful httpx.Response into `returns`
    item_type: str | None  # for a paginated list: the type of one item
    items_attribute: str | None  # ... and the page model's attribute that holds the items
    imports: set[str]  # what the method's types need
    run_poll: dict[str, Any] | None  # `x-hex-run-poll`: this operation reads a run's status
    run_start: dict[str, Any] | None  # `x-hex-run-start`: this operation starts a run; see `poll_arguments`
    poll_arguments: dict[str, str]  # python parameter of the poll operation -> attribute of the started run


def _success(endpoint: Endpoint, operation: str) -> Response:
    successes = [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range is not None and 200 <= response.status_code.range[0] < 300
    ]
    if len(successes) != 1:
        raise ClientGenerationError(f"{operation}: expected exactly one 2xx response")
    return successes[0]


def _page_items(success: Response, operation: dict[str, Any]) -> tuple[str | None, str | None, set[str]]:
    """(item type, python attribute, its imports) of the page's list field that `x-hex-paginated` names."""
    if "x-hex-paginated" not in operation:
        return None, None, set()
    items = operation["x-hex-paginated"]["items"]
    page = success.prop
    if not isinstance(page, ModelProperty):
        raise ClientGenerationError(f"{operation['operationId']}: x-hex-paginated needs an object response")
    for field in (page.required_properties or []) + (page.optional_properties or []):
        inner = getattr(field, "inner_property", None)
        if field.name == items and inner is not None:
            type_string = inner.get_type_string(no_optional=True).as_unembedded_code()
            imports = inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="...")
            return type_string, field.python_name, imports
    raise ClientGenerationError(f"{operation['operationId']}: x-hex-paginated names no list field {items!r}")


def _poll_arguments(operation: dict[str, Any], poll: str) -> dict[str, str]:
    """The poll operation's parameters, from the 2xx response's `links` entry for it."""
    success = next(response for status, response in operation["responses"].items() if status.startswith("2"))
    link = success.get("links", {}).get(poll)
    if link is None:
        raise ClientGenerationError(f"{operation['operationId']}: x-hex-run-start needs a 2xx link to {poll}")
    return {
        PythonIdentifier(parameter, ""): PythonIdentifier(expression.removeprefix("$response.body#/"), "")
        for parameter, expression in link["parameters"].items()
    }


def resource_method(endpoint: Endpoint, operation: dict[str, Any]) -> ResourceMethod:
    module = str(endpoint.name)
    success = _success(endpoint, operation["operationId"])
    returns = success.prop.get_type_string().as_unembedded_code()
    item_type, items_attribute, item_imports = _page_items(success, operation)
    run_start = operation.get("x-hex-run-start")
    return ResourceMethod(
        endpoint=endpoint,
        operation_id=operation["operationId"],
        name=operation.get("x-hex-client-method") or module,
        module=module,
        returns="None" if returns == "Any" else returns,
        parse="parse_nothing" if returns == "Any" else f"{module}._parse_success",
        item_type=item_type,
        items_attribute=items_attribute,
        imports=set(endpoint.relative_imports) | item_imports,
        run_poll=operation.get("x-hex-run-poll"),
        run_start=run_start,
        poll_arguments=_poll_arguments(operation, run_start["poll"]) if run_start else {},
    )


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation object) of every operation, in spec order."""
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


def resource_methods(collection: EndpointCollection, spec: dict[str, Any]) -> list[ResourceMethod]:
    """The tag's non-deprecated operations as resource methods (deprecated ones stay low-level only)."""
    # The generator names an endpoint after its operationId in snake_case.
    by_name = {
        PythonIdentifier(operation["operationId"], ""): operation for _, _, operation in spec_operations(spec)
    }
    methods = [
        resource_method(endpoint, by_name[endpoint.name])
        for endpoint in collection.endpoints
        if not by_name[endpoint.name].get("deprecated")
    ]
    clashes = sorted(name for name, count in Counter(method.name for method in methods).items() if count > 1)
    if clashes:
        raise ClientGenerationError(f"tag {collection.tag}: more than one operation becomes {clashes}")
    return methods


def operation_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """What the runtime needs to know of every operation, in spec order."""
    return [
        {
            "name": operation["operationId"],
            "method": method.upper(),
            "path": path,
            "idempotent": method in IDEMPOTENT_METHODS,
            "rate_limit_group": operation["x-hex-rate-limit-group"],
            "paging": operation.get("x-hex-paginated"),
        }
        for method, path, operation in spec_operations(spec)
    ]


class ClientProject(Project):
    """openapi-python-client's project, plus the resource layer rendered from the spec's extensions."""

    def __init__(self, *, spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.env.filters["py"] = repr

    def _render(self, path: str, template: str, **context: Any) -> None:
        rendered = self.env.get_template(template).render(**context)
        (self.package_dir / path).write_text(rendered, encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        super()._build_api()
        resources = []
        for tag, collection in sorted(self.openapi.endpoint_collections_by_tag.items()):
            methods = resource_methods(collection, self.spec)
            if methods:
                resource = {"tag": str(tag), "class_name": pascal_case(str(tag))}
                resources.append(resource)
                self._render(f"api/{tag}/resource.py", "resource.py.jinja", methods=methods, **resource)
        self._render("resources.py", "resources.py.jinja", resources=resources)
        groups = self.spec["x-hex-rate-limit-groups"]
        self._render(
            "operations.py", "operations.py.jinja", operations=operation_table(self.spec), groups=groups
        )


def generate_into(target: Path) -> None:
    document = yaml.safe_load(SPEC.read_text())
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, SPEC, "utf-8", True, output_path=target
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise ClientGenerationError(f"{data.header}: {data.detail}")
    project = ClientProject(spec=document, openapi=data, config=config, custom_template_path=TEMPLATES)
    # The generator's post-hooks run the pinned ruff, installed beside this interpreter; without
    # RUFF_NO_CACHE they would leave a .ruff_cache inside the output.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    os.environ["RUFF_NO_CACHE"] = "true"
    problems = project.build()
    if problems:
        raise ClientGenerationError(
            "\n".join(f"{problem.level.name} {problem.header}: {problem.detail}" for problem in problems)
        )


def generated_files(package: Path) -> dict[str, bytes]:
    """The generated part of a package tree: each file's path, relative to it, and its bytes."""
    return {
        str(path.relative_to(package)): path.read_bytes()
        for path in package.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.relative_to(package).parts[0] not in HAND_WRITTEN
    }


def drift(committed: Path, fresh: Path) -> list[str]:
    """Differences between the committed client and a fresh generation, each file with its first lines."""
    old, new = generated_files(committed), generated_files(fresh)
    problems = [f"missing from generated/: {name}" for name in sorted(new.keys() - old.keys())]
    problems += [
        f"stale in generated/ (spec no longer produces it): {name}"
        for name in sorted(old.keys() - new.keys())
    ]
    for name in sorted(name for name in old.keys() & new.keys() if old[name] != new[name]):
        lines = difflib.unified_diff(
            old[name].decode().splitlines(),
            new[name].decode().splitlines(),
            f"committed/{name}",
            f"generated-from-spec/{name}",
            lineterm="",
            n=1,
        )
        problems.append(f"differs: {name}\n" + "\n".join(itertools.islice(lines, 12)))
    return problems


def replace_generated(fresh: Path) -> None:
    for entry in (entry for entry in COMMITTED.iterdir() if entry.name not in HAND_WRITTEN):
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    shutil.copytree(fresh, COMMITTED, dirs_exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of writing it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        try:
            generate_into(fresh)
        except ClientGenerationError as error:
            print(f"openapi-python-client failed on {SPEC.relative_to(ROOT)}:\n{error}", file=sys.stderr)
            return 1
        if not args.check:
            replace_generated(fresh)
            print(f"generated {COMMITTED.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
            return 0
        problems = drift(COMMITTED, fresh)
    if problems:
        header = "generated/ has drifted from spec/hex-api.yaml; run `make generate` and commit:"
        print(header, *problems, sep="\n  ", file=sys.stderr)
        return 1
    # From generated/: the repository's mypy `exclude` (^generated/) would skip the package.
    if subprocess.run([*MYPY_STRICT, str(COMMITTED)], cwd=COMMITTED.parent, check=False).returncode:
        print("generated/ fails mypy --strict", file=sys.stderr)
        return 1
    print("generated/ matches the spec and passes mypy --strict")
    return 0


if __name__ == "__main__":
    sys.exit(main())
