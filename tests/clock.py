"""A clock that tests move by hand; the app reads it through `uow.now()`."""

from __future__ import annotations

from datetime import datetime, timedelta


class Clock:
    """Returns `now` when called; `advance(hours=…)` moves it forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        """Move time forward."""
        self.now += timedelta(**delta)
