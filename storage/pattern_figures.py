"""Repeat agencies and officials (#23): those named in the most tickets over a period, with
the viewer's declared conflicts kept out in SQL like every other figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, false, func, or_, select
from sqlalchemy.orm import aliased

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


@dataclass(frozen=True)
class Whose:
    """Which roles an official is told apart by their sub-district (a หมู่'s headman, the
    kamnan: the "same" headman of หมู่ 5 in the next sub-district is another person) and which
    by their district alone (the district chief); anyone else by their agency record, or by
    the sub-district reported when no record is known (`handlers.patterns.officials.WHOSE`)."""

    by_subdistrict: frozenset[str]
    by_district: frozenset[str]


@dataclass(frozen=True)
class NamedOfficial:
    """One official in the figures: their key, district, and what tells them apart from
    the same role's others there (a sub-district, or an agency record's name; "" if neither)."""

    key: str
    district: str
    subdistrict: str
    agency: str
    count: int


def _of_roles(roles: frozenset[str]) -> ColumnElement[bool]:
    return or_(false(), *(TicketSignature.official_key.like(f"{role}:%") for role in sorted(roles)))


def _official_columns(whose: Whose):
    """The columns one official is counted by: key, district, sub-district, agency record."""
    by_place, by_district = _of_roles(whose.by_subdistrict), _of_roles(whose.by_district)
    place = case(
        (by_district, ""),
        (or_(by_place, TicketSignature.agency_id.is_(None)), TicketSignature.subdistrict),
        else_="",
    )
    agency = case((or_(by_place, by_district), None), else_=TicketSignature.agency_id)
    return TicketSignature.official_key, TicketSignature.district, place, agency


def officials_named_most(
    uow: UnitOfWork, hidden: Exclusions, since: datetime, whose: Whose, limit: int = SHOWN
) -> list[NamedOfficial]:
    """Officials (their normalised key, in their district, told apart as `whose` says) with
    how many tickets since `since` name them, most first; "a staff member" alone is too vague
    to count."""
    count = func.count(Ticket.id)
    key, district, place, agency = _official_columns(whose)
    record = aliased(Agency)
    stmt = (
        select(key, district, place, record.name, count)
        .join(Ticket, Ticket.id == TicketSignature.ticket_id)
        .outerjoin(record, record.id == agency)
        .where(
            Ticket.submitted_at >= since,
            TicketSignature.official_key != "",
            TicketSignature.official_key.not_like("staff:%"),
        )
        .group_by(key, district, place, agency, record.name)
        .order_by(count.desc(), key, district, place, record.name)
        .limit(limit)
    )
    return [
        NamedOfficial(k, d, p or "", a or "", n)
        for k, d, p, a, n in uow.session.execute(_visible(stmt, hidden))
    ]


@dataclass(frozen=True)
class Trend:
    """One agency (its record's name) or official (key and district): tickets naming it in the
    period, and how many each local month (`YYYY-MM`, every month of the period)."""

    name: str
    district: str
    total: int
    by_month: dict[str, int]
    subdistrict: str = ""  # an official's, when it tells them apart (`NamedOfficial`)
    agency: str = ""


@dataclass(frozen=True)
class NamedTrends:
    """The period's months, first to current, and the agencies and officials named most."""

    months: list[str]
    agencies: list[Trend]
    officials: list[Trend]


def named_by_month(
    uow: UnitOfWork, hidden: Exclusions, tz_name: str, now: datetime, months: int, whose: Whose
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
    named = officials_named_most(uow, hidden, since, whose)
    key, district, place, agency = _official_columns(whose)
    record = aliased(Agency)
    official_rows = (
        select(key, district, place, record.name, month, count)
        .join(Ticket, Ticket.id == TicketSignature.ticket_id)
        .outerjoin(record, record.id == agency)
        .where(
            Ticket.submitted_at >= since,
            TicketSignature.official_key.in_({o.key for o in named}),
        )
        .group_by(key, district, place, agency, record.name, month)
    )
    per_official: dict[tuple[str, str, str, str], dict[str, int]] = {}
    for k, d, p, a, when, n in uow.session.execute(_visible(official_rows, hidden)):
        per_official.setdefault((k, d, p or "", a or ""), {})[when] = n
    return NamedTrends(
        months=keys,
        agencies=[
            Trend(name, "", n, dict.fromkeys(keys, 0) | per_agency.get(name, {})) for name, n in top
        ],
        officials=[
            Trend(
                o.key,
                o.district,
                o.count,
                dict.fromkeys(keys, 0)
                | per_official.get((o.key, o.district, o.subdistrict, o.agency), {}),
                o.subdistrict,
                o.agency,
            )
            for o in named
        ],
    )
