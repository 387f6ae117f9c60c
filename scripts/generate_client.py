"""Generate the Python client from the spec, or check that the committed client is current.

    python scripts/generate_client.py           # rewrite generated/hex_api_client
    python scripts/generate_client.py --check   # fail, naming files and first differing lines, on drift

Both run openapi-python-client (pinned in pyproject.toml) with --fail-on-warning into a temporary
directory; --check then compares that output with the committed tree and runs mypy --strict on it.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hex-api.yaml"
CONFIG = ROOT / "spec" / "generator-config.yaml"
TEMPLATES = ROOT / "spec" / "templates"
PACKAGE = "hex_api_client"
COMMITTED = ROOT / "generated" / PACKAGE


def generate_into(target: Path, spec: Path = SPEC) -> None:
    """Run the generator; raise CalledProcessError (with its output shown) on any warning or error."""
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--fail-on-warning",
    ]
    # The generator's ruff post-hooks would otherwise leave a .ruff_cache inside the output.
    environment = {**os.environ, "RUFF_NO_CACHE": "true"}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise subprocess.CalledProcessError(result.returncode, command)


def relative_files(tree: Path) -> set[Path]:
    return {
        path.relative_to(tree)
        for path in tree.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def first_difference(committed: Path, fresh: Path) -> str:
    diff = difflib.unified_diff(
        committed.read_text().splitlines(),
        fresh.read_text().splitlines(),
        fromfile=f"committed/{committed.name}",
        tofile=f"generated-from-spec/{fresh.name}",
        lineterm="",
        n=1,
    )
    return "\n".join(list(diff)[:12])


def drift(committed: Path, fresh: Path) -> list[str]:
    """Human-readable differences between the committed client and a fresh generation."""
    problems: list[str] = []
    committed_files, fresh_files = relative_files(committed), relative_files(fresh)
    problems += [f"missing from generated/: {name}" for name in sorted(fresh_files - committed_files)]
    problems += [
        f"stale in generated/ (spec no longer produces it): {name}"
        for name in sorted(committed_files - fresh_files)
    ]
    for name in sorted(committed_files & fresh_files):
        if not filecmp.cmp(committed / name, fresh / name, shallow=False):
            problems.append(f"differs: {name}\n{first_difference(committed / name, fresh / name)}")
    return problems


def mypy_strict(package_dir: Path) -> int:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        str(package_dir),
    ]
    return subprocess.run(command, cwd=package_dir.parent, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed client instead of writing"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        generate_into(fresh)
        if not args.check:
            shutil.rmtree(COMMITTED, ignore_errors=True)
            shutil.copytree(fresh, COMMITTED)
            print(f"generated {COMMITTED.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
            return 0
        problems = drift(COMMITTED, fresh)
    if problems:
        print(
            "generated/ has drifted from spec/hex-api.yaml; run `make generate` and commit:", file=sys.stderr
        )
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if mypy_strict(COMMITTED) != 0:
        print("generated/ fails mypy --strict", file=sys.stderr)
        return 1
    print("generated/ matches the spec and passes mypy --strict")
    return 0


if __name__ == "__main__":
    sys.exit(main())
