"""Repeat agencies and officials (#23): those named in the most tickets over a period, with
the viewer's declared conflicts kept out in SQL like every other figure."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from storage.insider_models import Agency
from storage.models import Ticket
from storage.pattern_models import TicketSignature
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
