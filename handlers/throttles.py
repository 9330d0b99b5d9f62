"""Throttles on what can be guessed: join codes, login links, tracking codes.

Each is limited per LINE user and overall, in fixed windows counted in the database, so
every web process and every account shares the same count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from storage import throttles
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Limit:
    """At most `per_subject` hits per subject and `overall` in all, per `window`."""

    per_subject: int
    overall: int
    window: timedelta


LIMITS = {
    "join": Limit(5, 50, timedelta(hours=1)),  # wrong join codes
    "login_link": Limit(5, 200, timedelta(hours=1)),  # login links asked for in LINE
    "login_use": Limit(20, 100, timedelta(minutes=10)),  # unknown or used login links
    "tracking": Limit(5, 100, timedelta(minutes=30)),  # wrong reference/tracking codes
}


def allowed(uow: UnitOfWork, bucket: str, subject: str) -> bool:
    """Whether the subject (and everyone together) is still under the limit."""
    limit = LIMITS[bucket]
    return (
        throttles.count(uow, bucket, subject, limit.window) < limit.per_subject
        and throttles.count(uow, bucket, throttles.EVERYONE, limit.window) < limit.overall
    )


def spend(uow: UnitOfWork, bucket: str, subject: str) -> None:
    """Count one attempt against the subject and against everyone."""
    limit = LIMITS[bucket]
    throttles.hit(uow, bucket, subject, limit.window)
    throttles.hit(uow, bucket, throttles.EVERYONE, limit.window)
