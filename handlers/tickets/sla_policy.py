"""Service levels, in one place: when a ticket must be taken, decided, answered by the
agency it was forwarded to, and its complainant told of progress.

"Overdue" means exactly one thing everywhere (digest, reminders, list filter, pages):
- submitted and not taken by anyone within the acknowledgement SLA; or
- not decided within the resolution SLA (forwarding is the committee's decision: from then
  on the committee's own clock stops and the agency's starts); or
- forwarded, and the agency has not answered by its deadline (the assignee must chase).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from handlers.thai.working_days import WorkingCalendar
from storage.models import Ticket, TicketEvent
from storage.referral_models import Referral
from storage.ticket_queries import OverdueBounds
from storage.ticket_status import OPEN, UNDECIDED
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Span:
    """A service level: `amount` calendar hours or days, or Thai working days."""

    amount: int
    unit: str = "hours"  # hours, days or working_days

    def due(self, start: datetime, calendar: WorkingCalendar) -> datetime:
        """When something started at `start` is due."""
        if self.unit == "working_days":
            return calendar.add(start, self.amount)
        return start + timedelta(**{self.unit: self.amount})

    def latest_start(self, now: datetime, calendar: WorkingCalendar) -> datetime:
        """The latest start that is due by `now` (the bound the SQL filter uses)."""
        if self.unit == "working_days":
            return calendar.latest_start(now, self.amount).astimezone(UTC)
        return now - timedelta(**{self.unit: self.amount})

    def params(self) -> dict:
        """How a reminder names the limit: {"hours": 72}, {"days": 30}, {"working_days": 20}."""
        return {self.unit: self.amount}


@dataclass(frozen=True)
class SlaPolicy:
    """The thresholds, from configuration (ACK_SLA_*, RESOLVE_SLA_*, AGENCY_ANSWER_*, …)."""

    ack: Span = Span(72)
    resolve: Span = Span(30, "days")
    chair_after_hours: int = 24
    progress_days: int = 15
    progress_remind_days: int = 12
    agency_answer_working_days: int = 30
    calendar: WorkingCalendar = field(default_factory=lambda: WorkingCalendar(UTC))

    def ack_due(self, ticket: Ticket) -> datetime:
        """When the ticket should have been taken by a reviewer."""
        return self.ack.due(ticket.submitted_at, self.calendar)

    def resolve_due(self, ticket: Ticket) -> datetime:
        """When the ticket should have been decided."""
        return self.resolve.due(ticket.submitted_at, self.calendar)

    def agency_due(self, forwarded_at: datetime, working_days: int | None = None) -> datetime:
        """When an agency must answer a referral sent at `forwarded_at`."""
        days = self.agency_answer_working_days if working_days is None else working_days
        return self.calendar.add(forwarded_at, days)

    @property
    def chair_after(self) -> timedelta:
        """How long after a missed threshold the chair hears of it."""
        return timedelta(hours=self.chair_after_hours)

    def bounds(self, now: datetime) -> OverdueBounds:
        """The same rule as `overdue`, as bounds the SQL filter uses."""
        return OverdueBounds(
            now=now,
            ack_latest=self.ack.latest_start(now, self.calendar),
            resolve_latest=self.resolve.latest_start(now, self.calendar),
        )


def awaiting_take(ticket: Ticket) -> bool:
    """Submitted and nobody has taken it (nor been given it)."""
    return ticket.status == "submitted" and ticket.assignee_id is None


def awaiting_decision(ticket: Ticket) -> bool:
    """Not yet decided (resolved, rejected, forwarded) nor withdrawn."""
    return ticket.status in UNDECIDED


def ack_late(policy: SlaPolicy, ticket: Ticket, now: datetime) -> bool:
    """Past the acknowledgement SLA and still not taken."""
    return awaiting_take(ticket) and now >= policy.ack_due(ticket)


def resolve_late(policy: SlaPolicy, ticket: Ticket, now: datetime) -> bool:
    """Past the resolution SLA and still undecided."""
    return awaiting_decision(ticket) and now >= policy.resolve_due(ticket)


def agency_late(ticket: Ticket, referral: Referral | None, now: datetime) -> bool:
    """Forwarded, and the agency has not answered by its deadline."""
    return (
        ticket.status == "forwarded"
        and referral is not None
        and referral.answered_at is None
        and referral.answer_due_at is not None
        and now >= referral.answer_due_at
    )


def overdue(
    policy: SlaPolicy, ticket: Ticket, now: datetime, referral: Referral | None = None
) -> bool:
    """Overdue, as the module docstring defines it."""
    return (
        ack_late(policy, ticket, now)
        or resolve_late(policy, ticket, now)
        or agency_late(ticket, referral, now)
    )


def open_tickets(uow: UnitOfWork) -> list[Ticket]:
    """Every ticket not closed, oldest first."""
    stmt = select(Ticket).where(Ticket.status.in_(OPEN)).order_by(Ticket.submitted_at)
    return list(uow.session.scalars(stmt))


def current_referrals(uow: UnitOfWork, ticket_ids: list[int]) -> dict[int, Referral]:
    """Each forwarded ticket's latest sent referral (the one whose answer is awaited)."""
    if not ticket_ids:
        return {}
    stmt = (
        select(Referral)
        .where(Referral.ticket_id.in_(ticket_ids), Referral.forwarded_at.is_not(None))
        .order_by(Referral.forwarded_at)
    )
    return {r.ticket_id: r for r in uow.session.scalars(stmt)}


def overdue_ids(uow: UnitOfWork, policy: SlaPolicy, tickets: list[Ticket]) -> set[int]:
    """Which of these tickets are overdue now (the pages' mark)."""
    now = uow.now()
    referrals = current_referrals(uow, [t.id for t in tickets if t.status == "forwarded"])
    return {t.id for t in tickets if overdue(policy, t, now, referrals.get(t.id))}


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
