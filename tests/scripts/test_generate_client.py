"""scripts/generate_client.py --check: drift named per file with its first differing lines, the
hand-written part of the package ignored (`make check-generated` runs the whole check)."""

from __future__ import annotations

from pathlib import Path

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
