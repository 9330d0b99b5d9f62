"""Local mode (the simulator, no LINE account) and LINE mode are chosen safely at start."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config
from tests.conftest import TEST_KEYS


def test_no_line_channel_without_local_mode_names_the_variables_to_set(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_config({}, instance_path=str(tmp_path))
    message = str(error.value)
    for name in ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN", "SUJARIT_MODE=local"):
        assert name in message
    assert not (tmp_path / "dev-secret-key").exists()


@pytest.mark.parametrize(
    "line_env",
    [
        {"LINE_CHANNEL_ACCESS_TOKEN": "token"},
        {"LINE_CHANNEL_SECRET": "secret"},
        {"LINE_CHANNEL_SECRET": "secret", "LINE_CHANNEL_ACCESS_TOKEN": "token"},
    ],
    ids=["token", "secret", "both"],
)
def test_local_mode_refuses_to_start_when_a_line_channel_is_set(line_env):
    with pytest.raises(ConfigError, match="SUJARIT_MODE=local refuses"):
        load_config({"SUJARIT_MODE": "local", "SECRET_KEY": "k", **line_env})


def test_explicit_local_mode_without_line_runs_locally(tmp_path):
    config = load_config({"SUJARIT_MODE": "local"}, instance_path=str(tmp_path))
    assert config.local_mode is True


def test_local_mode_is_off_in_production():
    with pytest.raises(ConfigError, match="production"):
        load_config({"SUJARIT_MODE": "local", "SUJARIT_ENV": "production"})
    with pytest.raises(ConfigError, match="production"):
        load_config({"SUJARIT_ENV": "production", "SECRET_KEY": "k"})


def test_line_mode_needs_the_channel():
    with pytest.raises(ConfigError, match="SUJARIT_MODE=line needs"):
        load_config({"SUJARIT_MODE": "line"})
    env = {"SUJARIT_MODE": "line", "LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"}
    assert load_config({**env, "SECRET_KEY": "k", **TEST_KEYS}).local_mode is False


def test_unknown_mode_is_refused():
    with pytest.raises(ConfigError, match="SUJARIT_MODE must be"):
        load_config({"SUJARIT_MODE": "demo"})
