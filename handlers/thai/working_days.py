"""Thai working days: weekends, Thai public holidays (the `holidays` library) and the
network's own days off (NETWORK_DAYS_OFF) are not counted."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import holidays

MAX_DAYS = 3660  # a deadline further than ten years away is a configuration mistake


@lru_cache(maxsize=1)
def _thai_holidays() -> holidays.HolidayBase:
    return holidays.country_holidays("TH")


class WorkingCalendar:
    """Which days are working days, and deadlines counted in them, on one local clock."""

    def __init__(self, tz: tzinfo, days_off: frozenset[date] = frozenset()) -> None:
        self.tz = tz
        self.days_off = frozenset(days_off)

    def is_working(self, day: date) -> bool:
        """Monday to Friday, not a Thai public holiday, not one of the network's days off."""
        return day.weekday() < 5 and day not in _thai_holidays() and day not in self.days_off

    def holiday_name(self, day: date) -> str | None:
        """Why a weekday is not a working day (the holiday's name), if it is a holiday."""
        if day in self.days_off:
            return "network day off"
        return _thai_holidays().get(day)

    def next_working(self, day: date) -> date:
        """The first working day after `day`."""
        for _ in range(MAX_DAYS):
            day += timedelta(days=1)
            if self.is_working(day):
                return day
        raise ValueError("no working day within ten years")

    def previous_working(self, day: date) -> date:
        """The last working day before `day`."""
        for _ in range(MAX_DAYS):
            day -= timedelta(days=1)
            if self.is_working(day):
                return day
        raise ValueError("no working day within ten years")

    def add_days(self, day: date, count: int) -> date:
        """The date `count` working days after `day` (counting starts the day after)."""
        for _ in range(count):
            day = self.next_working(day)
        return day

    def add(self, start: datetime, count: int) -> datetime:
        """`count` working days after `start`, at the same local time of day.

        Something that arrives on a day off counts from 00:00 of the next working day.
        """
        local = start.astimezone(self.tz)
        day, at = local.date(), local.time()
        if not self.is_working(day):
            day, at = self.next_working(day), time.min
        return datetime.combine(self.add_days(day, count), at, self.tz)

    def latest_start(self, now: datetime, count: int) -> datetime:
        """The latest moment something could have started and be `count` working days old.

        `add(start, count) <= now` exactly when `start <= latest_start(now, count)`, so SQL
        can filter on one bound instead of computing each row's deadline.
        """
        local = now.astimezone(self.tz)
        day, at = local.date(), local.time()
        if not self.is_working(day):
            day, at = self.previous_working(day), time.max
        for _ in range(count):
            day = self.previous_working(day)
        return datetime.combine(day, at, self.tz)

    def between(self, start: datetime, end: datetime) -> int:
        """Whole working days from `start` to `end` (0 when `end` is not after `start`)."""
        first = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        count, day = 0, first
        while day < last and count < MAX_DAYS:
            day += timedelta(days=1)
            count += self.is_working(day)
        return count
