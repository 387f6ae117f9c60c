"""Prove that generated/ installs as its own distribution with nothing of the mock.

    python scripts/check_client_dist.py          # uv, offline from its cache (what `make test` runs)
    python scripts/check_client_dist.py --pip    # python3 -m venv + pip from the package index

Installs `generated/` into an empty virtualenv, then fails unless every installed distribution is the
client or one of its declared runtime dependencies (httpx, attrs, python-dateutil) and theirs, the
package ships `py.typed`, and `from hex_api_client import Hex, AsyncHex` works there.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "generated"
# The client's runtime dependencies and their own (httpx: anyio, certifi, httpcore, h11, idna, sniffio;
# python-dateutil: tzdata from 4.0, six before; anyio on older Pythons: typing-extensions, exceptiongroup).
ALLOWED = {
    "hex-api-client",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "attrs",
    "python-dateutil",
    "six",
    "tzdata",
    "typing-extensions",
    "exceptiongroup",
}
FORBIDDEN = {"starlette", "uvicorn", "prance", "jsonschema", "pydantic", "hex-api-kit"}
# The installer's own tools, not anything the client brought.
INSTALLER = {"pip", "setuptools", "wheel"}


def uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def install(venv: Path, use_pip: bool) -> Path:
    """Create `venv`, install the client into it, return its python."""
    python = venv / "bin" / "python"
    if use_pip:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(CLIENT)], check=True)
    else:
        subprocess.run([*uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
        command = [*uv(), "pip", "install", "--quiet", "--offline", "--python", str(python), str(CLIENT)]
        subprocess.run(command, check=True)
    return python


def installed(python: Path) -> set[str]:
    listing = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, json; "
            "print(json.dumps([d.metadata['Name'] for d in m.distributions()]))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {name.lower().replace("_", "-") for name in json.loads(listing.stdout)} - INSTALLER


def problems(python: Path) -> list[str]:
    found = installed(python)
    errors = [
        f"installed with the client but not one of its dependencies: {name}"
        for name in sorted(found - ALLOWED)
    ]
    errors += [f"the mock's dependency came with the client: {name}" for name in sorted(found & FORBIDDEN)]
    if "hex-api-client" not in found:
        errors.append("hex-api-client is not installed")
    probe = (
        "import pathlib, hex_api_client; from hex_api_client import Hex, AsyncHex; "
        "assert (pathlib.Path(hex_api_client.__file__).parent / 'py.typed').exists(), 'no py.typed'"
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        errors.append(f"importing the installed client failed:\n{result.stderr}")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pip", action="store_true", help="use python3 -m venv and pip (needs the index)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        python = install(Path(scratch) / "venv", args.pip)
        errors = problems(python)
        names = sorted(installed(python))
    if errors:
        print("generated/ does not install as a standalone client:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    print(f"generated/ installs alone: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
