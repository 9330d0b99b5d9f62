"""Service levels: when a ticket must be taken, decided, and its complainant told of progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from handlers.tickets.lifecycle import CLOSED
from storage.models import Ticket, TicketEvent
from storage.uow import UnitOfWork

UNDECIDED = frozenset({"submitted", "in_review", "needs_info"})


@dataclass(frozen=True)
class SlaPolicy:
    """The thresholds, from configuration (ACK_SLA_HOURS, RESOLVE_SLA_DAYS, …)."""

    ack_hours: int = 72
    resolve_days: int = 30
    chair_after_hours: int = 24
    progress_days: int = 15
    progress_remind_days: int = 12

    def ack_due(self, ticket: Ticket) -> datetime:
        """When the ticket should have been taken by a reviewer."""
        return ticket.submitted_at + timedelta(hours=self.ack_hours)

    def resolve_due(self, ticket: Ticket) -> datetime:
        """When the ticket should have been decided."""
        return ticket.submitted_at + timedelta(days=self.resolve_days)

    @property
    def chair_after(self) -> timedelta:
        """How long after a missed threshold the chair hears of it."""
        return timedelta(hours=self.chair_after_hours)


def awaiting_take(ticket: Ticket) -> bool:
    """Submitted and nobody has taken it."""
    return ticket.status == "submitted" and ticket.assignee_id is None


def awaiting_decision(ticket: Ticket) -> bool:
    """Not yet decided (resolved, rejected, forwarded) nor withdrawn."""
    return ticket.decided_at is None and ticket.status in UNDECIDED


def overdue(policy: SlaPolicy, ticket: Ticket, now: datetime) -> bool:
    """Past the acknowledgement or the resolution SLA."""
    if awaiting_take(ticket) and now >= policy.ack_due(ticket):
        return True
    return awaiting_decision(ticket) and now >= policy.resolve_due(ticket)


def open_tickets(uow: UnitOfWork) -> list[Ticket]:
    """Every ticket not closed, oldest first."""
    stmt = select(Ticket).where(Ticket.status.not_in(CLOSED)).order_by(Ticket.submitted_at)
    return list(uow.session.scalars(stmt))


def last_notice(uow: UnitOfWork, ticket_ids: list[int]) -> dict[int, datetime]:
    """When each ticket's complainant last heard from the committee (status, message)."""
    if not ticket_ids:
        return {}
    stmt = (
        select(TicketEvent.ticket_id, func.max(TicketEvent.at))
        .where(
            TicketEvent.ticket_id.in_(ticket_ids),
            TicketEvent.internal.is_(False),
            TicketEvent.actor != "complainant",
        )
        .group_by(TicketEvent.ticket_id)
    )
    return {tid: at for tid, at in uow.session.execute(stmt).all()}
