"""How the mock is told its rate-limit budgets and 401 mode: fixtures `settings`, HexMock arguments and
`hex-mock serve` flags, in that order of precedence."""

from __future__ import annotations

import argparse

import pytest
from starlette.testclient import TestClient

from hex_mock.cli import rate_limit_flag
from hex_mock.fixtures import FixtureError, Settings, settings
from hex_mock.mock import HexMock
from hex_mock.rate_limit import NO_RATE_LIMITS, RateLimits

ME = "/api/v1/users/me"
ADMIN = {"Authorization": "Bearer hxtp_demo_ana_admin"}
DOCUMENT = {
    "users": [{"email": "ana@example.com", "name": "Ana", "role": "ADMIN"}],
    "tokens": [{"secret": "hxtp_ana", "user": "ana@example.com"}],
    "settings": {"rate_limits": {"hex-api-30rpm": {"perMinute": 2}}, "json_401": True},
}


def test_settings_are_read_from_a_fixtures_document() -> None:
    assert settings({}) == Settings()
    assert settings(DOCUMENT) == Settings(rate_limits={"hex-api-30rpm": ((2, 60.0),)}, json_401=True)


@pytest.mark.parametrize(
    "section",
    [
        {"rate_limit": {}},
        {"json_401": "yes"},
        {"rate_limits": {"hex-api": 30}},
        {"rate_limits": {"hex-api": {"perMinute": -1}}},
        ["json_401"],
    ],
)
def test_bad_settings_name_the_offending_entry(section: object) -> None:
    with pytest.raises(FixtureError, match="settings"):
        settings({"settings": section})


def test_fixtures_settings_apply_and_arguments_win() -> None:
    mock = HexMock(fixtures=DOCUMENT)
    with TestClient(mock.app) as client:
        assert client.get(ME).json()["code"] == "UNAUTHORIZED"  # settings.json_401
        statuses = [
            client.get(ME, headers={"Authorization": "Bearer hxtp_ana"}).status_code for _ in range(3)
        ]
        assert statuses == [200, 200, 429]
    assert mock.rate_limits()["hex-api-30rpm"] == {"perMinute": 2, "perHour": None}

    chosen = HexMock(
        fixtures=DOCUMENT, json_401=False, rate_limits=RateLimits(overrides={"hex-api-30rpm": ((5, 60.0),)})
    )
    assert chosen.rate_limits()["hex-api-30rpm"] == {"perMinute": 5, "perHour": None}
    with TestClient(chosen.app) as client:
        assert client.get(ME).text == "Unauthorized"


def test_loading_fixtures_later_applies_their_settings_too() -> None:
    mock = HexMock(fixtures="demo", rate_limits=NO_RATE_LIMITS)
    assert mock.rate_limits()["hex-api"] == {"perMinute": None, "perHour": None}
    mock.load_fixtures({"settings": {"rate_limits": {"hex-api": {"perHour": 10}}}})
    assert mock.rate_limits()["hex-api"] == {"perMinute": None, "perHour": 10}
    before = mock.dump()
    bad = {"groups": [{"name": "Never added"}], "settings": {"rate_limits": {"hex-nope": {"perHour": 10}}}}
    with pytest.raises(ValueError, match=r"settings\.rate_limits: 'hex-nope' is not one of"):
        mock.load_fixtures(bad)
    assert mock.dump() == before  # nothing of the refused document was applied


def test_the_demo_mock_enforces_hexs_documented_defaults() -> None:
    mock = HexMock()
    with TestClient(mock.app) as client:
        statuses = [client.get(ME, headers=ADMIN).status_code for _ in range(31)]
    assert statuses.count(200) == 30
    assert statuses[-1] == 429


@pytest.mark.parametrize(
    ("flag", "expected"),
    [
        ("hex-api=100/6000", ("hex-api", ((100, 60.0), (6000, 3600.0)))),
        ("hex-api=100", ("hex-api", ((100, 60.0),))),
        ("hex-api=none/50", ("hex-api", ((50, 3600.0),))),
        ("hex-run-kernel=none", ("hex-run-kernel", ())),
    ],
)
def test_rate_limit_flags(flag: str, expected: tuple[str, object]) -> None:
    assert rate_limit_flag(flag) == expected


@pytest.mark.parametrize("flag", ["hex-api", "=5", "hex-api=five", "hex-api=0", "hex-api=5/5/5"])
def test_bad_rate_limit_flags_are_refused(flag: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        rate_limit_flag(flag)


def test_an_unknown_group_is_refused() -> None:
    with pytest.raises(ValueError, match="no rate-limit group 'hex-nope'"):
        HexMock(rate_limits=RateLimits(overrides={"hex-nope": ()}))
