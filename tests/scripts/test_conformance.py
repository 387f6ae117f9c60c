"""scripts/conformance.py: the plain CLI call, and a served mock without rate limits."""

from __future__ import annotations

import pytest
import yaml

from scripts import conformance


def test_the_cli_is_called_as_a_user_calls_it_with_the_seed() -> None:
    command = conformance.st_command("http://127.0.0.1:1234", 42, ["--max-examples", "5"])
    assert command[1:] == [
        "-m",
        "schemathesis.cli",
        "run",
        "http://127.0.0.1:1234/openapi.json",
        "--url",
        "http://127.0.0.1:1234/api",
        "--seed",
        "42",
        "--max-examples",
        "5",
    ]


def test_every_rate_limit_group_is_lifted() -> None:
    groups = yaml.safe_load((conformance.ROOT / "spec" / "hex-api.yaml").read_text())[
        "x-hex-rate-limit-groups"
    ]
    options = conformance.unlimited()
    assert options[::2] == ["--rate-limit"] * len(groups)
    assert options[1::2] == [f"{group}=none" for group in groups]


def test_the_run_is_made_from_the_repository_root_where_schemathesis_toml_is() -> None:
    assert (conformance.ROOT / "schemathesis.toml").is_file()


def test_other_options_go_to_st_run_and_max_time_bounds_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, list[str], float]] = []

    def run(seed: int, st_args: list[str], *, timeout: float) -> int:
        calls.append((seed, st_args, timeout))
        return 0

    monkeypatch.setattr(conformance, "run", run)
    assert conformance.main(["--seed", "7", "--max-examples", "5"]) == 0
    assert conformance.main(["--max-time", "60", "--seed", "7", "--checks", "all"]) == 0
    assert calls == [(7, ["--max-examples", "5"], 600), (7, ["--checks", "all", "--max-time", "60"], 360)]
