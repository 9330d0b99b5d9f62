"""Counters of guesses per subject and fixed time window, shared by every web process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update

from storage.db import insert_unless_exists
from storage.insider_models import ThrottleCount
from storage.uow import UnitOfWork

EVERYONE = "*"


def window_start(now: datetime, window: timedelta) -> datetime:
    """The start of the fixed window `now` falls in."""
    seconds = int(window.total_seconds())
    return datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, UTC)


def _keyed(uow: UnitOfWork, subject: str) -> str:
    # A database copy must not list the addresses (or accounts) that tried: only a keyed
    # index of each is stored.
    return subject if subject == EVERYONE else uow.vault.index(subject, "throttle")


def count(uow: UnitOfWork, bucket: str, subject: str, window: timedelta) -> int:
    """How many hits this subject has in the current window."""
    subject = _keyed(uow, subject)
    stmt = select(ThrottleCount.count).where(
        ThrottleCount.bucket == bucket,
        ThrottleCount.subject == subject,
        ThrottleCount.window_start == window_start(uow.now(), window),
    )
    return uow.session.scalar(stmt) or 0


def hit(uow: UnitOfWork, bucket: str, subject: str, window: timedelta) -> int:
    """Count one more hit for the subject in the current window; returns the new count."""
    subject = _keyed(uow, subject)
    start = window_start(uow.now(), window)
    values = {"bucket": bucket, "subject": subject, "window_start": start, "count": 0}
    keys = ["bucket", "subject", "window_start"]
    uow.session.execute(insert_unless_exists(uow.session, ThrottleCount, values, keys))
    return uow.session.scalar(
        update(ThrottleCount)
        .where(
            ThrottleCount.bucket == bucket,
            ThrottleCount.subject == subject,
            ThrottleCount.window_start == start,
        )
        .values(count=ThrottleCount.count + 1)
        .returning(ThrottleCount.count)
    )


#: A window's counts are kept this long after it starts (every window is a day at most):
#: the keyed digests of who tried, or who was told of, go once their bound is over.
KEPT = timedelta(days=2)


def forget_old(uow: UnitOfWork) -> int:
    """Delete the counts of windows that began more than KEPT ago; returns how many."""
    stmt = delete(ThrottleCount).where(ThrottleCount.window_start < uow.now() - KEPT)
    return uow.session.execute(stmt).rowcount
