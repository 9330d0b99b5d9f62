"""With a LINE channel the data keys are required, separate, and never derived from SECRET_KEY."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config
from tests.conftest import TEST_KEYS

CHANNEL = {"LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t", "SECRET_KEY": "k"}


@pytest.mark.parametrize("missing", ["DATA_ENCRYPTION_KEY", "DATA_LOOKUP_KEY", "RECORD_SEAL_KEY"])
def test_a_line_deployment_without_a_data_key_does_not_start(missing):
    env = {**CHANNEL, **TEST_KEYS}
    del env[missing]
    with pytest.raises(ConfigError) as error:
        load_config(env)
    assert str(error.value).startswith(f"{missing} is required")
    assert "never derived from SECRET_KEY" in str(error.value)


def test_all_missing_are_named_together():
    named = "DATA_ENCRYPTION_KEY, DATA_LOOKUP_KEY and RECORD_SEAL_KEY are required"
    with pytest.raises(ConfigError, match=named):
        load_config(CHANNEL)


def test_an_encryption_key_that_is_not_a_fernet_key_is_refused():
    env = {**CHANNEL, **TEST_KEYS, "DATA_ENCRYPTION_KEY": "my-password"}
    with pytest.raises(ConfigError, match="Fernet"):
        load_config(env)


def test_the_lookup_key_must_be_long_and_not_the_encryption_key():
    with pytest.raises(ConfigError, match="at least 32"):
        load_config({**CHANNEL, **TEST_KEYS, "DATA_LOOKUP_KEY": "short"})
    same = TEST_KEYS["DATA_ENCRYPTION_KEY"]
    with pytest.raises(ConfigError, match="must differ"):
        load_config({**CHANNEL, **TEST_KEYS, "DATA_LOOKUP_KEY": same})


def test_rotated_keys_are_accepted_newest_first():
    newer = "Pz4rRZ8hC2jYlOXn0mJpA6A0dQmH9b3c8r6w7pS0n1Q="
    env = {
        **CHANNEL,
        "DATA_ENCRYPTION_KEY": f"{newer}, {TEST_KEYS['DATA_ENCRYPTION_KEY']}",
        "DATA_LOOKUP_KEY": "another-lookup-key-0123456789abcdefghij,"
        + TEST_KEYS["DATA_LOOKUP_KEY"],
        "RECORD_SEAL_KEY": "another-seal-key-0123456789abcdefghijkl,"
        + TEST_KEYS["RECORD_SEAL_KEY"],
    }
    config = load_config(env)
    assert config.data_encryption_key.startswith(newer)


def test_the_seal_key_must_be_long_and_unlike_the_other_keys():
    with pytest.raises(ConfigError, match="RECORD_SEAL_KEY keys must be at least 32"):
        load_config({**CHANNEL, **TEST_KEYS, "RECORD_SEAL_KEY": "short"})
    same = TEST_KEYS["DATA_LOOKUP_KEY"]
    with pytest.raises(ConfigError, match="RECORD_SEAL_KEY must differ"):
        load_config({**CHANNEL, **TEST_KEYS, "RECORD_SEAL_KEY": same})


def test_local_mode_derives_a_seal_key_of_its_own(tmp_path):
    config = load_config({"SUJARIT_MODE": "local", "SECRET_KEY": "dev"}, str(tmp_path))
    assert config.record_seal_key
    assert config.record_seal_key not in (config.data_encryption_key, config.data_lookup_key)
