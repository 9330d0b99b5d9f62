"""Thai working days: weekends, Thai public holidays and the network's own days off."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.thai.working_days import WorkingCalendar

BKK = ZoneInfo("Asia/Bangkok")
CALENDAR = WorkingCalendar(BKK)


def at(*parts) -> datetime:
    return datetime(*parts, tzinfo=BKK)


def test_songkran_is_not_counted():
    # Friday 10 April 2026; Songkran is Mon 13 – Wed 15 April.
    assert [CALENDAR.is_working(date(2026, 4, d)) for d in range(10, 18)] == [
        True,  # Fri 10
        False,  # Sat
        False,  # Sun
        False,  # Songkran
        False,  # Songkran
        False,  # Songkran
        True,  # Thu 16
        True,  # Fri 17
    ]
    assert CALENDAR.add(at(2026, 4, 10, 9, 30), 1) == at(2026, 4, 16, 9, 30)
    assert CALENDAR.add(at(2026, 4, 10, 9, 30), 3) == at(2026, 4, 20, 9, 30)


def test_new_year_and_its_bridge_day_are_not_counted():
    # 31 Dec 2026 (Thu) New Year's Eve, 1 Jan 2027 (Fri) New Year's Day, then a weekend.
    assert CALENDAR.add(at(2026, 12, 30, 16, 0), 1) == at(2027, 1, 4, 16, 0)
    # 1-2 Jan 2026 (Thu-Fri): New Year's Day and the bridge holiday the cabinet added.
    assert CALENDAR.add_days(date(2025, 12, 31), 1) == date(2026, 1, 5)
    assert CALENDAR.holiday_name(date(2026, 1, 2))


def test_the_networks_own_days_off_are_not_counted():
    calendar = WorkingCalendar(BKK, frozenset({date(2026, 4, 16), date(2026, 4, 17)}))
    assert calendar.add(at(2026, 4, 10, 9, 30), 1) == at(2026, 4, 20, 9, 30)
    assert calendar.holiday_name(date(2026, 4, 17)) == "network day off"


def test_something_arriving_on_a_holiday_counts_from_the_next_working_morning():
    # Sent on Songkran day: the first working day counted is Thursday 16 April.
    assert CALENDAR.add(at(2026, 4, 13, 20, 0), 1) == at(2026, 4, 17, 0, 0)
    assert CALENDAR.add(at(2026, 4, 11, 8, 0), 2) == at(2026, 4, 20, 0, 0)


def test_working_days_between_skip_songkran():
    assert CALENDAR.between(at(2026, 4, 9, 9, 0), at(2026, 4, 20, 9, 0)) == 4  # 10,16,17,20
    assert CALENDAR.between(at(2026, 4, 20), at(2026, 4, 9)) == 0


@pytest.mark.parametrize("count", [0, 1, 3, 10])
def test_latest_start_is_exactly_the_bound_of_add(count):
    """The SQL filter's bound agrees with each ticket's deadline, across the holidays."""
    rng = random.Random(count)
    start_of_range = at(2026, 3, 25)
    for _ in range(3000):
        start = start_of_range + timedelta(minutes=rng.randrange(60 * 24 * 50))
        now = start + timedelta(minutes=rng.randrange(60 * 24 * 25))
        assert (CALENDAR.add(start, count) <= now) == (start <= CALENDAR.latest_start(now, count))
