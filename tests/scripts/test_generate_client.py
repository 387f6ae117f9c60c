"""scripts/generate_client.py: drift named per file with its first differing lines, the hand-written
part of the package ignored by --check and kept by a rewrite (`make check-generated` runs the whole
check on the real generator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import generate_client


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_drift_names_each_file_and_its_first_differing_lines(tmp_path: Path) -> None:
    committed = tree(
        tmp_path / "committed",
        {
            "models/group.py": "a\nb\nc\n",
            "models/old.py": "x\n",
            "client.py": "same\n",
            "_runtime/transport.py": "hand-written\n",
            "py.typed": "",
            "api/__pycache__/x.cpython-311.pyc": "bytes",
        },
    )
    fresh = tree(
        tmp_path / "fresh",
        {"models/group.py": "a\nB\nc\n", "models/new.py": "y\n", "client.py": "same\n"},
    )
    assert generate_client.drift(committed, fresh) == [
        "missing from generated/: models/new.py",
        "stale in generated/ (spec no longer produces it): models/old.py",
        "differs: models/group.py\n--- committed/models/group.py\n+++ generated-from-spec/models/group.py\n"
        "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c",
    ]
    assert generate_client.drift(fresh, fresh) == []


def test_main_writes_the_generated_part_and_check_names_what_drifted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = tree(
        tmp_path / "generated" / "hex_api_client",
        {"models/old.py": "x\n", "client.py": "old\n", "_runtime/transport.py": "hand-written\n"},
    )

    def generate_into(target: Path) -> None:
        tree(target, {"models/new.py": "y\n", "client.py": "new\n"})

    monkeypatch.setattr(generate_client, "ROOT", tmp_path)
    monkeypatch.setattr(generate_client, "SPEC", tmp_path / "spec" / "hex-api.yaml")
    monkeypatch.setattr(generate_client, "COMMITTED", committed)
    monkeypatch.setattr(generate_client, "generate_into", generate_into)
    assert generate_client.main(["--check"]) == 1
    assert capsys.readouterr().err.splitlines()[1:4] == [
        "  missing from generated/: models/new.py",
        "  stale in generated/ (spec no longer produces it): models/old.py",
        "  differs: client.py",
    ]
    assert generate_client.main([]) == 0
    assert generate_client.generated_files(committed) == {"client.py": b"new\n", "models/new.py": b"y\n"}
    assert (committed / "_runtime" / "transport.py").read_text() == "hand-written\n"
