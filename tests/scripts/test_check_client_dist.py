"""scripts/check_client_dist.py on stand-in virtualenvs: what may come with the client, py.typed, and
the import of Hex / AsyncHex (`make check-client-dist` installs the real client)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import check_client_dist


def venv(root: Path, distributions: list[str], *, typed: bool, imports: bool) -> Path:
    site_packages = check_client_dist.site_packages(root)
    for name in distributions:
        info = site_packages / f"{name.replace('-', '_')}-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (site_packages / "hex_api_client").mkdir()
    if typed:
        (site_packages / "hex_api_client" / "py.typed").write_text("")
    python = root / "bin" / "python"
    python.parent.mkdir()
    python.write_text("#!/bin/sh\n" + ("exit 0\n" if imports else "echo 'no Hex here' >&2; exit 1\n"))
    python.chmod(0o755)
    return root


def test_the_client_with_its_dependencies_alone_passes(tmp_path: Path) -> None:
    allowed = ["hex-api-client", "httpx", "httpcore", "attrs", "python-dateutil", "pip"]
    assert check_client_dist.problems(venv(tmp_path, allowed, typed=True, imports=True)) == []


def test_anything_else_is_reported(tmp_path: Path) -> None:
    found = venv(tmp_path, ["httpx", "starlette", "Requests_Toolbelt"], typed=False, imports=False)
    assert check_client_dist.problems(found) == [
        "installed with the client but not one of its dependencies: requests-toolbelt",
        "installed with the client but not one of its dependencies: starlette",
        "hex-api-client is not installed",
        "the installed client has no py.typed",
        "importing the installed client failed:\nno Hex here\n",
    ]


def test_main_lists_each_problem_under_one_heading(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def install(target: Path, use_pip: bool) -> None:
        assert use_pip
        venv(target, ["hex-api-client", "starlette"], typed=True, imports=True)

    monkeypatch.setattr(check_client_dist, "install", install)
    assert check_client_dist.main(["--pip"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "generated/ does not install as a standalone client:",
        "  installed with the client but not one of its dependencies: starlette",
    ]
