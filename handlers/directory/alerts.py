"""Telling committee members about tickets in LINE: new-ticket alerts, queues, notices."""

from __future__ import annotations

from sqlalchemy import select

from handlers import masking
from handlers.directory.access import (
    REVIEW_ROLES,
    can_review,
    check_records,
    conflict_with,
    in_force,
    reviewers_for,
)
from handlers.replies import Card, Out, shortened, to_json
from handlers.thai.places import outside_names
from storage import member_seals, outbox
from storage.models import LineUser, Member, Ticket
from storage.ticket_status import CLOSED
from storage.uow import UnitOfWork

SUMMARY_CHARS = 80
MAX_CARDS = 12


def ticket_url(uow: UnitOfWork, ticket: Ticket) -> str:
    """The ticket's page on the committee dashboard."""
    base = uow.settings.public_base_url.rstrip("/")
    return f"{base}/committee/tickets/{ticket.reference}"


def card_data(uow: UnitOfWork, ticket: Ticket, member: Member | None = None) -> dict:
    """What a committee card shows of a ticket: never who filed it."""
    said = masking.typed_for_reviewers(uow.vault, ticket)
    summary = shortened(" ".join(said["description"].split()), SUMMARY_CHARS)
    return {
        "reference": ticket.reference,
        "kind": ticket.kind,
        "status": ticket.status,
        "district": ticket.district or said["place_text"],
        "outside": outside_names(ticket.outside_province, uow.settings.geography),
        "summary": summary,
        "url": ticket_url(uow, ticket),
        "mine": member is not None and ticket.assignee_id == member.id,
    }


def member_language(uow: UnitOfWork, member: Member) -> str:
    """The language the member chose when chatting with the bot (Thai by default)."""
    if not member.user_hash:
        return "th"
    stmt = select(LineUser.language).where(LineUser.user_hash == member.user_hash)
    return uow.session.scalar(stmt) or "th"


def notify_member(
    uow: UnitOfWork,
    member: Member,
    items: list[Out],
    purpose: str,
    dedupe_key: str | None = None,
    vouched: bool = False,
    kind: str = outbox.MESSAGE,
) -> bool:
    """Push to a member's LINE account through the outbox; False when they have none, or
    are inactive (unless `vouched`: their seal says they are active, see `alert_member`)."""
    line_id = uow.vault.decrypt(member.line_user_id_enc) if member.line_user_id_enc else None
    if not line_id or not (member.active or vouched):
        return False
    outbox.enqueue(
        uow,
        "push",
        to_json(items),
        recipient=line_id,
        language=member_language(uow, member),
        purpose=purpose,
        dedupe_key=dedupe_key,
        kind=kind,
    )
    return True


def alert_reviewers(uow: UnitOfWork, ticket: Ticket, threat: str | None = None) -> int:
    """One alert card per reviewer who may see the new ticket (a member kept from it gets
    none, nor its mark); `threat`, the mark of a threat told while filing (handlers.danger),
    is said on it. Returns how many were queued."""
    sent = 0
    for member in reviewers_for(uow, ticket):
        card = Card("alert_new_ticket", {**card_data(uow, ticket), "threat": threat})
        key = f"alert:{ticket.reference}:{member.id}"
        sent += notify_member(uow, member, [card], purpose="committee:alert", dedupe_key=key)
    return sent


# Who hears what is urgent, in this order: the first role with anyone is told.
ALERTED_ROLES = ("chair", "admin", "reviewer")


def chairs_for(uow: UnitOfWork, ticket: Ticket | None) -> list[Member]:
    """Who is told of what is urgent (a threat, pressure, a contest): the chairs, or the
    admins when there is none, or else the reviewers; about a ticket, only those no tie keeps
    it from. What has no ticket yet (a threat told while filing) names no agency to check
    ties against: reviewers hear of it only when no chair or admin can, and only those with
    no tie at all. The one home of this rule, for every alert.

    By the role and activity each member's seal vouches for (`member_seals.sealed_as`),
    never the columns: a writer who demotes every chair or sets them inactive in SQL does
    not silence an alert, and one who makes a chair in SQL gets none; a writer who breaks
    every chair's seal (a column, a forged tie, the row deleted) leaves the reviewers told."""
    everyone = list(uow.session.scalars(select(Member).order_by(Member.id)))
    for role in ALERTED_ROLES:
        found = [m for m in everyone if member_seals.sealed_as(uow, m, role)]
        if ticket is not None:
            found = [m for m in found if conflict_with(uow, m, ticket, sealed=True) is None]
        elif role == "reviewer":
            found = [m for m in found if not in_force(uow, m, sealed=True)]
        if found:
            return found
    return []


def alert_member(uow: UnitOfWork, member: Member, items: list[Out], purpose: str, **kw) -> bool:
    """Push an alert to a member `chairs_for` gave: their seal vouches they are active, so
    the `active` column (which a writer may have cleared) is not read."""
    return notify_member(uow, member, items, purpose, vouched=True, **kw)


def _visible(uow: UnitOfWork, member: Member, tickets: list[Ticket]) -> list[Ticket]:
    check_records(uow, member, tickets)
    return [t for t in tickets if can_review(uow, member, t)][:MAX_CARDS]


def new_tickets(uow: UnitOfWork, member: Member) -> list[Ticket]:
    """Tickets nobody has taken yet, newest first, without the member's conflicts."""
    stmt = (
        select(Ticket)
        .where(Ticket.status == "submitted", Ticket.assignee_id.is_(None))
        .order_by(Ticket.submitted_at.desc(), Ticket.id.desc())
        .limit(200)
    )
    return _visible(uow, member, list(uow.session.scalars(stmt)))


def my_tickets(uow: UnitOfWork, member: Member) -> list[Ticket]:
    """The member's open tickets, most recently changed first."""
    stmt = (
        select(Ticket)
        .where(Ticket.assignee_id == member.id, Ticket.status.not_in(CLOSED))
        .order_by(Ticket.updated_at.desc(), Ticket.id.desc())
        .limit(200)
    )
    return _visible(uow, member, list(uow.session.scalars(stmt)))


def queue_card(uow: UnitOfWork, member: Member, found: list[Ticket]) -> Card:
    """A carousel of tickets with take, ask and open buttons."""
    return Card("alert_ticket_queue", {"tickets": [card_data(uow, t, member) for t in found]})


def may_use_committee(member: Member | None) -> bool:
    """Whether this member works on tickets in LINE (reviewers, chairs, admins)."""
    return member is not None and member.active and member.role in REVIEW_ROLES
