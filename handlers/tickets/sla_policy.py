"""Service levels, in one place: when a ticket must be taken, decided, answered by the
agency it was forwarded to, and its complainant told of progress.

"Overdue" means exactly one thing everywhere (digest, reminders, list filter, pages,
figures): `SlaPolicy.bounds(now)` is the rule at a moment, `storage.overdue.OverdueBounds`,
which answers in Python and in SQL; its docstring says what overdue is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from handlers.thai.working_days import WorkingCalendar
from storage import overdue as rule
from storage.models import Ticket, TicketEvent
from storage.overdue import OverdueBounds
from storage.referral_models import Referral
from storage.ticket_status import OPEN
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


def ack_late(policy: SlaPolicy, ticket: Ticket, now: datetime) -> bool:
    """Past the acknowledgement SLA and still not taken."""
    return policy.bounds(now).ack_late(ticket)


def resolve_late(policy: SlaPolicy, ticket: Ticket, now: datetime) -> bool:
    """Past the resolution SLA and still undecided."""
    return policy.bounds(now).resolve_late(ticket)


def agency_late(ticket: Ticket, referral: Referral | None, now: datetime) -> bool:
    """Forwarded, and the agency of its current referral has not answered by its deadline."""
    return rule.agency_late(ticket.status, referral, now)


def overdue(
    policy: SlaPolicy, ticket: Ticket, now: datetime, referral: Referral | None = None
) -> bool:
    """Overdue (storage.overdue), given the ticket's current referral."""
    return policy.bounds(now).overdue(ticket, referral)


def open_tickets(uow: UnitOfWork) -> list[Ticket]:
    """Every ticket not closed, oldest first."""
    stmt = select(Ticket).where(Ticket.status.in_(OPEN)).order_by(Ticket.submitted_at)
    return list(uow.session.scalars(stmt))


current_referrals = rule.current_referrals


def overdue_ids(uow: UnitOfWork, policy: SlaPolicy, tickets: list[Ticket]) -> set[int]:
    """Which of these tickets are overdue now (the pages' mark)."""
    bounds = policy.bounds(uow.now())
    referrals = current_referrals(uow, [t.id for t in tickets if t.status == "forwarded"])
    return {t.id for t in tickets if bounds.overdue(t, referrals.get(t.id))}


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
