"""Scheduler configuration and triggers: defaults, refusals, next runs on Bangkok's clock."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.config import ConfigError, load_config
from bot.jobs import registry as jobs
from bot.jobs.scheduler import next_run
from handlers.committee.digest import digest_day
from tests.conftest import TEST_KEYS
from tests.scheduling import BKK, bkk


def test_defaults_follow_the_design():
    config = load_config({"SUJARIT_MODE": "local", "SECRET_KEY": "k"})
    assert (config.ack_sla_hours, config.resolve_sla_days, config.progress_sla_days) == (72, 30, 15)
    assert (config.progress_remind_days, config.sla_chair_after_hours) == (12, 24)
    assert (config.draft_remind_hours, config.draft_expire_days) == (24, 7)
    assert (config.outbox_max_attempts, config.scheduler_test_interval) == (8, 0)
    assert config.digest_time == "08:00"


def test_the_test_interval_is_refused_in_production():
    env = {
        "SUJARIT_ENV": "production",
        "LINE_CHANNEL_SECRET": "s",
        "LINE_CHANNEL_ACCESS_TOKEN": "t",
        "SECRET_KEY": "k",
        **TEST_KEYS,
        "SCHEDULER_TEST_INTERVAL": "1",
    }
    with pytest.raises(ConfigError, match="SCHEDULER_TEST_INTERVAL"):
        load_config(env)


def test_next_runs_are_on_bangkoks_clock():
    config = load_config({"SUJARIT_MODE": "local", "SECRET_KEY": "k"})
    late = bkk(2026, 3, 10, 23, 31)
    assert next_run(jobs.JOBS["sla-reminders"], config, late) == bkk(2026, 3, 11, 0, 7)
    assert next_run(jobs.JOBS["committee-digest"], config, late) == bkk(2026, 3, 10, 23, 35)
    assert next_run(jobs.JOBS["outbox"], config, bkk(2026, 3, 10, 12, 0, 3)) == bkk(
        2026, 3, 10, 12, 0, 10
    )
    fast = load_config({"SUJARIT_MODE": "local", "SECRET_KEY": "k", "SCHEDULER_TEST_INTERVAL": "2"})
    assert next_run(jobs.JOBS["drafts"], fast, bkk(2026, 3, 10, 12, 0, 3)) == bkk(
        2026, 3, 10, 12, 0, 4
    )


def test_the_digest_day_is_the_local_day_once_digest_time_has_passed():
    at = time(8, 0)
    assert digest_day(bkk(2026, 3, 11, 7, 59), BKK, at) is None
    assert digest_day(bkk(2026, 3, 11, 8, 0), BKK, at) == date(2026, 3, 11)
    assert digest_day(bkk(2026, 3, 11, 0, 30), BKK, time(0, 15)) == date(2026, 3, 11)
