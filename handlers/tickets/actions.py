"""What the committee does to a ticket, the same from LINE, the dashboard and the CLI.

Every action checks the member's right, writes the ticket's timeline, and tells the
complainant through the outbox when their ticket changes status; status changes and
identity views are audited here, so every edge audits them alike.
"""

from __future__ import annotations

from handlers.directory.access import NotAllowed, can_see_identity, require_review
from handlers.directory.grants import counts_as, counts_as_chair
from handlers.replies import Quick, Say
from handlers.tickets import endings
from handlers.tickets.identity import audited_identity
from handlers.tickets.lifecycle import (
    NEEDS_CONFIRMATION,
    is_final,
)
from handlers.tickets.notify import actor, notify_complainant
from handlers.tickets.transitions import apply_status
from storage import tickets
from storage.models import Member, Ticket
from storage.uow import UnitOfWork

MIN_IDENTITY_REASON = 10


def take(uow: UnitOfWork, member: Member, ticket: Ticket) -> None:
    """The member takes the ticket: it is theirs and moves into review."""
    require_review(uow, member, ticket)
    if is_final(ticket.status):
        raise NotAllowed(f"{ticket.reference} has ended ({ticket.status})")
    if ticket.assignee_id not in (None, member.id):
        raise NotAllowed(f"{ticket.reference} is already taken")
    ticket.assignee_id = member.id
    ticket.taken_at = ticket.taken_at or uow.now()
    tickets.add_timeline(uow, ticket, "assigned", actor(member), body=member.name, internal=True)
    if ticket.status == "submitted":
        change_status(uow, member, ticket, "in_review", None)


def assign(uow: UnitOfWork, chair: Member, ticket: Ticket, assignee: Member) -> None:
    """The chair (or an admin) gives the ticket to a member who may see it."""
    if not counts_as(uow, chair, ("chair", "admin")):
        raise NotAllowed("only a chair (or an admin) whose role counts assigns tickets")
    require_review(uow, chair, ticket)
    require_review(uow, assignee, ticket)
    ticket.assignee_id = assignee.id
    ticket.taken_at = ticket.taken_at or uow.now()
    tickets.add_timeline(uow, ticket, "assigned", actor(chair), body=assignee.name, internal=True)
    if ticket.status == "submitted":
        change_status(uow, chair, ticket, "in_review", None)


def change_status(
    uow: UnitOfWork,
    member: Member,
    ticket: Ticket,
    new_status: str,
    reason: str | None,
    agency: str | None = None,
    agency_reference: str | None = None,
    reason_code: str | None = None,
    proposal_id: int | None = None,
) -> str:
    """What a member's status change does: "done", or for an ending "proposed"/"confirmed"
    (four eyes; it confirms only the proposal the member saw, `proposal_id`), or
    "requested" for a withdrawal the complainant must confirm in LINE."""
    require_review(uow, member, ticket)
    if new_status == "withdrawn":
        endings.request_withdrawal(uow, member, ticket, reason)
        return "requested"
    if new_status in NEEDS_CONFIRMATION:
        detail = {"agency": agency, "agency_reference": agency_reference} if agency else None
        return endings.decide(
            uow, member, ticket, new_status, reason, reason_code, detail, proposal_id
        )
    apply_status(uow, member, ticket, new_status, reason, "member", agency, agency_reference)
    return "done"


def add_note(uow: UnitOfWork, member: Member, ticket: Ticket, body: str) -> None:
    """An internal note, seen only by the committee."""
    require_review(uow, member, ticket)
    if not body.strip():
        raise ValueError("a note needs text")
    tickets.add_timeline(uow, ticket, "note", actor(member), body=body.strip(), internal=True)


def message_complainant(
    uow: UnitOfWork, member: Member, ticket: Ticket, body: str, question: bool = False
) -> None:
    """Message the complainant (the assignee or the chair only); a question also moves the
    ticket to needs_info."""
    require_review(uow, member, ticket)
    if not may_message(uow, member, ticket):
        raise NotAllowed("only the ticket's assignee or the chair writes to the complainant")
    text = body.strip()
    if not text or len(text) > 2000:
        raise ValueError("a message needs 1-2000 characters")
    if question and ticket.status != "needs_info":
        # The move to needs_info is the question: its one entry and its one message.
        apply_status(uow, member, ticket, "needs_info", text, "member")
        return
    tickets.add_timeline(
        uow, ticket, "question" if question else "message", actor(member), body=text
    )
    quick = (
        (Quick("question.answer", "postback", f"answer={ticket.reference}"),) if question else ()
    )
    notify_complainant(
        uow,
        ticket,
        [Say("notice.message", {"reference": ticket.reference, "message": text}, quick=quick)],
        purpose="question" if question else "message",
    )


def may_message(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """Reviewers' rights follow the assignment: the assignee or the chair (whose role
    counts: `grants.counts_as_chair`) writes."""
    return counts_as_chair(uow, member) or (
        ticket.assignee_id is not None and ticket.assignee_id == member.id
    )


def reveal_identity(
    uow: UnitOfWork, member: Member, ticket: Ticket, reason: str, action: str = "view_identity"
) -> dict[str, str]:
    """The complainant's name and phone, for those the policy allows, with a stated reason;
    every view is audited."""
    if not can_see_identity(uow, member, ticket):
        raise NotAllowed("identity is shown only to the chair (and admins where allowed)")
    why = " ".join((reason or "").split())
    if len(why) < MIN_IDENTITY_REASON:
        raise ValueError(f"say why (at least {MIN_IDENTITY_REASON} characters)")
    return audited_identity(uow, member, ticket, action, f"{member.name}: {why}")
