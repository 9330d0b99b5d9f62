"""Figures about tickets: by status, kind, district and month; median delays.

Aggregated in SQL. The committee's figures keep the viewer's declared conflicts out like
everywhere else; the public figures (the transparency page) read no identity column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select

from storage import public_tally
from storage.models import Ticket
from storage.referral_models import Referral
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
    return public_tally.month_of(uow.session.get_bind().dialect.name, tz_name, offset)


def period_start(tz_name: str, now: datetime, months: int) -> datetime:
    """The first instant of a period of `months` local months before the current one (and the
    current one): local midnight on the first of the month. Every figure over months counts
    tickets by their submission from here, so a list's total is the sum of its months."""
    local = now.astimezone(ZoneInfo(tz_name))
    index = local.year * 12 + local.month - 1 - months
    return local.replace(
        year=index // 12, month=index % 12 + 1, day=1, hour=0, minute=0, second=0, microsecond=0
    )


def period(uow: UnitOfWork, tz_name: str, now: datetime, months: int):
    """The local month of submission as SQL, and the first instant of the period shown."""
    tz = ZoneInfo(tz_name)
    month = _month(uow, tz_name, now.astimezone(tz).utcoffset() or timedelta(0))
    return month, period_start(tz_name, now, months)


def month_keys(tz_name: str, now: datetime, months: int = 12) -> list[str]:
    """Every local month of the period shown (as `YYYY-MM`), the first to the current."""
    first = period_start(tz_name, now, months)
    return [
        f"{first.year + (first.month - 1 + i) // 12:04d}-{(first.month - 1 + i) % 12 + 1:02d}"
        for i in range(months + 1)
    ]


def _seconds_between(uow: UnitOfWork, start, end) -> ColumnElement[float]:
    return public_tally.seconds_between(uow.session.get_bind().dialect.name, start, end)


def _median(uow: UnitOfWork, seconds, *conditions) -> tuple[float | None, int]:
    """The median of `seconds` in hours over the rows matching `conditions`, and their number."""
    if uow.session.get_bind().dialect.name == "postgresql":
        stmt = select(func.percentile_cont(0.5).within_group(seconds), func.count())
        value, count = uow.session.execute(stmt.where(*conditions)).one()
        return (None if value is None else round(float(value) / 3600, 1)), count
    base = select(seconds).where(*conditions)
    count = uow.session.scalar(select(func.count()).select_from(base.subquery()))
    if not count:
        return None, 0
    middle = list(
        uow.session.scalars(base.order_by(seconds).limit(2 - count % 2).offset((count - 1) // 2))
    )
    return round(sum(middle) / len(middle) / 3600, 1), count


def _median_hours(uow: UnitOfWork, end_column, conflicts: Exclusions) -> float | None:
    seconds = _seconds_between(uow, Ticket.submitted_at, end_column)
    clause = conflicts.clause()
    conditions = [end_column.is_not(None)] + ([] if clause is None else [clause])
    return _median(uow, seconds, *conditions)[0]


def figures(
    uow: UnitOfWork, conflicts: Exclusions, tz_name: str, now: datetime, months: int = 12
) -> Figures:
    """The committee's figures as seen by a member kept from `conflicts`."""
    month, since = period(uow, tz_name, now, months)
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


@dataclass(frozen=True)
class PublicCounts:
    """Raw figures for the public page: counts and medians (with how many tickets each).

    Read from the ticket columns named here and the referrals' two times only, never from
    identity columns or tables; `handlers.tickets.transparency` withholds small cells.
    """

    by_district_status: dict[tuple[str, str], int]
    by_kind: dict[str, int]
    by_month: dict[str, int]
    take: tuple[float | None, int]
    decide: tuple[float | None, int]
    agency_answer: tuple[float | None, int]
    reopened_tickets: int


def _agency_answer(uow: UnitOfWork) -> tuple[float | None, int]:
    """Median hours from a referral's sending to the agency's answer (answered ones only)."""
    seconds = _seconds_between(uow, Referral.forwarded_at, Referral.answered_at)
    return _median(
        uow, seconds, Referral.forwarded_at.is_not(None), Referral.answered_at.is_not(None)
    )


def _medians(uow: UnitOfWork, *ends) -> list[tuple[float | None, int]]:
    """The median hours from submission to each of `ends` (over the tickets that have it) and
    their number: on PostgreSQL in one read of the table, not one a median."""
    if uow.session.get_bind().dialect.name != "postgresql":
        return [
            _median(uow, _seconds_between(uow, Ticket.submitted_at, end), end.is_not(None))
            for end in ends
        ]
    columns = []
    for end in ends:
        seconds = _seconds_between(uow, Ticket.submitted_at, end)
        columns += [
            func.percentile_cont(0.5).within_group(seconds).filter(end.is_not(None)),
            func.count().filter(end.is_not(None)),
        ]
    row = uow.session.execute(select(*columns)).one()
    return [
        (None if value is None else round(float(value) / 3600, 1), count)
        for value, count in zip(row[::2], row[1::2], strict=True)
    ]


def _kept_medians(uow: UnitOfWork, kept: dict) -> list[tuple[float | None, int]]:
    """The two medians (to be taken, to be decided) from the slots kept as tickets change
    (`public_tally.durations`), the same figures `_medians` reads from the tickets."""
    found = []
    for measure, column in public_tally.MEASURES.items():
        slot, count = public_tally.middle(kept[measure])
        if slot is not None:
            found.append((public_tally.slot_hours(slot), count))
        elif not count:
            found.append((None, 0))
        else:  # the two middle tickets in two slots: their exact times decide the rounding
            found += _medians(uow, getattr(Ticket, column))
    return found


def public_counts(uow: UnitOfWork, tz_name: str, now: datetime, months: int = 12) -> PublicCounts:
    """Everything the transparency page publishes, before small cells are withheld: the counts
    and the medians from what is kept as tickets change (`public_tally`, summed here), once
    held against the tickets themselves (`public_tally.recount`: counted again when they
    differ). Each release computes these once per period."""
    first = month_keys(tz_name, now, months)[0]
    held = public_tally.recount(uow.session, tz_name)
    kept = public_tally.sums(uow.session, tz_name, first, held.filed)
    take, decide = _kept_medians(uow, public_tally.durations(uow.session, held.taken, held.decided))
    return PublicCounts(
        by_district_status=kept["district"],
        by_kind=kept["kind"],
        # Every month of the period, those without tickets too (a list of only the months
        # with tickets would tell that each "fewer than k" is at least one).
        by_month=dict.fromkeys(month_keys(tz_name, now, months), 0) | kept["month"],
        take=take,
        decide=decide,
        agency_answer=_agency_answer(uow),
        reopened_tickets=kept["reopened"],
    )
