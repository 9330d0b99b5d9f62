""" "Overdue", decided once: one value that answers in Python (a page's mark, the digest, the
reminders) and in SQL (the list filter, the figures), and one "current referral" rule.

A ticket is overdue when it is
- submitted and not taken by anyone within the acknowledgement SLA; or
- not decided within the resolution SLA (forwarding is the committee's decision: from then
  on the committee's own clock stops and the agency's starts); or
- forwarded, and the agency of its current referral has not answered by its deadline.

The current referral is the latest one sent (by sending time, then id): a ticket forwarded
twice waits on its second agency, whatever the first did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, bindparam, exists, or_, select
from sqlalchemy.orm import aliased

from storage.models import Ticket
from storage.referral_models import Referral
from storage.ticket_status import UNDECIDED
from storage.uow import UnitOfWork


def current_referral_clause() -> ColumnElement[bool]:
    """SQL: this Referral row is its ticket's current one (sent, and none sent after it)."""
    later = aliased(Referral)
    return and_(
        Referral.forwarded_at.is_not(None),
        ~exists().where(
            later.ticket_id == Referral.ticket_id,
            later.forwarded_at.is_not(None),
            or_(
                later.forwarded_at > Referral.forwarded_at,
                and_(later.forwarded_at == Referral.forwarded_at, later.id > Referral.id),
            ),
        ),
    )


def current_referrals(uow: UnitOfWork, ticket_ids: list[int]) -> dict[int, Referral]:
    """Each ticket's current referral (the one whose answer is awaited), by ticket id."""
    if not ticket_ids:
        return {}
    stmt = select(Referral).where(Referral.ticket_id.in_(ticket_ids), current_referral_clause())
    return {r.ticket_id: r for r in uow.session.scalars(stmt)}


def agency_late(status: str, referral: Referral | None, now: datetime) -> bool:
    """Forwarded, and its current referral is unanswered past its deadline."""
    return (
        status == "forwarded"
        and referral is not None
        and referral.answered_at is None
        and referral.answer_due_at is not None
        and referral.answer_due_at <= now
    )


def agency_late_clause(now: datetime) -> ColumnElement[bool]:
    """SQL over Ticket and Referral rows: `agency_late`, the referral being the current one."""
    return and_(
        Ticket.status == "forwarded",
        current_referral_clause(),
        Referral.answered_at.is_(None),
        Referral.answer_due_at <= now,
    )


@dataclass(frozen=True)
class OverdueBounds:
    """The SLA policy's rule at one moment (handlers.tickets.sla_policy.SlaPolicy.bounds)."""

    now: datetime
    ack_latest: datetime  # submitted by then and still nobody's: late
    resolve_latest: datetime  # submitted by then and still undecided: late

    def ack_late(self, ticket: Ticket) -> bool:
        """Submitted, nobody has taken it, and past the acknowledgement SLA."""
        return (
            ticket.status == "submitted"
            and ticket.assignee_id is None
            and ticket.submitted_at <= self.ack_latest
        )

    def resolve_late(self, ticket: Ticket) -> bool:
        """Still undecided past the resolution SLA."""
        return ticket.status in UNDECIDED and ticket.submitted_at <= self.resolve_latest

    def overdue(self, ticket: Ticket, referral: Referral | None) -> bool:
        """Overdue, given the ticket's current referral (`current_referrals`)."""
        return (
            self.ack_late(ticket)
            or self.resolve_late(ticket)
            or agency_late(ticket.status, referral, self.now)
        )

    def clause(self) -> ColumnElement[bool]:
        """SQL over Ticket rows: `overdue`."""
        # Literal values, so that PostgreSQL matches the partial index on open tickets.
        undecided = Ticket.status.in_(
            bindparam("undecided", sorted(UNDECIDED), literal_execute=True)
        )
        return or_(
            and_(
                Ticket.status == "submitted",
                Ticket.assignee_id.is_(None),
                Ticket.submitted_at <= self.ack_latest,
            ),
            and_(undecided, Ticket.submitted_at <= self.resolve_latest),
            exists().where(Referral.ticket_id == Ticket.id, agency_late_clause(self.now)),
        )
