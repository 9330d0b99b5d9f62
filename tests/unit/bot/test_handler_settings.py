"""What handlers read of the configuration: typed values from the environment, never Config."""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

import pytest

from bot.config import Config, load_config
from bot.services import handler_settings
from tests.conftest import TEST_KEYS

ENV = {
    "LINE_CHANNEL_SECRET": "s",
    "LINE_CHANNEL_ACCESS_TOKEN": "t",
    "SECRET_KEY": "k",
    **TEST_KEYS,
}


def test_handlers_get_the_values_the_environment_sets():
    settings = handler_settings(
        load_config(
            {
                **ENV,
                "PRIVACY_EXPORT_MINUTES": "15",
                "REFERRAL_LETTER_PREFIX": "ศธ.",
                "PUBLIC_BASE_URL": "https://sujarit.example/",
            }
        )
    )
    assert settings.privacy_export_minutes == 15
    assert settings.referral_letter_prefix == "ศธ."
    assert settings.public_base_url == "https://sujarit.example"
    assert settings.tz == ZoneInfo("Asia/Bangkok")
    assert settings.geography.code == "31"  # BOT_PROVINCE's default, Buriram


def test_handlers_never_hold_the_whole_config():
    settings = handler_settings(load_config(ENV))
    values = [getattr(settings, f.name) for f in dataclasses.fields(settings)]
    assert not any(isinstance(value, Config) for value in values)
    assert not hasattr(settings, "config")


def test_the_settings_cannot_be_changed_by_a_handler():
    settings = handler_settings(load_config(ENV))
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.evidence_max_bytes = 1  # type: ignore[misc]
