"""Repeat agencies and officials (#23): those named in the most tickets over a period, with
the viewer's declared conflicts kept out in SQL like every other figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from storage.insider_models import Agency
from storage.models import Ticket
from storage.pattern_models import TicketSignature
from storage.ticket_figures import month_keys, period
from storage.uow import UnitOfWork
from storage.visibility import Exclusions

SHOWN = 10


def _visible(stmt, hidden: Exclusions):
    clause = hidden.clause()
    return stmt if clause is None else stmt.where(clause)


def agencies_named_most(
    uow: UnitOfWork, hidden: Exclusions, since: datetime, limit: int = SHOWN
) -> list[tuple[str, int]]:
    """Agency records (merges followed: tickets move to the record they were merged into)
    with how many tickets since `since` name them, most first."""
    count = func.count(Ticket.id)
    stmt = (
        select(Agency.name, count)
        .join(Agency, Agency.id == Ticket.agency_id)
        .where(Ticket.submitted_at >= since)
        .group_by(Agency.id, Agency.name)
        .order_by(count.desc(), Agency.name)
        .limit(limit)
    )
    return [(name, n) for name, n in uow.session.execute(_visible(stmt, hidden))]


def officials_named_most(
    uow: UnitOfWork, hidden: Exclusions, since: datetime, limit: int = SHOWN
) -> list[tuple[str, str, int]]:
    """Officials (their normalised key, in their district) with how many tickets since
    `since` name them, most first; "a staff member" alone is too vague to count."""
    count = func.count(Ticket.id)
    stmt = (
        select(TicketSignature.official_key, TicketSignature.district, count)
        .join(Ticket, Ticket.id == TicketSignature.ticket_id)
        .where(
            Ticket.submitted_at >= since,
            TicketSignature.official_key != "",
            TicketSignature.official_key.not_like("staff:%"),
        )
        .group_by(TicketSignature.official_key, TicketSignature.district)
        .order_by(count.desc(), TicketSignature.official_key)
        .limit(limit)
    )
    return [(key, district, n) for key, district, n in uow.session.execute(_visible(stmt, hidden))]


@dataclass(frozen=True)
class Trend:
    """One agency (its record's name) or official (key and district): tickets naming it in the
    period, and how many each local month (`YYYY-MM`, every month of the period)."""

    name: str
    district: str
    total: int
    by_month: dict[str, int]


@dataclass(frozen=True)
class NamedTrends:
    """The period's months, first to current, and the agencies and officials named most."""

    months: list[str]
    agencies: list[Trend]
    officials: list[Trend]


def named_by_month(
    uow: UnitOfWork, hidden: Exclusions, tz_name: str, now: datetime, months: int
) -> NamedTrends:
    """The agencies and officials named in the most tickets over the last `months` local
    months (and the current one), each with its count per month; conflicts kept out."""
    month, since = period(uow, tz_name, now, months)
    keys = month_keys(tz_name, now, months)
    count = func.count(Ticket.id)
    top = agencies_named_most(uow, hidden, since)
    agency_rows = select(Agency.name, month, count).join(Agency, Agency.id == Ticket.agency_id)
    agency_rows = agency_rows.where(
        Ticket.submitted_at >= since, Agency.name.in_([name for name, _ in top])
    ).group_by(Agency.name, month)
    per_agency: dict[str, dict[str, int]] = {}
    for name, when, n in uow.session.execute(_visible(agency_rows, hidden)):
        per_agency.setdefault(name, {})[when] = n
    named = officials_named_most(uow, hidden, since)
    official_rows = (
        select(TicketSignature.official_key, TicketSignature.district, month, count)
        .join(Ticket, Ticket.id == TicketSignature.ticket_id)
        .where(
            Ticket.submitted_at >= since,
            TicketSignature.official_key.in_({key for key, _, _ in named}),
        )
        .group_by(TicketSignature.official_key, TicketSignature.district, month)
    )
    per_official: dict[tuple[str, str], dict[str, int]] = {}
    for key, district, when, n in uow.session.execute(_visible(official_rows, hidden)):
        per_official.setdefault((key, district), {})[when] = n
    return NamedTrends(
        months=keys,
        agencies=[
            Trend(name, "", n, dict.fromkeys(keys, 0) | per_agency.get(name, {})) for name, n in top
        ],
        officials=[
            Trend(key, district, n, dict.fromkeys(keys, 0) | per_official.get((key, district), {}))
            for key, district, n in named
        ],
    )
