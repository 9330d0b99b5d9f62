"""Throttles on what can be guessed (join codes, login links, tracking codes), and on what
one LINE account may set going (complaints filed, and the alerts they ring).

Each is limited per source (a LINE user, or a web client's address) in fixed windows counted
in the database, so every web process shares the same count. The overall count is a last
resort that hurts only the flooders: while everyone together is over it, a source that has
already missed in this window is refused, but a source that has not is still heard, so a
correct secret from someone who did not flood always gets through.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from storage import throttles
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Limit:
    """At most `per_subject` misses per source per `window`; past `overall` misses from
    everyone together, only sources without a miss in the window are heard."""

    per_subject: int
    overall: int
    window: timedelta


LIMITS = {
    "join": Limit(5, 50, timedelta(hours=1)),  # wrong join codes
    "login_link": Limit(5, 200, timedelta(hours=1)),  # login links asked for in LINE
    "login_use": Limit(20, 100, timedelta(minutes=10)),  # unknown or used login links
    "tracking": Limit(5, 100, timedelta(minutes=30)),  # wrong reference/tracking codes
    "record_code": Limit(10, 100, timedelta(hours=1)),  # anchor codes checked (each a full walk)
}


@dataclass(frozen=True)
class OwnLimit:
    """At most `most` of one person's own acts in the last `window`, counted from what the
    acts made (their own tickets, through their sealed list): no throttle row keyed by the
    account would tell a copy of the database when the person filed."""

    most: int
    window: timedelta


OWN_LIMITS = {
    # Complaints sent from one LINE account: a villager may file a few a day; a script that
    # files on and on (each one alerts every member) is held till the window has room.
    "filing": OwnLimit(5, timedelta(days=1)),
    # Of those, how many ring the members at once; the rest wait in the dashboard's new
    # tickets and the digest (one told while filing of a threat still rings).
    "filing_alert": OwnLimit(2, timedelta(hours=1)),
}


def under_own_count(uow: UnitOfWork, bucket: str, moments) -> bool:
    """Whether the person's acts at `moments` (each a datetime) leave room for one more."""
    limit = OWN_LIMITS[bucket]
    since = uow.now() - limit.window
    return sum(1 for moment in moments if moment and moment > since) < limit.most


def under_own_limit(uow: UnitOfWork, bucket: str, subject: str) -> bool:
    """Whether the subject's own misses in the window are under its limit (whatever everyone
    else did): a look-up whose right answer must not be refused for others' floods asks
    this before reading the secret, and `allowed` only for a miss."""
    limit = LIMITS[bucket]
    return throttles.count(uow, bucket, subject, limit.window) < limit.per_subject


def allowed(uow: UnitOfWork, bucket: str, subject: str) -> bool:
    """Whether the subject may try: under its own limit, and clean while everyone floods."""
    limit = LIMITS[bucket]
    mine = throttles.count(uow, bucket, subject, limit.window)
    if mine >= limit.per_subject:
        return False
    return mine == 0 or (
        throttles.count(uow, bucket, throttles.EVERYONE, limit.window) < limit.overall
    )


def minutes_left(uow: UnitOfWork, bucket: str) -> int:
    """Whole minutes (at least one) until the current window of `bucket` ends, when a refused
    subject may try again: what a refusal tells them instead of "a while"."""
    window = LIMITS[bucket].window
    ends = throttles.window_start(uow.now(), window) + window
    return max(1, -(-int((ends - uow.now()).total_seconds()) // 60))


def spend(uow: UnitOfWork, bucket: str, subject: str) -> None:
    """Count one attempt against the subject and against everyone."""
    limit = LIMITS[bucket]
    throttles.hit(uow, bucket, subject, limit.window)
    throttles.hit(uow, bucket, throttles.EVERYONE, limit.window)
