"""Prove that generated/ installs as its own distribution with nothing of the mock.

    python scripts/check_client_dist.py          # uv, offline from its cache (what `make test` runs)
    python scripts/check_client_dist.py --pip    # python3 -m venv + pip from the package index

Installs `generated/` into an empty virtualenv, then fails unless every installed distribution is the
client or one of its declared runtime dependencies (httpx, attrs, python-dateutil) and theirs, the
package ships `py.typed`, and `from hex_api_client import Hex, AsyncHex` works there.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "generated"
ALLOWED = {
    "hex-api-client", "httpx", "attrs", "python-dateutil",  # the client and its runtime dependencies
    "anyio", "certifi", "httpcore", "h11", "idna", "sniffio",  # httpx's
    "tzdata", "six",  # python-dateutil's: tzdata from 4.0, six before
    "typing-extensions", "exceptiongroup",  # anyio's on older Pythons
}  # fmt: skip
# The installer's own tools, not anything the client brought.
INSTALLER = {"pip", "setuptools", "wheel"}


def install(venv: Path, use_pip: bool) -> None:
    python = str(venv / "bin" / "python")
    if use_pip:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", str(CLIENT)], check=True)
    else:
        uv = [found] if (found := shutil.which("uv")) else [sys.executable, "-m", "uv"]
        subprocess.run([*uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
        offline = [*uv, "pip", "install", "--quiet", "--offline", "--python", python, str(CLIENT)]
        subprocess.run(offline, check=True)


def site_packages(venv: Path) -> Path:
    return Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))


def installed(venv: Path) -> set[str]:
    distributions = importlib.metadata.distributions(path=[str(site_packages(venv))])
    return {dist.name.lower().replace("_", "-") for dist in distributions} - INSTALLER


def problems(venv: Path) -> list[str]:
    found = installed(venv)
    errors = [
        f"installed with the client but not one of its dependencies: {name}"
        for name in sorted(found - ALLOWED)
    ]
    if "hex-api-client" not in found:
        errors.append("hex-api-client is not installed")
    if not (site_packages(venv) / "hex_api_client" / "py.typed").is_file():
        errors.append("the installed client has no py.typed")
    probe = [str(venv / "bin" / "python"), "-c", "from hex_api_client import Hex, AsyncHex"]
    result = subprocess.run(probe, capture_output=True, text=True, check=False)
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
        venv = Path(scratch) / "venv"
        install(venv, args.pip)
        errors, names = problems(venv), sorted(installed(venv))
    if errors:
        print("generated/ does not install as a standalone client:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    print(f"generated/ installs alone: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
