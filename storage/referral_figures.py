"""Forwarding figures: referrals by agency, their answers, and answers overdue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from storage.models import Ticket
from storage.overdue import agency_late_clause
from storage.referral_models import Referral
from storage.uow import UnitOfWork
from storage.visibility import Exclusions


@dataclass
class AgencyFigures:
    """One agency's referrals: sent, answered (with when), overdue now (storage.overdue)."""

    code: str
    forwarded: int = 0
    answered: list[tuple[datetime, datetime]] = field(default_factory=list)
    overdue: int = 0


def by_agency(uow: UnitOfWork, hidden: Exclusions, now: datetime) -> dict[str, AgencyFigures]:
    """Sent referrals per agency code, for the tickets this member may see."""
    stmt = (
        select(
            Referral.agency_code,
            Referral.forwarded_at,
            Referral.answered_at,
            agency_late_clause(now).label("late"),
        )
        .join(Ticket, Ticket.id == Referral.ticket_id)
        .where(Referral.forwarded_at.is_not(None))
    )
    clause = hidden.clause()
    if clause is not None:
        stmt = stmt.where(clause)
    found: dict[str, AgencyFigures] = {}
    for code, sent, answered, late in uow.session.execute(stmt):
        row = found.setdefault(code, AgencyFigures(code))
        row.forwarded += 1
        if answered is not None:
            row.answered.append((sent, answered))
        elif late:
            row.overdue += 1
    return found
