"""The period every figure over months counts: this local month (Asia/Bangkok) and the N
before it, from local midnight on the first, whatever the day of the month."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.ticket_figures import month_keys, period_start

BANGKOK = "Asia/Bangkok"


@pytest.mark.parametrize(
    ("now", "first", "last"),
    [
        (datetime(2026, 12, 4, 12, 0, tzinfo=UTC), "2025-12", "2026-12"),
        (datetime(2026, 3, 1, 0, 0, tzinfo=UTC), "2025-03", "2026-03"),
        (datetime(2026, 3, 31, 18, 0, tzinfo=UTC), "2025-04", "2026-04"),  # 1 April in Bangkok
        (datetime(2026, 12, 31, 16, 59, 59, 999999, tzinfo=UTC), "2025-12", "2026-12"),
    ],
)
def test_a_year_is_thirteen_months_to_the_current_one_whatever_the_day(now, first, last):
    keys = month_keys(BANGKOK, now, 12)
    assert (keys[0], keys[-1], len(keys)) == (first, last, 13)
    start = period_start(BANGKOK, now, 12)
    assert start == datetime.fromisoformat(f"{first}-01T00:00:00").replace(tzinfo=ZoneInfo(BANGKOK))


def test_the_period_starts_at_midnight_not_at_the_clock_minute():
    now = datetime(2026, 3, 10, 3, 17, 42, 123456, tzinfo=UTC)
    assert period_start(BANGKOK, now, 3).astimezone(UTC) == datetime(
        2025, 11, 30, 17, 0, tzinfo=UTC
    )
    assert len(month_keys(BANGKOK, now, 3)) == 4
