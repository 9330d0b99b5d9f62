"""Figures for the committee: tickets by status, kind, district and month; median delays.

Aggregated in SQL, with the viewer's declared conflicts kept out like everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select

from storage.models import Ticket
from storage.uow import UnitOfWork
from storage.visibility import Exclusions


@dataclass(frozen=True)
class Figures:
    """Counts per group, and median hours from submission to being taken and decided."""

    by_status: dict[str, int]
    by_kind: dict[str, int]
    by_district: dict[str, int]
    by_month: dict[str, int]
    median_take_hours: float | None
    median_decide_hours: float | None
    total: int
    reopened_tickets: int
    reopened_times: int
    contested_tickets: int = 0


def _visible(stmt, hidden: Exclusions):
    clause = hidden.clause()
    return stmt if clause is None else stmt.where(clause)


def _count_by(uow: UnitOfWork, column, conflicts) -> dict[str, int]:
    stmt = _visible(select(column, func.count()).group_by(column), conflicts)
    return {(key or ""): count for key, count in uow.session.execute(stmt)}


def _month(uow: UnitOfWork, tz_name: str, offset: timedelta) -> ColumnElement[str]:
    if uow.session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone(tz_name, Ticket.submitted_at), "YYYY-MM")
    hours = int(offset.total_seconds() // 3600)
    return func.strftime("%Y-%m", Ticket.submitted_at, f"{hours:+d} hours")


def _seconds_between(uow: UnitOfWork, start, end) -> ColumnElement[float]:
    if uow.session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def _median_hours(uow: UnitOfWork, end_column, conflicts) -> float | None:
    seconds = _seconds_between(uow, Ticket.submitted_at, end_column)
    base = _visible(select(seconds).where(end_column.is_not(None)), conflicts)
    if uow.session.get_bind().dialect.name == "postgresql":
        stmt = _visible(
            select(func.percentile_cont(0.5).within_group(seconds)).where(end_column.is_not(None)),
            conflicts,
        )
        value = uow.session.scalar(stmt)
        return None if value is None else round(float(value) / 3600, 1)
    count = uow.session.scalar(select(func.count()).select_from(base.subquery()))
    if not count:
        return None
    middle = list(
        uow.session.scalars(base.order_by(seconds).limit(2 - count % 2).offset((count - 1) // 2))
    )
    return round(sum(middle) / len(middle) / 3600, 1)


def figures(
    uow: UnitOfWork, conflicts: Exclusions, tz_name: str, now: datetime, months: int = 12
) -> Figures:
    """The committee's figures as seen by a member kept from `conflicts`."""
    tz = ZoneInfo(tz_name)
    month = _month(uow, tz_name, now.astimezone(tz).utcoffset() or timedelta(0))
    since = (now - timedelta(days=31 * months)).astimezone(tz).replace(day=1, hour=0, minute=0)
    monthly = _visible(
        select(month, func.count()).where(Ticket.submitted_at >= since).group_by(month),
        conflicts,
    )
    by_status = _count_by(uow, Ticket.status, conflicts)
    # "Closed as fixed, but nothing changed": tickets the complainant reopened, and how often.
    reopened = _visible(
        select(func.count(), func.coalesce(func.sum(Ticket.reopened_count), 0)).where(
            Ticket.reopened_count > 0
        ),
        conflicts,
    )
    reopened_tickets, reopened_times = uow.session.execute(reopened).one()
    # Rejections the complainant contested (#9).
    contested = _visible(select(func.count()).where(Ticket.contested_count > 0), conflicts)
    return Figures(
        by_status=by_status,
        by_kind=_count_by(uow, Ticket.kind, conflicts),
        by_district=_count_by(uow, Ticket.district, conflicts),
        by_month=dict(sorted((m, n) for m, n in uow.session.execute(monthly))),
        median_take_hours=_median_hours(uow, Ticket.taken_at, conflicts),
        median_decide_hours=_median_hours(uow, Ticket.decided_at, conflicts),
        total=sum(by_status.values()),
        reopened_tickets=reopened_tickets,
        reopened_times=int(reopened_times),
        contested_tickets=uow.session.scalar(contested) or 0,
    )
