"""Configuration from the environment: defaults, modes, and values refused at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from tests.conftest import TEST_KEYS

LINE = {
    "LINE_CHANNEL_SECRET": "s",
    "LINE_CHANNEL_ACCESS_TOKEN": "t",
    "SECRET_KEY": "k",
    **TEST_KEYS,
}


@pytest.mark.parametrize(
    "present, missing",
    [
        ("LINE_CHANNEL_ACCESS_TOKEN", "LINE_CHANNEL_SECRET"),
        ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN"),
    ],
)
def test_half_a_line_channel_names_the_missing_variable(present, missing):
    with pytest.raises(ConfigError) as error:
        load_config({present: "x", "SECRET_KEY": "k"})
    assert str(error.value).startswith(f"{missing} is missing")


def test_production_without_line_credentials_is_refused():
    with pytest.raises(ConfigError, match="LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN"):
        load_config({"SUJARIT_ENV": "production", "SECRET_KEY": "k"})


def test_line_channel_without_secret_key_is_refused():
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_config({"LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"})


def test_defaults_are_those_of_the_design(tmp_path):
    config = load_config(dict(LINE), instance_path=str(tmp_path))
    assert config.line_api_base_url == "https://api.line.me"
    assert config.line_data_api_base_url == "https://api-data.line.me"
    assert config.database_url == f"sqlite:///{(tmp_path / 'sujarit.db').resolve()}"
    assert Path(config.evidence_dir) == (tmp_path / "evidence").resolve()
    assert config.bot_timezone == "Asia/Bangkok" and config.tz.key == "Asia/Bangkok"
    assert config.ticket_prefix == "BRM"
    assert (config.port, config.web_concurrency) == (8000, 2)
    assert config.data_encryption_key == TEST_KEYS["DATA_ENCRYPTION_KEY"]
    assert not config.local_mode and not config.production


def test_local_mode_makes_a_random_development_secret_per_instance(tmp_path):
    first = load_config({"SUJARIT_MODE": "local"}, instance_path=str(tmp_path / "a"))
    again = load_config({"SUJARIT_MODE": "local"}, instance_path=str(tmp_path / "a"))
    other = load_config({"SUJARIT_MODE": "local"}, instance_path=str(tmp_path / "b"))
    assert first.local_mode
    assert len(first.secret_key) >= 32
    assert first.secret_key == again.secret_key != other.secret_key
    assert (tmp_path / "a" / "dev-secret-key").stat().st_mode & 0o777 == 0o600
    assert first.data_encryption_key != other.data_encryption_key


def test_environment_overrides_the_defaults():
    config = load_config(
        {
            **LINE,
            "LINE_API_BASE_URL": "http://127.0.0.1:9000/",
            "LINE_DATA_API_BASE_URL": "http://127.0.0.1:9001",
            "DATABASE_URL": "postgresql://db/sujarit",
            "BOT_TIMEZONE": "UTC",
            "TICKET_PREFIX": "sri",
            "PORT": "9090",
        }
    )
    assert config.line_api_base_url == "http://127.0.0.1:9000"
    assert config.line_data_api_base_url == "http://127.0.0.1:9001"
    assert config.database_url == "postgresql://db/sujarit"
    assert (config.bot_timezone, config.ticket_prefix, config.port) == ("UTC", "SRI", 9090)


@pytest.mark.parametrize("zone", ["Asia/Buriram", "Mars/Olympus", "", "../etc/passwd"])
def test_unknown_time_zone_is_refused(zone):
    with pytest.raises(ConfigError, match="BOT_TIMEZONE"):
        load_config({**LINE, "BOT_TIMEZONE": zone})


@pytest.mark.parametrize(
    "name, value",
    [("PORT", "eighty"), ("TICKET_PREFIX", "BRM-2569"), ("DIGEST_TIME", "25:00")],
)
def test_malformed_values_are_refused_naming_the_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        load_config({**LINE, name: value})


def test_the_province_is_a_checked_dopa_code(tmp_path):
    assert load_config(dict(LINE), instance_path=str(tmp_path)).bot_province == "31"
    env = {**LINE, "BOT_PROVINCE": "40"}
    assert load_config(env, instance_path=str(tmp_path)).bot_province == "40"
    with pytest.raises(ConfigError, match="BOT_PROVINCE"):
        load_config({**LINE, "BOT_PROVINCE": "Buriram"}, instance_path=str(tmp_path))


def test_working_day_slas_and_the_networks_days_off():
    from datetime import date

    from bot.services import sla_policy

    config = load_config(
        {
            **LINE,
            "ACK_SLA_WORKING_DAYS": "3",
            "RESOLVE_SLA_WORKING_DAYS": "20",
            "AGENCY_ANSWER_WORKING_DAYS": "15",
            "NETWORK_DAYS_OFF": "2026-12-28..2026-12-30, 2027-01-04",
        }
    )
    assert config.network_days_off == {
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2027, 1, 4),
    }
    policy = sla_policy(config)
    assert (policy.ack.amount, policy.ack.unit) == (3, "working_days")
    assert (policy.resolve.amount, policy.resolve.unit) == (20, "working_days")
    assert policy.agency_answer_working_days == 15
    assert not policy.calendar.is_working(date(2026, 12, 29))


def test_the_old_sla_variables_keep_working():
    from bot.services import sla_policy

    policy = sla_policy(load_config({**LINE, "ACK_SLA_HOURS": "48", "RESOLVE_SLA_DAYS": "21"}))
    assert policy.ack.params() == {"hours": 48} and policy.resolve.params() == {"days": 21}


@pytest.mark.parametrize("value", ["2026-13-01", "2026-12-31..2026-12-01", "soon"])
def test_unreadable_days_off_are_refused(value):
    with pytest.raises(ConfigError, match="NETWORK_DAYS_OFF"):
        load_config({**LINE, "NETWORK_DAYS_OFF": value})


def test_trusted_proxies_default_to_none_and_must_not_be_negative():
    assert load_config(LINE).trusted_proxies == 0
    assert load_config({**LINE, "TRUSTED_PROXIES": "1"}).trusted_proxies == 1
    with pytest.raises(ConfigError, match="TRUSTED_PROXIES"):
        load_config({**LINE, "TRUSTED_PROXIES": "-1"})
